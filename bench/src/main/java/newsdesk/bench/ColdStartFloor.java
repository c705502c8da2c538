package newsdesk.bench;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The floor a function's cold start is compared with: a JVM that builds one DynamoDB client (the
 * same light HTTP client the functions use) and makes one GetItem call. No function can start
 * faster than this while it talks to DynamoDB, so the ratio to it is what our own code costs.
 */
public final class ColdStartFloor {

  private ColdStartFloor() {}

  public static void main(String[] args) {
    String endpoint = System.getenv("DYNAMODB_ENDPOINT");
    String table = System.getenv("TABLE_NAME");
    try (DynamoDbClient dynamo = DynamoDbClient.builder()
        .httpClient(UrlConnectionHttpClient.create())
        .region(Region.US_EAST_1)
        .endpointOverride(URI.create(endpoint))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .build()) {
      var item = dynamo.getItem(b -> b.tableName(table)
          .key(Map.of("pk", AttributeValue.fromS("floor"), "sk", AttributeValue.fromS("floor"))));
      System.out.println("floor: item present = " + item.hasItem());
    }
  }
}
