package newsdesk.aws;

import static newsdesk.aws.Attributes.key;
import static newsdesk.aws.Attributes.s;
import static newsdesk.aws.Attributes.string;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import newsdesk.article.Article;
import newsdesk.article.ArticleDocument;
import newsdesk.article.ArticleJson;
import newsdesk.article.ArticleSummary;
import newsdesk.article.Rejection;
import newsdesk.article.Sha256;
import newsdesk.store.ArticleStore;
import newsdesk.store.CompactSummary;
import newsdesk.store.Facet;
import newsdesk.store.FacetCount;
import newsdesk.store.Listing;
import newsdesk.store.PutOutcome;
import newsdesk.store.RejectionPage;
import newsdesk.store.SortKeys;
import newsdesk.store.SourceRecord;
import newsdesk.store.StoredArticle;
import newsdesk.store.SummaryPage;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * {@link ArticleStore} on the single DynamoDB table ({@link TableDefinition}). An article is one
 * item {@code ART#<id>/A} holding the summary ({@link CompactSummary}), the gzip-compressed article
 * ({@code doc}) and, for the newest-first listing, {@code gsi1pk=ARTICLES#<yyyy-MM>,
 * gsi1sk=<sort time>#<id>} (one partition per month, walked back from the current month; the month
 * index {@code MONTHS/<yyyy-MM>} is read only to jump over empty months); listing queries
 * {@code gsi1}, whose projection carries the summary but never the body. Each facet of an article
 * (publisher, section, language, author, tag) has an entry {@code L#<facet id>/<sort time>#<id>}
 * with the summary, so a filtered list is one Query; publishers and sections are counted in
 * {@code N#<kind>/<key>} with ADD. Source records are
 * {@code SRC#<objectKey>/S}; rejections {@code REJ#<objectKey>/<versionId or ->} listed through
 * {@code gsi1pk=REJECTIONS}. Every write is idempotent on its own — a whole-item write (an entry's
 * batch put, or an UpdateItem that sets or removes every attribute an item of its kind carries),
 * conditional or not, or a counter move guarded by its token — so a retried call can only repeat
 * the same write (see {@code docs/storage.md}).
 */
public final class DynamoArticleStore implements ArticleStore {

  static final String SUMMARY = "summary";
  static final String REJECTION = "rejection";
  private static final String DOC = "doc";
  private static final String CONTENT_HASH = "contentHash";
  private static final String SOURCE_VERSION = "sourceVersion";
  private static final String FACETS = "facets";
  /** On a counter: tokens of the versions whose moves it has made but whose article is not stored yet. */
  private static final String APPLIED = "applied";
  /** Where a page's items keep their position while a Window collects them. */
  private static final String KEY = "key";
  /** {@code gsi1pk} of an article: {@code ARTICLES#<yyyy-MM>} of its sort time. */
  private static final String SHARD = "ARTICLES#";
  /** {@code pk} of the month index: one item per month that has had an article, {@code sk=yyyy-MM}. */
  private static final String MONTHS = "MONTHS";
  /** {@code pk} prefix of a facet's entries, {@code L#<kind>#<key>}, {@code sk=<sort time>#<id>}. */
  private static final String LISTING = "L#";
  /** {@code pk} prefix of a kind's counters, {@code N#<kind>}, {@code sk=<key>}. */
  private static final String COUNT = "N#";
  /** Entries one page may read through a combined filter before answering with what it found. */
  static final int MAX_EVALUATED = 500;
  /** How long a warm store reuses its read of the month index. */
  static final Duration MONTHS_TTL = Duration.ofSeconds(60);
  /** Months one page looks at: 100 years of articles. */
  private static final int MAX_MONTHS = 1200;
  private static final String REJECTIONS = "REJECTIONS";

  private final DynamoDbClient dynamo;
  private final String table;
  private final Duration monthsTtl;
  private final Clock clock;
  /** The month index as last read; replaced whole, so readers on other threads see one or the other. */
  private volatile KnownMonths known;

  public DynamoArticleStore(DynamoDbClient dynamo, String tableName) {
    this(dynamo, tableName, MONTHS_TTL);
  }

  /** With how long a read of the month index is reused; zero re-reads it for every page. */
  public DynamoArticleStore(DynamoDbClient dynamo, String tableName, Duration monthsTtl) {
    this(dynamo, tableName, monthsTtl, Clock.systemUTC());
  }

  /** With the clock that decides what "now" is: lists show nothing dated after it. */
  public DynamoArticleStore(DynamoDbClient dynamo, String tableName, Duration monthsTtl, Clock clock) {
    this.dynamo = dynamo;
    this.table = tableName;
    this.monthsTtl = monthsTtl;
    this.clock = clock;
  }

  /**
   * Loads the request and response models of the calls an ingestion makes after its first (Query,
   * BatchWriteItem, UpdateItem; it makes no PutItem): building them initializes their field tables, a few
   * hundred classes and method handles the first call of each kind would otherwise load on the
   * way. Nothing is sent, so it needs no network and no permission, and it can run on another
   * thread while the first call is in flight.
   */
  public static void loadCallModels() {
    QueryRequest.builder().tableName("-").build();
    QueryResponse.builder().build();
    BatchWriteItemRequest.builder().requestItems(Map.of("-", List.of(
        put(key("-", "-")),
        WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key("-", "-")).build()).build()))).build();
    BatchWriteItemResponse.builder().build();
    UpdateItemRequest.builder().tableName("-").build();
    UpdateItemResponse.builder().build();
  }

  @Override
  public Optional<Article> get(String id) {
    Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder()
        .tableName(table).key(articleKey(id)).projectionExpression(DOC).build()).item();
    if (item == null || !item.containsKey(DOC)) {
      return Optional.empty();
    }
    return Optional.of(StoredArticle.article(item.get(DOC).b().asByteArrayUnsafe()));
  }

  /**
   * Reads the stored version (consistently), then moves the facet entries from its facets to the
   * new version's — new entries first, then the old ones removed — and puts the article last,
   * conditional on it still differing. Until that last put succeeds, a retry reads the same old
   * version and repeats the same idempotent entry writes, so a crash part-way leaves no stale or
   * missing entry once the event is retried. A publisher's or section's counter moves by what the
   * old and new versions say (not by whether an entry happened to exist), each move carrying a
   * token of this version that the counter remembers until the article is stored: a retry that
   * repeats a move finds its token and does not count twice, one that had not reached it counts.
   * The entries' batch and the counter moves are made at once, as are the token removals after the
   * put ({@link CallsAtOnce}): four round trips for a new article where there were seven (three
   * when the source record goes with the token removals and the old version was read ahead,
   * {@link #put(Article, Instant, SourceRecord, Stored)}).
   */
  /** DynamoDB's limit of writes in one BatchWriteItem. */
  private static final int MAX_BATCH_WRITE = 25;
  private static final int MAX_BATCH_ATTEMPTS = 5;

  @Override
  public PutOutcome put(Article article, Instant at) {
    return put(article, at, null, null);
  }

  /** The consistent read of the article's item that a put compares with (body included, for its old bands). */
  @Override
  public Stored stored(String id) {
    return new StoredItem(id, dynamo.getItem(GetItemRequest.builder().tableName(table).key(articleKey(id))
        .projectionExpression("#d, gsi1sk, contentHash, sourceVersion")
        .expressionAttributeNames(Map.of("#d", DOC))
        .consistentRead(true).build()).item());
  }

  /** An article's item as {@link #stored(String)} read it: null or empty when there is none. */
  private record StoredItem(String id, Map<String, AttributeValue> item) implements Stored {}

  /**
   * {@link #put(Article, Instant)} with the source record written once the article is stored, at
   * once with the counters' token removals: both only follow the article, neither needs the other
   * (a crash between them leaves at most tokens behind, as a crash right after the article always
   * could; see docs/storage.md), so a new article's last two round trips are one. With the stored
   * version read ahead ({@link #stored(String)}), the put's first round trip is gone too.
   */
  @Override
  public PutOutcome put(Article article, Instant at, SourceRecord done, Stored readAhead) {
    StoredArticle stored = StoredArticle.of(article, at);
    if (readAhead != null && !(readAhead instanceof StoredItem read && read.id().equals(stored.id()))) {
      throw new IllegalArgumentException("the stored version given is not one this store read for " + stored.id());
    }
    Map<String, AttributeValue> old = (readAhead != null ? (StoredItem) readAhead : (StoredItem) stored(stored.id())).item();
    boolean exists = old != null && !old.isEmpty();
    if (exists && stored.contentHash().equals(string(old, CONTENT_HASH))
        && stored.sourceVersion().equals(string(old, SOURCE_VERSION))) {
      if (done != null) {
        putSource(done);
      }
      return PutOutcome.UNCHANGED;
    }
    List<Facet> facets = Facet.of(article);
    // The old body is needed for the old bands; reading it costs no more (a GetItem is billed by item size).
    List<Facet> oldFacets = exists ? Facet.of(StoredArticle.article(old.get(DOC).b().asByteArrayUnsafe())) : List.of();
    String summary = CompactSummary.encode(article.summary());
    Set<String> written = new HashSet<>();
    List<WriteRequest> entries = new ArrayList<>();
    for (Facet facet : facets) {
      // One write per key: a batch naming a key twice is refused whole.
      if (written.add(facet.id() + "|" + stored.sortKey())) {
        entries.add(listEntry(facet, stored.sortKey(), summary, facets));
      }
    }
    if (exists) {
      String oldSortKey = string(old, TableDefinition.GSI1_SK);
      for (Facet facet : oldFacets) {
        if (!written.contains(facet.id() + "|" + oldSortKey)) {
          entries.add(unlistEntry(facet, oldSortKey));
        }
      }
    }
    // The month index rides in the same batch: an unconditional put like the entries, one round
    // trip fewer on every ingestion (and written before the article, as it was).
    entries.add(put(key(MONTHS, month(stored.sortKey()))));
    String version = Sha256.hex(stored.contentHash() + "|" + stored.sourceVersion(), 8);
    List<Move> moves = moves(oldFacets, facets);
    // The entries' batch and the counter moves are independent of one another (each is idempotent
    // on its own, and all of them end before the article is put), so they go at once: one round
    // trip where there were three for a typical article.
    List<Supplier<Void>> beforeArticle = new ArrayList<>();
    beforeArticle.add(() -> writeAll(entries));
    List<Map<String, AttributeValue>> counted = new ArrayList<>();
    for (Move move : moves) {
      Map<String, AttributeValue> counter = counter(move.facet());
      counted.add(counter);
      beforeArticle.add(() -> count(counter, move.facet(), move.delta(), version));
    }
    CallsAtOnce.all(beforeArticle);

    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put(SUMMARY, s(summary));
    item.put(DOC, AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(stored.doc())));
    item.put(CONTENT_HASH, s(stored.contentHash()));
    item.put(SOURCE_VERSION, s(stored.sourceVersion()));
    item.put(TableDefinition.GSI1_PK, s(shard(stored.sortKey())));
    item.put(TableDefinition.GSI1_SK, s(stored.sortKey()));
    PutOutcome outcome;
    try {
      dynamo.updateItem(whole(articleKey(stored.id()), item, List.of(),
          "attribute_not_exists(pk) OR #contentHash <> :hash OR #sourceVersion <> :version",
          Map.of(":hash", s(stored.contentHash()), ":version", s(stored.sourceVersion()))));
      outcome = exists ? PutOutcome.UPDATED : PutOutcome.STORED;
    } catch (ConditionalCheckFailedException unchanged) {
      // A concurrent ingestion of the same version got there first.
      outcome = PutOutcome.UNCHANGED;
    }
    // Stored: no retry will repeat these moves, so the counters can forget their tokens, all at once
    // and beside the source record (first, on this thread) that marks the object done.
    List<Supplier<Void>> forget = new ArrayList<>();
    if (done != null) {
      forget.add(() -> {
        putSource(done);
        return null;
      });
    }
    for (Map<String, AttributeValue> counter : counted) {
      forget.add(() -> {
        dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(counter)
            .updateExpression("DELETE #applied :t")
            .expressionAttributeNames(Map.of("#applied", APPLIED))
            .expressionAttributeValues(Map.of(":t", AttributeValue.fromSs(List.of(version))))
            .build());
        return null;
      });
    }
    CallsAtOnce.all(forget);
    return outcome;
  }

  /** The facet's entry with the summary and all the article's facet ids (for combined filters). */
  private static WriteRequest listEntry(Facet facet, String sortKey, String summary, List<Facet> all) {
    Map<String, AttributeValue> entry = new HashMap<>(key(LISTING + facet.id(), sortKey));
    entry.put(SUMMARY, s(summary));
    List<String> ids = new ArrayList<>(all.size());
    for (Facet each : all) {
      ids.add(each.id());
    }
    entry.put(FACETS, AttributeValue.fromSs(ids));
    return put(entry);
  }

  private static WriteRequest unlistEntry(Facet facet, String sortKey) {
    return WriteRequest.builder()
        .deleteRequest(DeleteRequest.builder().key(key(LISTING + facet.id(), sortKey)).build()).build();
  }

  // The SDK's consumer-taking overloads are avoided on ingest's path here and below: each lambda is a
  // class spun at its first use, which every cold start pays for (docs/cold-start.md).
  private static WriteRequest put(Map<String, AttributeValue> item) {
    return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
  }

  /**
   * Unconditional entry writes, 25 to a BatchWriteItem instead of one call each: an article's eight
   * or so entries were as many sequential round trips on every ingestion (same write units either
   * way). Items DynamoDB leaves unprocessed (throttling) are sent again with a growing pause; what is
   * still unprocessed after that fails the ingestion as transient, and Lambda's retry repeats it.
   */
  private Void writeAll(List<WriteRequest> requests) {
    for (int from = 0; from < requests.size(); from += MAX_BATCH_WRITE) {
      Map<String, List<WriteRequest>> pending =
          Map.of(table, requests.subList(from, Math.min(requests.size(), from + MAX_BATCH_WRITE)));
      for (int attempt = 0; !pending.isEmpty(); attempt++) {
        if (attempt == MAX_BATCH_ATTEMPTS) {
          throw new IllegalStateException("DynamoDB left " + pending.get(table).size()
              + " listing entries unprocessed after " + MAX_BATCH_ATTEMPTS + " attempts");
        }
        if (attempt > 0) {
          pause(25L << attempt);
        }
        Map<String, List<WriteRequest>> batch = pending;
        pending = dynamo.batchWriteItem(BatchWriteItemRequest.builder().requestItems(batch).build()).unprocessedItems();
        if (pending == null || pending.getOrDefault(table, List.of()).isEmpty()) {
          break;
        }
      }
    }
    return null;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing listing entries", e);
    }
  }

  /** How a counted facet's count moves from the old version to the new one. */
  private record Move(Facet facet, int delta) {}

  /**
   * How each counted facet's count moves from the old version's facets to the new one's (zeros
   * left out). Facets are keyed by id, not hashed: a record's first hashCode builds its method
   * handles, about 60 classes on ingest's cold start.
   */
  private static List<Move> moves(List<Facet> oldFacets, List<Facet> newFacets) {
    Map<String, Facet> byId = new HashMap<>();
    Map<String, Integer> deltas = new HashMap<>();
    for (Facet facet : oldFacets) {
      if (facet.kind().counted()) {
        byId.put(facet.id(), facet);
        deltas.put(facet.id(), deltas.getOrDefault(facet.id(), 0) - 1);
      }
    }
    for (Facet facet : newFacets) {
      if (facet.kind().counted()) {
        byId.put(facet.id(), facet); // the new spelling wins the name
        deltas.put(facet.id(), deltas.getOrDefault(facet.id(), 0) + 1);
      }
    }
    List<Move> moves = new ArrayList<>();
    for (Map.Entry<String, Integer> delta : deltas.entrySet()) {
      if (delta.getValue() != 0) {
        moves.add(new Move(byId.get(delta.getKey()), delta.getValue()));
      }
    }
    return moves;
  }

  private static Map<String, AttributeValue> counter(Facet facet) {
    return key(COUNT + facet.kind().parameter(), facet.key());
  }

  /**
   * ADD on the facet's counter item, unless the counter already holds this version's token (a
   * retry repeating a move it made); the name is the latest spelling seen. The token is removed
   * once the article is stored.
   */
  private Void count(Map<String, AttributeValue> counter, Facet facet, int delta, String version) {
    try {
      dynamo.updateItem(UpdateItemRequest.builder().tableName(table)
          .key(counter)
          .updateExpression("ADD #n :d, #applied :t SET #name = :name")
          .conditionExpression("NOT contains(#applied, :v)")
          .expressionAttributeNames(Map.of("#n", "n", "#name", "name", "#applied", APPLIED))
          .expressionAttributeValues(Map.of(":d", AttributeValue.fromN(Integer.toString(delta)),
              ":name", s(facet.name()), ":t", AttributeValue.fromSs(List.of(version)), ":v", s(version)))
          .build());
    } catch (ConditionalCheckFailedException alreadyCounted) {
      // This version's move was made by an attempt that died before storing the article.
    }
    return null;
  }

  /** The first page of each listing, the Queries made at once (see {@link CallsAtOnce}). */
  @Override
  public List<SummaryPage> lists(List<Listing> listings, int limit) {
    List<Supplier<SummaryPage>> reads = new ArrayList<>(listings.size());
    for (Listing listing : listings) {
      reads.add(() -> list(listing, null, limit));
    }
    return CallsAtOnce.all(reads);
  }

  /**
   * Newest first, one item more than the page so that {@code next} is given exactly when another
   * item exists (no trailing empty page), never past now ({@link Listing#to(Instant)}). All
   * articles: the month shards of {@code gsi1}, newest first from the cursor's month (else the
   * month of now or of {@code until}), so that a page inside one month is one Query and a page
   * across a month boundary two, without reading the month index: that is read only when two
   * months in a row turned out empty, to jump over a gap. A facet: the Query of its entries
   * between the listing's bounds, the other facets as a filter on each entry, at most
   * {@link #MAX_EVALUATED} entries read per page (then a short page with a {@code next}).
   */
  @Override
  public SummaryPage list(Listing listing, String after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (after != null) {
      SortKeys.articleId(after);
    }
    String to = listing.to(clock.instant());
    Facet primary = listing.primary();
    Window window = new Window(limit + 1);
    if (primary != null) {
      Map<String, AttributeValue> start = after == null ? null : key(LISTING + primary.id(), after);
      window.read(dynamo, range(null, LISTING + primary.id(), TableDefinition.PK, TableDefinition.SK,
          listing.from(), to, start).toBuilder(), listing.others());
      return window.page(limit);
    }
    String oldest = listing.from().equals("0") ? "0000-01" : month(listing.from());
    String month = after != null ? month(after) : month(to);
    List<String> index = freshMonths();
    int emptyInARow = 0;
    while (month != null && month.compareTo(oldest) >= 0) {
      Map<String, AttributeValue> start = null;
      if (after != null && month.equals(month(after))) {
        start = new HashMap<>(articleKey(SortKeys.articleId(after)));
        start.put(TableDefinition.GSI1_PK, s(SHARD + month));
        start.put(TableDefinition.GSI1_SK, s(after));
      }
      int before = window.size();
      window.read(dynamo, range(TableDefinition.GSI1, SHARD + month, TableDefinition.GSI1_PK,
          TableDefinition.GSI1_SK, listing.from(), to, start).toBuilder(), List.of());
      if (window.done()) {
        break;
      }
      emptyInARow = window.size() == before ? emptyInARow + 1 : 0;
      if (index == null && emptyInARow >= 2) {
        index = knownMonths();
      }
      month = index == null ? YearMonth.parse(month).minusMonths(1).toString() : olderIn(index, month);
    }
    return window.page(limit);
  }

  /** The newest month of the index older than {@code month}; null when there is none. */
  private static String olderIn(List<String> newestFirst, String month) {
    for (String known : newestFirst) {
      if (known.compareTo(month) < 0) {
        return known;
      }
    }
    return null;
  }

  @Override
  public List<FacetCount> counts(Facet.Kind kind, int limit) {
    List<FacetCount> counts = new ArrayList<>();
    for (Map<String, AttributeValue> item : QueryPages.collect(dynamo, QueryRequest.builder()
        .tableName(table)
        .keyConditionExpression("pk = :p")
        .expressionAttributeValues(Map.of(":p", s(COUNT + kind.parameter()), ":zero", AttributeValue.fromN("0")))
        .filterExpression("#n > :zero")
        .projectionExpression("#name, #n")
        .expressionAttributeNames(Map.of("#n", "n", "#name", "name"))
        .build(), limit)) {
      counts.add(new FacetCount(string(item, "name"), Long.parseLong(item.get("n").n())));
    }
    return counts;
  }

  /** Newest-first Query of one partition between two sort-key bounds. */
  private QueryRequest range(String index, String partition, String pkName, String skName, String from, String to,
      Map<String, AttributeValue> start) {
    return QueryRequest.builder()
        .tableName(table)
        .indexName(index)
        .keyConditionExpression("#pk = :p AND #sk BETWEEN :from AND :to")
        .expressionAttributeNames(Map.of("#pk", pkName, "#sk", skName))
        .expressionAttributeValues(Map.of(":p", s(partition), ":from", s(from), ":to", s(to)))
        .scanIndexForward(false)
        .exclusiveStartKey(start)
        .build();
  }

  /** The month index as last read if that was within {@link #MONTHS_TTL}, else null. */
  private List<String> freshMonths() {
    KnownMonths known = this.known;
    return known != null && System.nanoTime() - known.readAt() < monthsTtl.toNanos() ? known.months() : null;
  }

  /**
   * Every month of the index, newest first: one small Query, then kept for {@link #MONTHS_TTL} so
   * that a warm function skips gaps without reading it again. The price: an older month that
   * appears in the meantime (a backfilled story) is skipped over a gap up to that much longer; the
   * current month and the months next to a page are always read directly, and filtered lists do
   * not depend on the index.
   */
  private List<String> knownMonths() {
    long now = System.nanoTime();
    List<String> months = new ArrayList<>();
    for (Map<String, AttributeValue> item : QueryPages.collect(dynamo, QueryRequest.builder()
        .tableName(table)
        .keyConditionExpression("pk = :p")
        .expressionAttributeValues(Map.of(":p", s(MONTHS)))
        .projectionExpression("sk")
        .scanIndexForward(false)
        .build(), MAX_MONTHS)) {
      months.add(string(item, TableDefinition.SK));
    }
    this.known = new KnownMonths(List.copyOf(months), now);
    return this.known.months();
  }

  private record KnownMonths(List<String> months, long readAt) {}

  /**
   * Items of successive Queries up to {@code wanted}, reading at most {@link #MAX_EVALUATED}
   * entries; remembers where reading stopped so that a short page still has a {@code next}.
   */
  private static final class Window {
    private final int wanted;
    private final List<Map<String, AttributeValue>> items = new ArrayList<>();
    private int evaluated;
    private String stoppedAt;

    Window(int wanted) {
      this.wanted = wanted;
    }

    boolean done() {
      return items.size() >= wanted || stoppedAt != null;
    }

    int size() {
      return items.size();
    }

    void read(DynamoDbClient dynamo, QueryRequest.Builder query, List<Facet> others) {
      String skName = query.build().indexName() == null ? TableDefinition.SK : TableDefinition.GSI1_SK;
      if (!others.isEmpty()) {
        Map<String, AttributeValue> values = new HashMap<>(query.build().expressionAttributeValues());
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
          values.put(":f" + i, s(others.get(i).id()));
          conditions.add("contains(" + FACETS + ", :f" + i + ")");
        }
        query.expressionAttributeValues(values).filterExpression(String.join(" AND ", conditions));
      }
      Map<String, String> names = new HashMap<>(query.build().expressionAttributeNames());
      names.put("#summary", SUMMARY);
      query.projectionExpression("#summary, #sk").expressionAttributeNames(names);
      while (!done()) {
        int budget = MAX_EVALUATED - evaluated;
        // Without a filter every item read is kept: ask for exactly what is missing.
        int ask = others.isEmpty() ? Math.min(wanted - items.size(), budget) : budget;
        QueryResponse response = dynamo.query(query.limit(ask).build());
        evaluated += response.scannedCount();
        for (Map<String, AttributeValue> item : response.items()) {
          if (items.size() < wanted) {
            items.add(Map.of(SUMMARY, item.get(SUMMARY), KEY, item.get(skName)));
          }
        }
        if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
          return;
        }
        if (evaluated >= MAX_EVALUATED && items.size() < wanted) {
          stoppedAt = string(response.lastEvaluatedKey(), skName);
          return;
        }
        query.exclusiveStartKey(response.lastEvaluatedKey());
      }
    }

    SummaryPage page(int limit) {
      List<ArticleSummary> summaries = new ArrayList<>(Math.min(items.size(), limit));
      for (int i = 0; i < items.size() && i < limit; i++) {
        String key = string(items.get(i), KEY);
        summaries.add(CompactSummary.decode(SortKeys.articleId(key), string(items.get(i), SUMMARY)));
      }
      if (items.size() > limit) {
        return new SummaryPage(summaries, string(items.get(limit - 1), KEY));
      }
      return new SummaryPage(summaries, stoppedAt);
    }
  }

  /** {@code yyyy-MM} of a sort key or bound. */
  private static String month(String sortKey) {
    return sortKey.substring(0, 7);
  }

  /** The {@code gsi1} partition of an article: its month, so that no one partition takes every write. */
  private static String shard(String sortKey) {
    return SHARD + month(sortKey);
  }

  @Override
  public Optional<SourceRecord> source(String objectKey) {
    Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder()
        .tableName(table).key(key("SRC#" + objectKey, "S")).consistentRead(true).build()).item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SourceRecord(objectKey, string(item, "versionId"), string(item, "etag"),
        string(item, "articleId"), string(item, "rejectedReason"), string(item, "at")));
  }

  @Override
  public void putSource(SourceRecord record) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    List<String> absent = new ArrayList<>();
    putIfPresent(item, absent, "versionId", record.versionId());
    putIfPresent(item, absent, "etag", record.etag());
    putIfPresent(item, absent, "articleId", record.articleId());
    putIfPresent(item, absent, "rejectedReason", record.rejectedReason());
    putIfPresent(item, absent, "at", record.at());
    dynamo.updateItem(whole(key("SRC#" + record.objectKey(), "S"), item, absent, null, Map.of()));
  }

  /** Conditional on absence: the first rejection of an object version stays, later ones are no-ops. */
  @Override
  public void putRejection(Rejection rejection) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put(REJECTION, s(ArticleDocument.rejection(rejection)));
    item.put(TableDefinition.GSI1_PK, s(REJECTIONS));
    item.put(TableDefinition.GSI1_SK, s(SortKeys.rejection(rejection)));
    try {
      dynamo.updateItem(whole(key("REJ#" + rejection.source().objectKey(), SortKeys.rejectionVersion(rejection)),
          item, List.of(), "attribute_not_exists(pk)", Map.of()));
    } catch (ConditionalCheckFailedException alreadyRecorded) {
      // Same object version rejected before: idempotent by design.
    }
  }

  /** One Query of {@code gsi1} partition REJECTIONS, one item more than the page to know whether more exist. */
  @Override
  public RejectionPage rejections(String after, int limit) {
    Map<String, AttributeValue> start = null;
    if (after != null) {
      String[] key = SortKeys.rejectionKey(after);
      start = new HashMap<>(key("REJ#" + key[0], key[1]));
      start.put(TableDefinition.GSI1_PK, s(REJECTIONS));
      start.put(TableDefinition.GSI1_SK, s(after));
    }
    List<Map<String, AttributeValue>> items = queryIndex(REJECTIONS, limit + 1, start, REJECTION);
    List<Rejection> rejections = new ArrayList<>();
    for (int i = 0; i < items.size() && i < limit; i++) {
      rejections.add(ArticleJson.read(string(items.get(i), REJECTION), Rejection.class));
    }
    return new RejectionPage(rejections,
        items.size() > limit ? string(items.get(limit - 1), TableDefinition.GSI1_SK) : null);
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

  private static void putIfPresent(Map<String, AttributeValue> item, List<String> absent, String name, String value) {
    if (value != null) {
      item.put(name, s(value));
    } else {
      absent.add(name);
    }
  }

  /**
   * The item under {@code key} written whole, as a PutItem would write it, but as an UpdateItem:
   * every attribute of {@code attributes} SET and every one of {@code absent} REMOVEd, which are
   * together all the attributes an item of its kind can carry, so the item afterwards is exactly
   * {@code key} + {@code attributes} whatever it held before, and a repeated call leaves it the
   * same. Ingest makes no other PutItem, and sparing it that operation's model (about 45 classes
   * the first call would load and link) is what a cold start gains; DynamoDB bills both alike, by
   * the larger of the item before and after. {@code condition} may name the attributes as
   * {@code #<name>}; every attribute name goes through a placeholder, reserved words included.
   */
  private UpdateItemRequest whole(Map<String, AttributeValue> key, Map<String, AttributeValue> attributes,
      List<String> absent, String condition, Map<String, AttributeValue> conditionValues) {
    StringBuilder expression = new StringBuilder();
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>(conditionValues);
    for (Map.Entry<String, AttributeValue> attribute : attributes.entrySet()) {
      String name = attribute.getKey();
      // The written values get a prefix of their own, so no attribute can take a condition value's placeholder.
      expression.append(expression.length() == 0 ? "SET " : ", ").append('#').append(name).append(" = :w_").append(name);
      names.put("#" + name, name);
      if (values.put(":w_" + name, attribute.getValue()) != null) {
        throw new IllegalArgumentException("condition value placeholder :w_" + name + " is reserved for the written attribute");
      }
    }
    for (int i = 0; i < absent.size(); i++) {
      expression.append(i > 0 ? ", " : expression.length() == 0 ? "REMOVE " : " REMOVE ").append('#').append(absent.get(i));
      names.put("#" + absent.get(i), absent.get(i));
    }
    return UpdateItemRequest.builder()
        .tableName(table)
        .key(key)
        .updateExpression(expression.toString())
        .conditionExpression(condition)
        .expressionAttributeNames(names)
        .expressionAttributeValues(values.isEmpty() ? null : values)
        .build();
  }
}
