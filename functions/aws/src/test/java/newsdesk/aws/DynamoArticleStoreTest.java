package newsdesk.aws;

import static newsdesk.store.ArticleFixtures.faceted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import newsdesk.article.Article;
import newsdesk.emulator.Dynalite;
import newsdesk.store.ArticleStore;
import newsdesk.store.ArticleStoreContract;
import newsdesk.store.Facet;
import newsdesk.store.FacetCount;
import newsdesk.store.Listing;
import newsdesk.store.PutOutcome;
import newsdesk.store.SummaryPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

class DynamoArticleStoreTest extends ArticleStoreContract {

  @Override
  protected ArticleStore newStore(Clock clock) {
    // The month index is re-read for every page here: the contract lists right after writing.
    return new DynamoArticleStore(Dynalite.client(), Dynalite.newTable("articles"), Duration.ZERO, clock);
  }

  /**
   * The function dies at one write of an ingestion (before it reaches DynamoDB, or after DynamoDB
   * applied it but before the answer arrived), and the event is retried, twice over: the counters
   * of /publishers and /sections end exact, not one short or one over.
   */
  @ParameterizedTest
  @ValueSource(strings = {"before-count", "after-count", "after-article", "before-uncount", "after-uncount"})
  void countersStayExactWhenAnIngestionDiesPartWayAndIsRetried(String where) {
    Crash crash = new Crash();
    DynamoArticleStore store = new DynamoArticleStore(crashing(crash), Dynalite.newTable("crash"), Duration.ZERO);
    Article reuters = faceted("a1", "2022-01-01", "Reuters", "World", "en", List.of(), List.of());
    Article ap = faceted("a1", "2022-01-01", "AP", "World", "en", List.of(), List.of());
    store.put(faceted("other", "2022-01-02", "Reuters", "Business", "en", List.of(), List.of()), AT);
    boolean uncount = where.contains("uncount");
    if (uncount) {
      store.put(reuters, AT);
    }
    Article version = uncount ? ap : reuters;
    crash.at = switch (where) {
      case "before-count", "before-uncount" -> crash.before(counterUpdate("reuters"));
      case "after-count", "after-uncount" -> crash.after(counterUpdate("reuters"));
      default -> crash.after(r -> r instanceof UpdateItemRequest put && put.key().get("pk").s().startsWith("ART#"));
    };

    assertThatThrownBy(() -> store.put(version, AT)).isInstanceOf(Crash.Died.class);
    assertThat(store.put(version, AT)).isNotNull();
    assertThat(store.put(version, AT)).isEqualTo(PutOutcome.UNCHANGED);

    assertThat(crash.fired).isTrue();
    assertThat(store.counts(Facet.Kind.PUBLISHER, 10)).containsExactlyElementsOf(uncount
        ? List.of(new FacetCount("AP", 1), new FacetCount("Reuters", 1))
        : List.of(new FacetCount("Reuters", 2)));
    assertThat(store.counts(Facet.Kind.SECTION, 10))
        .containsExactly(new FacetCount("Business", 1), new FacetCount("World", 1));
    // And the counters keep moving exactly afterwards.
    store.put(faceted("a1", "2022-01-01", "Reuters", "Business", "en", List.of(), List.of()), AT);
    assertThat(store.counts(Facet.Kind.PUBLISHER, 10)).containsExactly(new FacetCount("Reuters", 2));
    assertThat(store.counts(Facet.Kind.SECTION, 10)).containsExactly(new FacetCount("Business", 2));
  }

  /**
   * DynamoDB may leave part of a BatchWriteItem unprocessed (throttling); dynalite never does, so an
   * interceptor on the SDK rewrites its answer to say so. The store sends exactly those entries
   * again, and the filtered list then holds the article; when they stay unprocessed the put fails
   * as transient before the article is written, so Lambda's retry starts over.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 99})
  void listingEntriesLeftUnprocessedAreSentAgainOrTheIngestionFails(int refusals) {
    Unprocessed unprocessed = new Unprocessed(refusals);
    DynamoArticleStore store = new DynamoArticleStore(client(unprocessed), Dynalite.newTable("batch"), Duration.ZERO);
    Article article = faceted("b1", "2022-01-01", "Reuters", "World", "en", List.of("Ann Lee"), List.of("trade"));
    if (refusals > 1) {
      assertThatThrownBy(() -> store.put(article, AT)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("unprocessed");
      assertThat(unprocessed.batches).hasSize(5);
      assertThat(store.get("b1")).isEmpty();
      return;
    }
    assertThat(store.put(article, AT)).isEqualTo(PutOutcome.STORED);
    assertThat(unprocessed.batches).hasSize(2);
    assertThat(unprocessed.batches.get(1)).isEqualTo(1); // only the entry said to be left over
    assertThat(store.list(new Listing(List.of(Facet.of(Facet.Kind.TAG, "trade")), null, null), null, 10)
        .items()).extracting(summary -> summary.id()).containsExactly("b1");
  }

  /**
   * Each call is a round trip, and Ingest makes these on its cold start: a new article is one read
   * of the old version, one batch of its entries and its month beside a move per counted facet (at
   * once, so in any order), the article, and forgetting the moves' tokens (at once).
   */
  @Test
  void aNewArticleIsStoredInOneReadOneBatchTheCounterMovesAndTheArticle() {
    List<String> calls = Collections.synchronizedList(new ArrayList<>());
    ExecutionInterceptor recorder = new ExecutionInterceptor() {
      @Override
      public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String call = context.request().getClass().getSimpleName().replace("Request", "");
        if (context.request() instanceof BatchWriteItemRequest batch) {
          call += batch.requestItems().values().iterator().next().stream()
              .map(w -> w.putRequest() != null ? w.putRequest().item().get("pk").s().replaceAll("#.*", "#") : "delete")
              .sorted().distinct().toList();
        } else if (context.request() instanceof UpdateItemRequest update) {
          call += "[" + update.key().get("pk").s().replaceAll("#.*", "#") + "]";
        }
        calls.add(call);
      }
    };
    DynamoArticleStore store = new DynamoArticleStore(client(recorder), Dynalite.newTable("calls"), Duration.ZERO);

    store.put(faceted("c1", "2022-01-01", "Reuters", "World", "en", List.of("Ann Lee"), List.of("trade")), AT);

    assertThat(calls).hasSize(7);
    assertThat(calls.get(0)).isEqualTo("GetItem");
    assertThat(calls.subList(1, 4))
        .containsExactlyInAnyOrder("BatchWriteItem[L#, MONTHS]", "UpdateItem[N#]", "UpdateItem[N#]");
    // The article is written whole by an UpdateItem too: Ingest's cold start loads no PutItem model.
    assertThat(calls.subList(4, 7)).containsExactly("UpdateItem[ART#]", "UpdateItem[N#]", "UpdateItem[N#]");
    assertThat(store.list(new Listing(List.of(), null, null), null, 10).items())
        .extracting(summary -> summary.id()).containsExactly("c1");
  }

  /** A put compares with the stored version of its own article only: one read for another id is refused before any write. */
  @Test
  void aStoredVersionReadForAnotherArticleIsRefused() {
    DynamoArticleStore store = new DynamoArticleStore(Dynalite.client(), Dynalite.newTable("ahead"), Duration.ZERO);
    ArticleStore.Stored other = store.stored("x1");

    assertThatThrownBy(() -> store.put(faceted("x2", "2022-01-01", "Reuters", "World", "en", List.of(), List.of()), AT,
        null, other)).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.get("x2")).isEmpty();
    assertThat(store.counts(Facet.Kind.PUBLISHER, 10)).isEmpty();
  }

  /**
   * The near-duplicate check's band listings are read at once: each Query waits before it is sent
   * until all four have been started, which read one after another they never would be.
   */
  @Test
  void theListingsOfOneCheckAreReadAtOnce() {
    CountDownLatch started = new CountDownLatch(4);
    List<String> late = Collections.synchronizedList(new ArrayList<>());
    ExecutionInterceptor together = new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (context.request() instanceof QueryRequest query) {
          started.countDown();
          try {
            if (!started.await(10, TimeUnit.SECONDS)) {
              late.add(query.expressionAttributeValues().get(":p").s());
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }
    };
    DynamoArticleStore store = new DynamoArticleStore(client(together), Dynalite.newTable("bands"), Duration.ZERO);
    store.put(faceted("t1", "2022-01-01", "Reuters", "World", "en", List.of(), List.of("trade")), AT);
    store.put(faceted("t2", "2022-01-02", "AP", "World", "en", List.of(), List.of("trade")), AT);
    List<Listing> listings = List.of(
        new Listing(List.of(Facet.of(Facet.Kind.TAG, "trade")), null, null),
        new Listing(List.of(Facet.of(Facet.Kind.PUBLISHER, "Reuters")), null, null),
        new Listing(List.of(Facet.of(Facet.Kind.PUBLISHER, "AP")), null, null),
        new Listing(List.of(Facet.of(Facet.Kind.PUBLISHER, "nobody")), null, null));

    List<SummaryPage> pages = store.lists(listings, 10);

    assertThat(late).isEmpty();
    assertThat(pages).extracting(page -> page.items().stream().map(summary -> summary.id()).toList())
        .containsExactly(List.of("t2", "t1"), List.of("t1"), List.of("t2"), List.of());
  }

  /** Says the first entry of each of the first {@code refusals} BatchWriteItem calls was not processed. */
  private static final class Unprocessed implements ExecutionInterceptor {
    final List<Integer> batches = new ArrayList<>();
    private int refusals;

    Unprocessed(int refusals) {
      this.refusals = refusals;
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context,
        ExecutionAttributes attributes) {
      if (!(context.request() instanceof BatchWriteItemRequest batch)) {
        return context.response();
      }
      var table = batch.requestItems().keySet().iterator().next();
      var requests = batch.requestItems().get(table);
      batches.add(requests.size());
      if (refusals-- <= 0) {
        return context.response();
      }
      return ((BatchWriteItemResponse) context.response()).toBuilder()
          .unprocessedItems(Map.of(table, List.of(requests.get(0)))).build();
    }
  }

  /** A client of the shared dynalite with these interceptors and no retries (a failure stays one). */
  static DynamoDbClient client(ExecutionInterceptor... interceptors) {
    return DynamoDbClient.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("batch", "batch")))
        .endpointOverride(Dynalite.endpoint())
        .overrideConfiguration(c -> c.executionInterceptors(List.of(interceptors)).retryStrategy(b -> b.maxAttempts(1)))
        .build();
  }

  private static Predicate<SdkRequest> counterUpdate(String key) {
    return r -> r instanceof UpdateItemRequest update && update.key().get("pk").s().equals("N#publisher")
        && update.key().get("sk").s().equals(key) && update.updateExpression().contains("ADD");
  }

  private static DynamoDbClient crashing(Crash crash) {
    return client(crash);
  }
}
