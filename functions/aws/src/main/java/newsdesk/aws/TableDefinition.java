package newsdesk.aws;

import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The one DynamoDB table all stores share, exactly as {@code template.yaml} declares it: {@code pk}/
 * {@code sk} strings as the key, and the sparse index {@code gsi1} ({@code gsi1pk}/{@code gsi1sk})
 * projecting only {@code summary}, {@code feed} and {@code rejection}, so that listings never read
 * bodies. On-demand billing. Tests and the local stack create it against dynalite; in the cloud the
 * template does, and this class only documents the same shape in code ({@code docs/storage.md}).
 */
public final class TableDefinition {

  public static final String PK = "pk";
  public static final String SK = "sk";
  public static final String GSI1 = "gsi1";
  public static final String GSI1_PK = "gsi1pk";
  public static final String GSI1_SK = "gsi1sk";

  private static final Duration ACTIVE_TIMEOUT = Duration.ofSeconds(60);

  private TableDefinition() {}

  /** Creates the table and returns once it is ACTIVE. */
  public static void create(DynamoDbClient dynamo, String tableName) {
    dynamo.createTable(b -> b
        .tableName(tableName)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            string(PK), string(SK), string(GSI1_PK), string(GSI1_SK))
        .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
            .indexName(GSI1)
            .keySchema(key(GSI1_PK, KeyType.HASH), key(GSI1_SK, KeyType.RANGE))
            .projection(Projection.builder()
                .projectionType(ProjectionType.INCLUDE)
                .nonKeyAttributes(DynamoArticleStore.SUMMARY, DynamoFeedStore.FEED, DynamoArticleStore.REJECTION)
                .build())
            .build()));
    awaitActive(dynamo, tableName);
  }

  // The SDK waiter polls every 20 s by default; a table on dynalite is ready in milliseconds.
  private static void awaitActive(DynamoDbClient dynamo, String tableName) {
    Instant deadline = Instant.now().plus(ACTIVE_TIMEOUT);
    while (dynamo.describeTable(b -> b.tableName(tableName)).table().tableStatus() != TableStatus.ACTIVE) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("table " + tableName + " not ACTIVE after " + ACTIVE_TIMEOUT);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted waiting for table " + tableName, e);
      }
    }
  }

  private static AttributeDefinition string(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }
}
