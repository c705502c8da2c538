package newsdesk.function;

import static newsdesk.function.Invocation.JSON;
import static newsdesk.function.Invocation.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import newsdesk.article.Article;
import newsdesk.aws.DynamoArticleStore;
import newsdesk.article.PlainJson;
import newsdesk.aws.telemetry.Telemetry;
import newsdesk.emulator.Dynalite;
import newsdesk.emulator.S3rver;
import newsdesk.extract.Extractor;
import newsdesk.ingest.Ingestion;
import newsdesk.ingest.ObjectRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import newsdesk.extract.SharedFolder;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * Drives {@link IngestHandler}, wired as in Lambda ({@link IngestHandler#fromEnvironment}), against
 * dynalite and s3rver, with {@code events/s3-put.json} deserialized by the Lambda runtime's own
 * serializer; then reads back the table, the log line and the metrics line.
 */
class IngestHandlerTest {

  static final String BUCKET = "newsdesk-raw";
  /** The key of events/s3-put.json as S3 means it: '+' was a space, %2B a plus. */
  static final String KEY = "incoming/Reuters story + extra.txt";
  /** Nothing listens on port 1 of loopback: a connection there fails at once, as in an outage. */
  static final String UNREACHABLE = "http://127.0.0.1:1";

  final ByteArrayOutputStream output = new ByteArrayOutputStream();
  final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
  final Telemetry telemetry = new Telemetry("ingest", new PrintStream(output, true, StandardCharsets.UTF_8), clock);
  Map<String, String> env;
  DynamoArticleStore store;

  @BeforeAll
  static void createBucket() {
    try {
      S3rver.client().createBucket(b -> b.bucket(BUCKET));
    } catch (BucketAlreadyOwnedByYouException alreadyThere) {
      // another test class in this JVM made it
    }
  }

  @BeforeEach
  void freshTable() {
    env = new HashMap<>(Dynalite.environment());
    env.putAll(S3rver.environment());
    env.put("TABLE_NAME", Dynalite.newTable("ingest"));
    store = new DynamoArticleStore(Dynalite.client(), env.get("TABLE_NAME"));
  }

  @Test
  void theEventNamesTheDecodedKeyWithItsVersionAndEtag() throws IOException {
    assertThat(IngestHandler.objectRef(event().getRecords().get(0))).isEqualTo(new ObjectRef(
        BUCKET, KEY, "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY", "fecd5a3d235265d789318af7f6d07a0b"));
  }

  @Test
  void anUnversionedBucketsEmptyVersionIdAndEtagCountAsAbsent() throws IOException {
    // The runtime's serializer turns a missing versionId into "": two different uploads to an
    // unversioned bucket must not look like the same version.
    ObjectNode event = (ObjectNode) JSON.readTree(ROOT.resolve("events/s3-put.json").toFile());
    ObjectNode object = (ObjectNode) event.get("Records").get(0).get("s3").get("object");
    object.remove("versionId");
    object.put("eTag", "");
    var record = deserialize(JSON.writeValueAsBytes(event)).getRecords().get(0);
    assertThat(IngestHandler.objectRef(record)).isEqualTo(new ObjectRef(BUCKET, KEY, null, null));
  }

  @Test
  void theStreamLambdaInvokesReadsEveryRecordAsTheRuntimesSerializerDoes() throws IOException {
    ObjectNode sample = (ObjectNode) JSON.readTree(ROOT.resolve("events/s3-put.json").toFile());
    ObjectNode unversioned = sample.deepCopy();
    ObjectNode object = (ObjectNode) unversioned.get("Records").get(0).get("s3").get("object");
    object.remove("versionId");
    object.put("eTag", "");
    ObjectNode plainKey = sample.deepCopy();
    ((ObjectNode) plainKey.get("Records").get(0).get("s3").get("object")).put("key", "incoming/a%20b%25c.html");
    ObjectNode twoRecords = sample.deepCopy();
    ObjectNode second = twoRecords.get("Records").get(0).deepCopy();
    ((ObjectNode) second.path("s3").path("object")).put("key", "incoming/second+%2B.txt");
    ((ArrayNode) twoRecords.get("Records")).add(second);
    for (ObjectNode variant : List.of(sample, unversioned, plainKey, twoRecords)) {
      byte[] bytes = JSON.writeValueAsBytes(variant);
      List<ObjectRef> fromJson = new java.util.ArrayList<>();
      for (Object record : (List<?>) PlainJson.object(PlainJson.read(new java.io.ByteArrayInputStream(bytes))).get("Records")) {
        fromJson.add(IngestHandler.objectRef(PlainJson.object(record)));
      }
      assertThat(fromJson).as(variant.toString()).isEqualTo(
          deserialize(bytes).getRecords().stream().map(IngestHandler::objectRef).toList());
    }
  }

  @Test
  void theStreamLambdaInvokesIngestsAndAnswersAsTheTypedHandler() throws IOException {
    // The Lambda runtime takes a RequestStreamHandler's stream signature before the typed one.
    assertThat(handler()).isInstanceOf(RequestStreamHandler.class);
    upload(seed());

    JsonNode streamed = Invocation.stream(handler(), Invocation.eventBytes("s3-put.json"), context());
    env.put("TABLE_NAME", Dynalite.newTable("ingest"));
    String typed = handler().handleRequest(event(), context());

    assertThat(typed).contains("stored=1");
    assertThat(streamed).isEqualTo(Invocation.runtimeJson(typed, String.class));
  }

  @Test
  void aRecordWithoutItsObjectIsAFailedOutcomeOnTheStreamToo() throws IOException {
    ObjectNode event = (ObjectNode) JSON.readTree(ROOT.resolve("events/s3-put.json").toFile());
    ((ObjectNode) event.get("Records").get(0)).remove("s3");

    JsonNode streamed = Invocation.stream(handler(), JSON.writeValueAsBytes(event), context());

    assertThat(streamed.asText()).contains("failed=1");
    assertThat(logLines().get(0).path("outcome").asText()).isEqualTo("FAILED");
  }

  @Test
  void primingBeforeASnapshotExtractsItsPagesAndTouchesNeitherBucketNorTable() {
    // Unreachable endpoints: a priming step that reached out would fail here.
    env.put("S3_ENDPOINT", UNREACHABLE);
    env.put("DYNAMODB_ENDPOINT", UNREACHABLE);
    Ingestion ingestion = IngestHandler.fromEnvironment(env);

    assertThat(ingestion.prime()).as("built-in pages that became articles").isEqualTo(2);
    new IngestHandler(ingestion, telemetry).beforeCheckpoint(null);
    assertThat(lines()).as("priming is no event: nothing logged or counted").isEmpty();
  }

  /**
   * Wired as Lambda's constructor wires it: the first event runs on the wired clients, and a
   * snapshot's hook primes afterwards; nothing of priming shows in the log.
   */
  @Test
  void theLambdaWiringIngestsAndItsSnapshotHookPrimesQuietly() throws IOException {
    upload(seed());
    IngestHandler handler = new IngestHandler(env, telemetry);

    String summary = handler.handleRequest(event(), context());
    handler.beforeCheckpoint(null);

    assertThat(summary).isEqualTo("1 record(s): stored=1 updated=0 duplicate=0 rejected=0 failed=0");
    assertThat(logLines()).singleElement().satisfies(line -> assertThat(line.path("outcome").asText()).isEqualTo("STORED"));
    assertThat(output.toString(StandardCharsets.UTF_8)).doesNotContain("priming");
  }

  @Test
  void theSeedBecomesAStoredArticle() throws IOException {
    upload(seed());

    String summary = handler().handleRequest(event(), context());

    assertThat(summary).isEqualTo("1 record(s): stored=1 updated=0 duplicate=0 rejected=0 failed=0");
    JsonNode line = logLines().get(0);
    assertThat(line.path("outcome").asText()).isEqualTo("STORED");
    assertThat(line.path("key").asText()).isEqualTo(KEY);
    assertThat(line.path("requestId").asText()).isEqualTo("req-1");
    Article article = store.get(line.path("articleId").asText()).orElseThrow();
    assertThat(article.title()).isEqualTo("Russia, U.S. keep door open to Ukraine diplomacy, but big gaps remain");
    assertThat(article.publisher()).isEqualTo("Reuters");
    assertThat(article.source().bucket()).isEqualTo(BUCKET);
    assertThat(article.source().key()).isEqualTo(KEY);
    // events/ chain: after ingesting the seed, the get-article sample finds this very article.
    JsonNode getArticle = JSON.readTree(ROOT.resolve("events/api-get-article.json").toFile());
    assertThat(getArticle.at("/pathParameters/id").asText())
        .as("the id in events/api-get-article.json (rawPath, pathParameters, requestContext.http.path)")
        .isEqualTo(article.id());
  }

  @Test
  void theSameEventTwiceStoresOneArticle() throws IOException {
    upload(seed());
    IngestHandler handler = handler();

    handler.handleRequest(event(), context());
    String second = handler.handleRequest(event(), context());

    assertThat(second).contains("stored=0", "duplicate=1");
    List<JsonNode> lines = logLines();
    assertThat(lines).extracting(l -> l.path("outcome").asText()).containsExactly("STORED", "DUPLICATE");
    assertThat(lines.get(1).path("articleId").asText()).isEqualTo(lines.get(0).path("articleId").asText());
    assertThat(store.list(null, 10).items()).hasSize(1);
  }

  @Test
  void garbageBytesAreRejectedWithAReasonNotThrown() throws IOException {
    byte[] garbage = new byte[4096];
    new Random(7).nextBytes(garbage);
    upload(garbage);

    String summary = handler().handleRequest(event(), context());

    assertThat(summary).contains("rejected=1", "failed=0");
    JsonNode line = logLines().get(0);
    assertThat(line.path("outcome").asText()).isEqualTo("REJECTED");
    assertThat(line.path("reason").asText()).isNotBlank();
    assertThat(store.rejections(10)).singleElement().satisfies(rejection -> {
      assertThat(rejection.reason()).isEqualTo(line.path("reason").asText());
      assertThat(rejection.source().key()).isEqualTo(KEY);
    });
    assertThat(store.list(null, 10).items()).isEmpty();
  }

  @Test
  void aDeletedObjectIsRecordedAsMissingNotRetried() throws IOException {
    S3rver.client().deleteObject(b -> b.bucket(BUCKET).key(KEY));

    String summary = handler().handleRequest(event(), context());

    assertThat(summary).contains("rejected=1");
    assertThat(logLines().get(0).path("reason").asText()).isEqualTo("missing");
  }

  @Test
  void anUnreachableBucketEscapesSoLambdaRetriesAfterTheOtherRecordsRan() throws IOException {
    upload(seed());
    env.put("S3_ENDPOINT", UNREACHABLE);

    assertThatThrownBy(() -> handler().handleRequest(twoRecordEvent(), context()))
        .isInstanceOf(UncheckedIOException.class);

    List<JsonNode> lines = logLines();
    assertThat(lines).extracting(l -> l.path("outcome").asText()).containsExactly("RETRY", "RETRY");
    assertThat(lines.get(0).path("level").asText()).isEqualTo("ERROR");
    assertThat(metrics().path("Failed").asInt()).isEqualTo(2);
  }

  @Test
  void anInvocationWithTooLittleTimeLeftLeavesTheUploadForTheRetry() throws IOException {
    upload(seed());

    // The invocation's remaining time reaches Ingestion: with less than the store margin plus a
    // second left, the page is not blamed (no rejection) but retried in a fresh invocation.
    assertThatThrownBy(() -> handler().handleRequest(event(), Invocation.context("req-1", 10_500)))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(logLines().get(0).path("outcome").asText()).isEqualTo("RETRY");
    assertThat(logLines().get(0).path("detail").asText()).contains("left in the invocation");
    assertThat(store.rejections(10)).isEmpty();
  }

  @Test
  void anUnreachableTableEscapesToo() throws IOException {
    upload(seed());
    env.put("DYNAMODB_ENDPOINT", UNREACHABLE);

    assertThatThrownBy(() -> handler().handleRequest(event(), context())).isInstanceOf(SdkException.class);

    assertThat(logLines().get(0).path("outcome").asText()).isEqualTo("RETRY");
  }

  @Test
  void aBugIsLoggedAndCountedNotThrown() throws IOException {
    Ingestion broken = new Ingestion((bucket, key, versionId, maxBytes) -> {
      throw new IllegalStateException("bug");
    }, store, new Extractor(), clock);

    String summary = new IngestHandler(broken, telemetry).handleRequest(event(), context());

    assertThat(summary).contains("failed=1");
    JsonNode line = logLines().get(0);
    assertThat(line.path("outcome").asText()).isEqualTo("FAILED");
    assertThat(line.path("error").asText()).isEqualTo(IllegalStateException.class.getName());
    assertThat(metrics().path("Failed").asInt()).isEqualTo(1);
  }

  @Test
  void publishesOneMetricsLinePerInvocationInEmbeddedMetricFormat() throws IOException {
    upload(seed());

    handler().handleRequest(event(), context());

    JsonNode emf = metrics();
    JsonNode directive = emf.path("_aws").path("CloudWatchMetrics").get(0);
    assertThat(directive.path("Namespace").asText()).isEqualTo("Newsdesk");
    assertThat(directive.path("Dimensions").toString()).isEqualTo("[[\"Function\"]]");
    assertThat(directive.path("Metrics").findValuesAsText("Name"))
        .containsExactly("Stored", "Updated", "Duplicate", "Rejected", "Failed", "DurationMs");
    assertThat(directive.path("Metrics").findValuesAsText("Unit"))
        .containsExactly("Count", "Count", "Count", "Count", "Count", "Milliseconds");
    assertThat(emf.path("_aws").path("Timestamp").asLong()).isEqualTo(clock.millis());
    assertThat(emf.path("Function").asText()).isEqualTo("ingest");
    assertThat(emf.path("Stored").asInt()).isEqualTo(1);
    assertThat(emf.path("Rejected").asInt()).isZero();
  }

  IngestHandler handler() {
    return new IngestHandler(IngestHandler.fromEnvironment(env), telemetry);
  }

  static void upload(byte[] bytes) {
    S3rver.client().putObject(b -> b.bucket(BUCKET).key(KEY).contentType("text/plain; charset=utf-8"),
        RequestBody.fromBytes(bytes));
  }

  static byte[] seed() throws IOException {
    return Files.readAllBytes(SharedFolder.require("seed/000_2bbcad7a53690741.txt"));
  }

  static S3Event event() throws IOException {
    return Invocation.event("s3-put.json", S3Event.class);
  }

  /** events/s3-put.json with a second record for another key, as S3 may batch them. */
  static S3Event twoRecordEvent() throws IOException {
    ObjectNode event = (ObjectNode) JSON.readTree(ROOT.resolve("events/s3-put.json").toFile());
    ArrayNode records = (ArrayNode) event.get("Records");
    ObjectNode second = records.get(0).deepCopy();
    ((ObjectNode) second.path("s3").path("object")).put("key", "incoming/second.txt");
    records.add(second);
    return deserialize(JSON.writeValueAsBytes(event));
  }

  /** Exactly how the Lambda Java runtime turns the notification into an S3Event. */
  static S3Event deserialize(byte[] json) {
    return Invocation.event(json, S3Event.class);
  }

  static Context context() {
    return Invocation.context("req-1", 60_000);
  }

  List<JsonNode> logLines() {
    return lines().stream().filter(l -> !l.has("_aws")).toList();
  }

  JsonNode metrics() {
    List<JsonNode> emf = lines().stream().filter(l -> l.has("_aws")).toList();
    assertThat(emf).as("one EMF line per invocation").hasSize(1);
    return emf.get(0);
  }

  private List<JsonNode> lines() {
    return Invocation.jsonLines(output);
  }
}
