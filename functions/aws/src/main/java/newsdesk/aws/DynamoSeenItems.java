package newsdesk.aws;

import static newsdesk.aws.Attributes.key;
import static newsdesk.aws.Attributes.s;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsdesk.feed.SeenItems;
import newsdesk.store.SortKeys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * {@link SeenItems} on the single table: one small item per key, {@code pk=SEEN#<feedId>},
 * {@code sk=<itemKey>} (e.g. {@code id#<sha256>}), with {@code claimedAt} (fixed-width UTC, so
 * string order is time order) and {@code archived} (BOOL). Checking a feed's items is BatchGetItem
 * (consistent, 100 keys a call), not a Query of the whole partition, because the partition only
 * grows while a feed document holds a few dozen items. A claim is a PutItem conditional on the key
 * being absent or an unconfirmed claim older than the lease; the other keys follow under the
 * weaker condition "not archived", so a claim never turns another item's confirmed key back into a
 * lapsing one.
 *
 * <p>Every write sets {@code expiresAt} (epoch seconds, the table's TTL attribute) to
 * {@link #RETENTION} ahead, and a check that finds a confirmed key with less than half of that left
 * pushes it out again, so keys of items still in their feed never expire while those of items long
 * gone from it are deleted by DynamoDB's TTL. Correctness never depends on TTL running (dynalite
 * has none): an unexpired key only means an item is remembered longer.
 */
public final class DynamoSeenItems implements SeenItems {

  private static final String SEEN = "SEEN#";
  private static final String CLAIMED_AT = "claimedAt";
  private static final String ARCHIVED = "archived";
  static final String EXPIRES_AT = "expiresAt";
  /**
   * How long a key outlives the last check that found its item in the feed: far beyond any feed's
   * item lifetime (days to months), so an item still listed, or re-listed within a year, is never
   * archived again.
   */
  static final Duration RETENTION = Duration.ofDays(400);
  private static final int BATCH_GET_LIMIT = 100;
  private static final Map<String, String> NAMES = Map.of("#c", CLAIMED_AT, "#a", ARCHIVED);
  private static final Map<String, String> CHECKED = Map.of("#c", CLAIMED_AT, "#a", ARCHIVED, "#e", EXPIRES_AT);

  private final DynamoDbClient dynamo;
  private final String table;

  public DynamoSeenItems(DynamoDbClient dynamo, String tableName) {
    this.dynamo = dynamo;
    this.table = tableName;
  }

  @Override
  public Set<String> seen(String feedId, List<String> keys, Instant now) {
    String stale = stale(now);
    Set<String> found = new HashSet<>();
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
    for (int from = 0; from < distinct.size(); from += BATCH_GET_LIMIT) {
      List<Map<String, AttributeValue>> batch = new ArrayList<>();
      for (String k : distinct.subList(from, Math.min(distinct.size(), from + BATCH_GET_LIMIT))) {
        batch.add(key(SEEN + feedId, k));
      }
      Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder()
          .keys(batch).consistentRead(true)
          .projectionExpression(TableDefinition.SK + ", #c, #a, #e").expressionAttributeNames(CHECKED).build());
      // Unprocessed keys come back when DynamoDB throttles part of a batch; ask again for those.
      while (!request.isEmpty()) {
        Map<String, KeysAndAttributes> ask = request;
        BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(ask));
        for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
          boolean archived = Boolean.TRUE.equals(item.get(ARCHIVED).bool());
          if (archived || item.get(CLAIMED_AT).s().compareTo(stale) >= 0) {
            found.add(item.get(TableDefinition.SK).s());
          }
          if (archived && expiresSoon(item, now)) {
            keepLonger(feedId, item, now);
          }
        }
        request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      }
    }
    return found;
  }

  @Override
  public boolean claim(String feedId, List<String> keys, Instant now) {
    try {
      dynamo.putItem(b -> b.tableName(table).item(item(feedId, keys.get(0), now, false))
          .conditionExpression("attribute_not_exists(pk) OR (#a = :no AND #c < :stale)")
          .expressionAttributeNames(NAMES)
          .expressionAttributeValues(Map.of(":no", AttributeValue.fromBool(false), ":stale", s(stale(now)))));
    } catch (ConditionalCheckFailedException taken) {
      return false;
    }
    for (String k : keys.subList(1, keys.size())) {
      unlessArchived(() -> dynamo.putItem(b -> b.tableName(table).item(item(feedId, k, now, false))
          .conditionExpression("attribute_not_exists(pk) OR #a = :no")
          .expressionAttributeNames(Map.of("#a", ARCHIVED))
          .expressionAttributeValues(Map.of(":no", AttributeValue.fromBool(false)))));
    }
    return true;
  }

  @Override
  public void confirm(String feedId, List<String> keys, Instant now) {
    for (String k : keys) {
      dynamo.putItem(b -> b.tableName(table).item(item(feedId, k, now, true)));
    }
  }

  @Override
  public void release(String feedId, List<String> keys) {
    for (String k : keys) {
      unlessArchived(() -> dynamo.deleteItem(b -> b.tableName(table).key(key(SEEN + feedId, k))
          .conditionExpression("#a = :no")
          .expressionAttributeNames(Map.of("#a", ARCHIVED))
          .expressionAttributeValues(Map.of(":no", AttributeValue.fromBool(false)))));
    }
  }

  private static boolean expiresSoon(Map<String, AttributeValue> item, Instant now) {
    AttributeValue expires = item.get(EXPIRES_AT);
    // Keys written before TTL existed have none: give them one now.
    return expires == null || Long.parseLong(expires.n()) < now.plus(RETENTION.dividedBy(2)).getEpochSecond();
  }

  /** The confirmed key again, expiring {@link #RETENTION} from now; only if it still exists (TTL may just have taken it). */
  private void keepLonger(String feedId, Map<String, AttributeValue> seen, Instant now) {
    Map<String, AttributeValue> item = new HashMap<>(key(SEEN + feedId, seen.get(TableDefinition.SK).s()));
    item.put(CLAIMED_AT, seen.get(CLAIMED_AT));
    item.put(ARCHIVED, AttributeValue.fromBool(true));
    item.put(EXPIRES_AT, expiresAt(now));
    try {
      dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_exists(pk)"));
    } catch (ConditionalCheckFailedException gone) {
      // expired between the read and this write: the item stays seen for this poll, new on a later one
    }
  }

  private static AttributeValue expiresAt(Instant from) {
    return AttributeValue.fromN(Long.toString(from.plus(RETENTION).getEpochSecond()));
  }

  /** Runs a write whose condition protects a confirmed key; a failed condition means there is nothing to do. */
  private static void unlessArchived(Runnable write) {
    try {
      write.run();
    } catch (ConditionalCheckFailedException confirmedOrGone) {
      // confirmed by an archive (keep it) or already absent
    }
  }

  /** Claims made before this are lapsed at {@code now}. */
  private static String stale(Instant now) {
    return SortKeys.instant(now.minus(LEASE));
  }

  private static Map<String, AttributeValue> item(String feedId, String itemKey, Instant at, boolean archived) {
    Map<String, AttributeValue> item = new HashMap<>(key(SEEN + feedId, itemKey));
    item.put(CLAIMED_AT, s(SortKeys.instant(at)));
    item.put(ARCHIVED, AttributeValue.fromBool(archived));
    item.put(EXPIRES_AT, expiresAt(at));
    return item;
  }
}
