package newsdesk.aws;

import static newsdesk.aws.Attributes.key;
import static newsdesk.aws.Attributes.s;
import static newsdesk.aws.Attributes.string;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsdesk.article.ArticleJson;
import newsdesk.feed.Feed;
import newsdesk.feed.FeedStore;
import newsdesk.store.SortKeys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * {@link FeedStore} on the single DynamoDB table. Every feed is an item in the one partition
 * {@code pk=FEEDS} with {@code sk=<id>}, so the whole registry is one Query in id order without a
 * Scan; the registry is small (hundreds of feeds, a few writes a minute), far from a partition's
 * limits. An enabled feed also carries {@code gsi1pk=FEEDS_DUE, gsi1sk=<nextPoll>#<id>}, so the
 * poller's "what is due" is one Query on {@code gsi1}; a disabled feed has no index attributes and
 * is absent from the index.
 */
public final class DynamoFeedStore implements FeedStore {

  static final String FEED = "feed";
  private static final String FEEDS = "FEEDS";
  private static final String FEEDS_DUE = "FEEDS_DUE";

  private final DynamoDbClient dynamo;
  private final String table;

  public DynamoFeedStore(DynamoDbClient dynamo, String tableName) {
    this.dynamo = dynamo;
    this.table = tableName;
  }

  @Override
  public List<Feed> due(Instant now, int limit) {
    return feeds(QueryPages.collect(dynamo, QueryRequest.builder()
        .tableName(table)
        .indexName(TableDefinition.GSI1)
        .keyConditionExpression("gsi1pk = :p AND gsi1sk < :due")
        .expressionAttributeValues(Map.of(":p", s(FEEDS_DUE), ":due", s(SortKeys.dueBefore(now))))
        .projectionExpression(FEED)
        .scanIndexForward(true)
        .build(), limit));
  }

  @Override
  public List<Feed> all() {
    return feeds(QueryPages.collect(dynamo, QueryRequest.builder()
        .tableName(table)
        .keyConditionExpression("pk = :p")
        .expressionAttributeValues(Map.of(":p", s(FEEDS)))
        .projectionExpression(FEED)
        .consistentRead(true)
        .build(), Integer.MAX_VALUE));
  }

  @Override
  public Optional<Feed> feed(String id) {
    Map<String, AttributeValue> item = dynamo.getItem(b -> b
        .tableName(table).key(key(FEEDS, id)).consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(feed(item));
  }

  /** A whole-item put: a retried put writes the same item again, and a disabled feed drops its index keys. */
  @Override
  public void put(Feed feed) {
    dynamo.putItem(b -> b.tableName(table).item(item(feed)));
  }

  /**
   * The same whole-item put, conditional on the stored {@code gsi1sk} — the due key, present only on
   * an enabled feed — being {@code expected}'s: one PutItem, no read.
   */
  @Override
  public boolean replaceIfDue(Feed expected, Feed next) {
    String due = SortKeys.feedDue(expected);
    if (due == null || !expected.id().equals(next.id())) {
      return false;
    }
    try {
      dynamo.putItem(b -> b.tableName(table).item(item(next))
          .conditionExpression("#due = :due")
          .expressionAttributeNames(Map.of("#due", TableDefinition.GSI1_SK))
          .expressionAttributeValues(Map.of(":due", s(due))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  private static Map<String, AttributeValue> item(Feed feed) {
    Map<String, AttributeValue> item = new HashMap<>(key(FEEDS, feed.id()));
    item.put(FEED, s(ArticleJson.write(feed)));
    String due = SortKeys.feedDue(feed);
    if (due != null) {
      item.put(TableDefinition.GSI1_PK, s(FEEDS_DUE));
      item.put(TableDefinition.GSI1_SK, s(due));
    }
    return item;
  }

  @Override
  public void remove(String id) {
    dynamo.deleteItem(b -> b.tableName(table).key(key(FEEDS, id)));
  }

  private static List<Feed> feeds(List<Map<String, AttributeValue>> items) {
    List<Feed> feeds = new ArrayList<>(items.size());
    for (Map<String, AttributeValue> item : items) {
      feeds.add(feed(item));
    }
    return feeds;
  }

  private static Feed feed(Map<String, AttributeValue> item) {
    return ArticleJson.read(string(item, FEED), Feed.class);
  }
}
