package newsdesk.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Runs a Query until it has {@code max} items or the key range is exhausted. DynamoDB ends a
 * response early at 1 MB even when fewer than {@code Limit} items were read; for our small
 * summaries and feeds that does not happen on a sane page, so this is one request in practice.
 */
final class QueryPages {

  private QueryPages() {}

  static List<Map<String, AttributeValue>> collect(DynamoDbClient dynamo, QueryRequest first, int max) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    QueryRequest request = first;
    while (true) {
      QueryResponse response = dynamo.query(request.toBuilder().limit(Math.min(max - items.size(), 1000)).build());
      items.addAll(response.items());
      if (items.size() >= max || !response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
        return items;
      }
      request = request.toBuilder().exclusiveStartKey(response.lastEvaluatedKey()).build();
    }
  }
}
