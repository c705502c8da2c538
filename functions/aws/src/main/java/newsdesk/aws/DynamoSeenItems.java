package newsdesk.aws;

import static newsdesk.aws.Attributes.key;
import static newsdesk.aws.Attributes.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsdesk.feed.SeenItems;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * {@link SeenItems} on the single table: one small item per key, {@code pk=SEEN#<feedId>},
 * {@code sk=<itemKey>} (e.g. {@code id#<sha256>}), with {@code at}. Checking a feed's items is
 * BatchGetItem (consistent, 100 keys a call), not a Query of the whole partition, because the
 * partition only grows while a feed document holds a few dozen items. A claim is a PutItem
 * conditional on {@code attribute_not_exists(pk)}; the other keys follow as plain puts, so a crash
 * between them leaves the item claimed by its strongest key, which is all the next check needs.
 */
public final class DynamoSeenItems implements SeenItems {

  private static final String SEEN = "SEEN#";
  private static final int BATCH_GET_LIMIT = 100;

  private final DynamoDbClient dynamo;
  private final String table;

  public DynamoSeenItems(DynamoDbClient dynamo, String tableName) {
    this.dynamo = dynamo;
    this.table = tableName;
  }

  @Override
  public Set<String> seen(String feedId, List<String> keys) {
    Set<String> found = new HashSet<>();
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
    for (int from = 0; from < distinct.size(); from += BATCH_GET_LIMIT) {
      List<Map<String, AttributeValue>> batch = new ArrayList<>();
      for (String k : distinct.subList(from, Math.min(distinct.size(), from + BATCH_GET_LIMIT))) {
        batch.add(key(SEEN + feedId, k));
      }
      Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder()
          .keys(batch).consistentRead(true).projectionExpression(TableDefinition.SK).build());
      // Unprocessed keys come back when DynamoDB throttles part of a batch; ask again for those.
      while (!request.isEmpty()) {
        Map<String, KeysAndAttributes> ask = request;
        BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(ask));
        for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
          found.add(item.get(TableDefinition.SK).s());
        }
        request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      }
    }
    return found;
  }

  @Override
  public boolean claim(String feedId, List<String> keys, Instant at) {
    try {
      dynamo.putItem(b -> b.tableName(table).item(item(feedId, keys.get(0), at))
          .conditionExpression("attribute_not_exists(pk)"));
    } catch (ConditionalCheckFailedException taken) {
      return false;
    }
    for (String k : keys.subList(1, keys.size())) {
      dynamo.putItem(b -> b.tableName(table).item(item(feedId, k, at)));
    }
    return true;
  }

  @Override
  public void release(String feedId, List<String> keys) {
    for (String k : keys) {
      dynamo.deleteItem(b -> b.tableName(table).key(key(SEEN + feedId, k)));
    }
  }

  private static Map<String, AttributeValue> item(String feedId, String itemKey, Instant at) {
    Map<String, AttributeValue> item = new HashMap<>(key(SEEN + feedId, itemKey));
    item.put("at", s(at.toString()));
    return item;
  }
}
