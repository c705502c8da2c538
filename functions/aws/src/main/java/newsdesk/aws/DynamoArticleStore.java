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
import newsdesk.article.Article;
import newsdesk.article.ArticleJson;
import newsdesk.article.ArticleSummary;
import newsdesk.article.Rejection;
import newsdesk.store.ArticleStore;
import newsdesk.store.PutOutcome;
import newsdesk.store.SortKeys;
import newsdesk.store.SourceRecord;
import newsdesk.store.StoredArticle;
import newsdesk.store.SummaryPage;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * {@link ArticleStore} on the single DynamoDB table ({@link TableDefinition}). An article is one
 * item {@code ART#<id>/A} holding the summary JSON, the gzip-compressed article ({@code doc}) and,
 * for the newest-first listing, {@code gsi1pk=ARTICLES, gsi1sk=<sort time>#<id>}; listing queries
 * {@code gsi1}, whose projection carries the summary but never the body. Source records are
 * {@code SRC#<objectKey>/S}; rejections {@code REJ#<objectKey>/<versionId or ->} listed through
 * {@code gsi1pk=REJECTIONS}. Every write is a single conditional or whole-item PutItem, so a
 * retried call can only repeat the same write (see {@code docs/storage.md}).
 */
public final class DynamoArticleStore implements ArticleStore {

  static final String SUMMARY = "summary";
  static final String REJECTION = "rejection";
  private static final String DOC = "doc";
  private static final String CONTENT_HASH = "contentHash";
  private static final String SOURCE_VERSION = "sourceVersion";
  private static final String ARTICLES = "ARTICLES";
  private static final String REJECTIONS = "REJECTIONS";

  private final DynamoDbClient dynamo;
  private final String table;

  public DynamoArticleStore(DynamoDbClient dynamo, String tableName) {
    this.dynamo = dynamo;
    this.table = tableName;
  }

  @Override
  public Optional<Article> get(String id) {
    Map<String, AttributeValue> item = dynamo.getItem(b -> b
        .tableName(table).key(articleKey(id)).projectionExpression(DOC)).item();
    if (item == null || !item.containsKey(DOC)) {
      return Optional.empty();
    }
    return Optional.of(StoredArticle.article(item.get(DOC).b().asByteArrayUnsafe()));
  }

  /**
   * One PutItem that writes only when the item is absent or its content hash or source version
   * differ; the old item comes back (ALL_OLD) only to tell STORED from UPDATED. A retry after a
   * lost response finds its own write and reports UNCHANGED, which is true of the stored state.
   */
  @Override
  public PutOutcome put(Article article, Instant at) {
    StoredArticle stored = StoredArticle.of(article, at);
    Map<String, AttributeValue> item = new HashMap<>(articleKey(stored.id()));
    item.put(SUMMARY, s(stored.summaryJson()));
    item.put(DOC, AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(stored.doc())));
    item.put(CONTENT_HASH, s(stored.contentHash()));
    item.put(SOURCE_VERSION, s(stored.sourceVersion()));
    item.put(TableDefinition.GSI1_PK, s(ARTICLES));
    item.put(TableDefinition.GSI1_SK, s(stored.sortKey()));
    try {
      PutItemResponse response = dynamo.putItem(b -> b
          .tableName(table)
          .item(item)
          .conditionExpression("attribute_not_exists(pk) OR contentHash <> :hash OR sourceVersion <> :version")
          .expressionAttributeValues(Map.of(
              ":hash", s(stored.contentHash()), ":version", s(stored.sourceVersion())))
          .returnValues(ReturnValue.ALL_OLD));
      return response.hasAttributes() && !response.attributes().isEmpty() ? PutOutcome.UPDATED : PutOutcome.STORED;
    } catch (ConditionalCheckFailedException unchanged) {
      return PutOutcome.UNCHANGED;
    }
  }

  /**
   * One Query on {@code gsi1}, newest first, asking for one item more than the page so that
   * {@code next} is given exactly when another item exists (no trailing empty page). The start key
   * is rebuilt from {@code after} (a {@code gsi1sk}), which names the article it came from.
   */
  @Override
  public SummaryPage list(String after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    Map<String, AttributeValue> start = null;
    if (after != null) {
      start = new HashMap<>(articleKey(SortKeys.articleId(after)));
      start.put(TableDefinition.GSI1_PK, s(ARTICLES));
      start.put(TableDefinition.GSI1_SK, s(after));
    }
    List<Map<String, AttributeValue>> items = queryIndex(ARTICLES, limit + 1, start, SUMMARY);
    List<ArticleSummary> summaries = new ArrayList<>(Math.min(items.size(), limit));
    for (int i = 0; i < items.size() && i < limit; i++) {
      summaries.add(ArticleJson.read(string(items.get(i), SUMMARY), ArticleSummary.class));
    }
    String next = items.size() > limit ? string(items.get(limit - 1), TableDefinition.GSI1_SK) : null;
    return new SummaryPage(summaries, next);
  }

  @Override
  public Optional<SourceRecord> source(String objectKey) {
    Map<String, AttributeValue> item = dynamo.getItem(b -> b
        .tableName(table).key(key("SRC#" + objectKey, "S")).consistentRead(true)).item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SourceRecord(objectKey, string(item, "versionId"), string(item, "etag"),
        string(item, "articleId"), string(item, "rejectedReason"), string(item, "at")));
  }

  @Override
  public void putSource(SourceRecord record) {
    Map<String, AttributeValue> item = new HashMap<>(key("SRC#" + record.objectKey(), "S"));
    putIfPresent(item, "versionId", record.versionId());
    putIfPresent(item, "etag", record.etag());
    putIfPresent(item, "articleId", record.articleId());
    putIfPresent(item, "rejectedReason", record.rejectedReason());
    putIfPresent(item, "at", record.at());
    dynamo.putItem(b -> b.tableName(table).item(item));
  }

  /** Conditional on absence: the first rejection of an object version stays, later ones are no-ops. */
  @Override
  public void putRejection(Rejection rejection) {
    String version = rejection.source().versionId() == null ? "-" : rejection.source().versionId();
    Map<String, AttributeValue> item = new HashMap<>(key("REJ#" + rejection.source().objectKey(), version));
    item.put(REJECTION, s(ArticleJson.write(rejection)));
    item.put(TableDefinition.GSI1_PK, s(REJECTIONS));
    item.put(TableDefinition.GSI1_SK, s(SortKeys.rejection(rejection)));
    try {
      dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
    } catch (ConditionalCheckFailedException alreadyRecorded) {
      // Same object version rejected before: idempotent by design.
    }
  }

  @Override
  public List<Rejection> rejections(int limit) {
    List<Rejection> rejections = new ArrayList<>();
    for (Map<String, AttributeValue> item : queryIndex(REJECTIONS, limit, null, REJECTION)) {
      rejections.add(ArticleJson.read(string(item, REJECTION), Rejection.class));
    }
    return rejections;
  }

  /** Newest-first items of one {@code gsi1} partition, only the key and the one attribute needed. */
  private List<Map<String, AttributeValue>> queryIndex(
      String partition, int limit, Map<String, AttributeValue> start, String attribute) {
    return QueryPages.collect(dynamo, QueryRequest.builder()
        .tableName(table)
        .indexName(TableDefinition.GSI1)
        .keyConditionExpression("gsi1pk = :p")
        .expressionAttributeValues(Map.of(":p", s(partition)))
        .projectionExpression("#a, gsi1sk")
        .expressionAttributeNames(Map.of("#a", attribute))
        .scanIndexForward(false)
        .exclusiveStartKey(start)
        .build(), limit);
  }

  private static Map<String, AttributeValue> articleKey(String id) {
    return key("ART#" + id, "A");
  }

  private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
    if (value != null) {
      item.put(name, s(value));
    }
  }
}
