package newsdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import newsdesk.article.Source;
import newsdesk.emulator.Dynalite;
import newsdesk.emulator.S3rver;
import newsdesk.extract.Extractor;
import newsdesk.ingest.IngestResult;
import newsdesk.ingest.Ingestion;
import newsdesk.ingest.ObjectRef;
import newsdesk.ingest.RawObjects;
import newsdesk.store.Facet;
import newsdesk.store.FacetCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * A whole ingestion wired as Ingest wires it (the raw object and the stored article read on
 * {@link CallsAtOnce}'s threads beside the source check and the band Queries, the object through
 * {@link S3RawObjects} from s3rver, {@link DynamoArticleStore} on dynalite): which
 * calls a new object's first event makes and which of them go at once, since each round trip is
 * paid on every cold start; and that a crash between the calls that now share a round loses nothing.
 */
class IngestionRoundTripsTest {

  private static final String STORY = "<html><head><title>Harbour reopens</title>"
      + "<meta property=\"og:site_name\" content=\"Harbour Times\">"
      + "<meta property=\"article:section\" content=\"Coast\"></head><body><article><h1>Harbour reopens</h1>"
      + "<p>The harbour reopened on Tuesday after a week of storms kept the fishing fleet ashore and the ferries idle.</p>"
      + "<p>Officials said repairs to the breakwater would continue through the spring, with night work planned.</p>"
      + "<p>Fishermen who had waited for days unloaded their first catch at dawn, and the market opened an hour early.</p>"
      + "<p>The ferry company said the timetable would return to normal by the weekend once the pier was inspected.</p>"
      + "</article></body></html>";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

  /**
   * Five DynamoDB round trips and the S3 GET beside the first: the source check (with the object's
   * read), the four band Queries with the old version, the entries' batch with the two counter
   * moves, the article, and the source record with the two token removals. The calls of one round
   * wait for one another before they are sent, which made one after another they never could.
   */
  @Test
  void aNewObjectIsThirteenCallsInFiveRoundsWithTheReadBesideTheSourceCheck() throws IOException {
    String bucket = S3rver.newBucket("rounds");
    upload(bucket, "incoming/harbour.html", STORY);
    Together readAndCheck = new Together(2);
    Together bandsAndOldVersion = new Together(5);
    Together recordAndForget = new Together(3);
    List<String> calls = Collections.synchronizedList(new ArrayList<>());
    ExecutionInterceptor recorder = new ExecutionInterceptor() {
      @Override
      public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        calls.add(call(context.request()));
      }

      @Override
      public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String call = call(context.request());
        if (call.equals("GetItem[SRC#]")) {
          readAndCheck.arrive(call);
        } else if (call.equals("Query") || call.equals("GetItem[ART#]")) {
          bandsAndOldVersion.arrive(call);
        } else if (call.equals("UpdateItem[SRC#]") || call.equals("UpdateItem[N#]-")) {
          recordAndForget.arrive(call);
        }
      }
    };
    RawObjects objects = (b, key, version, max) -> {
      readAndCheck.arrive("S3 GET");
      return S3rver.rawObjects().read(b, key, version, max);
    };
    DynamoArticleStore store = new DynamoArticleStore(DynamoArticleStoreTest.client(recorder), Dynalite.newTable("rounds"));

    IngestResult result = new Ingestion(objects, store, new Extractor(), CLOCK, CallsAtOnce.threads())
        .ingest(new ObjectRef(bucket, "incoming/harbour.html", null, null));

    assertThat(result.outcome()).isEqualTo(IngestResult.Outcome.STORED);
    assertThat(readAndCheck.late).isEmpty();
    assertThat(bandsAndOldVersion.late).isEmpty();
    assertThat(recordAndForget.late).isEmpty();
    assertThat(calls).hasSize(13);
    assertThat(calls.get(0)).isEqualTo("GetItem[SRC#]");
    assertThat(calls.subList(1, 6)).containsExactlyInAnyOrder("Query", "Query", "Query", "Query", "GetItem[ART#]");
    assertThat(calls.subList(6, 9)).containsExactlyInAnyOrder("BatchWriteItem", "UpdateItem[N#]+", "UpdateItem[N#]+");
    assertThat(calls.get(9)).isEqualTo("UpdateItem[ART#]");
    assertThat(calls.subList(10, 13)).containsExactlyInAnyOrder("UpdateItem[SRC#]", "UpdateItem[N#]-", "UpdateItem[N#]-");

    // A redelivery is the source check alone (beside the read that tells its ETag).
    calls.clear();
    IngestResult redelivered = new Ingestion(S3rver.rawObjects(), store, new Extractor(), CLOCK, CallsAtOnce.threads())
        .ingest(new ObjectRef(bucket, "incoming/harbour.html", null, null));
    assertThat(redelivered.outcome()).isEqualTo(IngestResult.Outcome.DUPLICATE);
    assertThat(calls).containsExactly("GetItem[SRC#]");
  }

  /**
   * The function dies at the source record or at a token removal, the two that now go at once, and
   * Lambda retries the event: one article, the object recorded, the counters exact. A removal that
   * never happened leaves its token on the counter: the leftover a crash right after the article
   * always could leave, harmless since a later version's moves carry tokens of their own.
   */
  @ParameterizedTest
  @ValueSource(strings = {"before-record", "after-record", "before-forget", "after-forget"})
  void aCrashBesideTheSourceRecordLosesNothingOnRetry(String where) throws IOException {
    String bucket = S3rver.newBucket("crash");
    upload(bucket, "incoming/harbour.html", STORY);
    Crash crash = new Crash();
    Predicate<SdkRequest> record = r -> r instanceof UpdateItemRequest update && update.key().get("pk").s().startsWith("SRC#");
    Predicate<SdkRequest> forget = r -> r instanceof UpdateItemRequest update && update.key().get("pk").s().equals("N#publisher")
        && update.updateExpression().startsWith("DELETE");
    crash.at = switch (where) {
      case "before-record" -> crash.before(record);
      case "after-record" -> crash.after(record);
      case "before-forget" -> crash.before(forget);
      default -> crash.after(forget);
    };
    String table = Dynalite.newTable("crash");
    DynamoDbClient dynamo = DynamoArticleStoreTest.client(crash);
    Ingestion ingestion = new Ingestion(S3rver.rawObjects(), new DynamoArticleStore(dynamo, table), new Extractor(), CLOCK,
        CallsAtOnce.threads());
    ObjectRef ref = new ObjectRef(bucket, "incoming/harbour.html", null, null);

    assertThatThrownBy(() -> ingestion.ingest(ref)).isInstanceOf(Crash.Died.class);
    IngestResult retried = ingestion.ingest(ref);
    IngestResult again = ingestion.ingest(ref);

    assertThat(crash.fired).isTrue();
    assertThat(retried.outcome()).isEqualTo(IngestResult.Outcome.DUPLICATE);
    assertThat(again.outcome()).isEqualTo(IngestResult.Outcome.DUPLICATE);
    DynamoArticleStore store = new DynamoArticleStore(Dynalite.client(), table);
    assertThat(store.source(new Source(bucket, "incoming/harbour.html", null, null, null, null, null).objectKey())).get()
        .satisfies(source -> assertThat(source.articleId()).isEqualTo(retried.articleId()));
    assertThat(store.get(retried.articleId())).isPresent();
    assertThat(store.counts(Facet.Kind.PUBLISHER, 10)).containsExactly(new FacetCount("Harbour Times", 1));
    assertThat(store.counts(Facet.Kind.SECTION, 10)).containsExactly(new FacetCount("Coast", 1));
    assertThat(applied(dynamo, table, Facet.of(Facet.Kind.SECTION, "Coast"))).isEmpty();
    assertThat(applied(dynamo, table, Facet.of(Facet.Kind.PUBLISHER, "Harbour Times")))
        .hasSize(where.equals("before-forget") ? 1 : 0);

    // And the counters keep moving exactly: another story of the same paper counts, the token left or not.
    upload(bucket, "incoming/second.html", STORY.replace("Harbour reopens", "Ferries run again")
        .replace("The harbour reopened on Tuesday", "The ferries ran again on Wednesday"));
    assertThat(ingestion.ingest(new ObjectRef(bucket, "incoming/second.html", null, null)).outcome())
        .isEqualTo(IngestResult.Outcome.STORED);
    assertThat(store.counts(Facet.Kind.PUBLISHER, 10)).containsExactly(new FacetCount("Harbour Times", 2));
    assertThat(store.counts(Facet.Kind.SECTION, 10)).containsExactly(new FacetCount("Coast", 2));
  }

  /** A call as the round-trip test names it: the operation, the key's kind, and a counter's move (+) or token removal (-). */
  private static String call(SdkRequest request) {
    String name = request.getClass().getSimpleName().replace("Request", "");
    if (request instanceof BatchWriteItemRequest) {
      return name;
    }
    if (request instanceof GetItemRequest get) {
      return name + "[" + get.key().get("pk").s().replaceAll("#.*", "#") + "]";
    }
    if (request instanceof UpdateItemRequest update) {
      String kind = name + "[" + update.key().get("pk").s().replaceAll("#.*", "#") + "]";
      return kind.endsWith("[N#]") ? kind + (update.updateExpression().startsWith("DELETE") ? "-" : "+") : kind;
    }
    return name;
  }

  /** The tokens a counter still holds. */
  private static List<String> applied(DynamoDbClient dynamo, String table, Facet facet) {
    Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
        .key(Attributes.key("N#" + facet.kind().parameter(), facet.key())).consistentRead(true).build()).item();
    return item.containsKey("applied") ? item.get("applied").ss() : List.of();
  }

  private static void upload(String bucket, String key, String html) throws IOException {
    new S3RawArchive(S3rver.client(), bucket).put(key, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", Map.of());
  }

  /**
   * Calls that must be in flight together: each waits, before it is sent, until all have arrived,
   * and one that waits in vain (made after another instead of beside it) is noted as late.
   */
  private static final class Together {
    final CountDownLatch arrived;
    final List<String> late = Collections.synchronizedList(new ArrayList<>());

    Together(int calls) {
      arrived = new CountDownLatch(calls);
    }

    void arrive(String call) {
      arrived.countDown();
      try {
        if (!arrived.await(10, TimeUnit.SECONDS)) {
          late.add(call);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
