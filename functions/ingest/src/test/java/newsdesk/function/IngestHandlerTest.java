package newsdesk.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsdesk.aws.telemetry.Telemetry;
import newsdesk.extract.Extractor;
import newsdesk.ingest.Ingestion;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.core.exception.SdkClientException;
import org.junit.jupiter.api.Test;

/**
 * Drives {@link IngestHandler} with {@code events/s3-put.json}, deserialized by the Lambda runtime's
 * own serializer, and reads back what it logged and published as metrics.
 */
class IngestHandlerTest {

  static final Path ROOT = Path.of(System.getProperty("newsdesk.root", "../.."));
  static final String BUCKET = "newsdesk-raw";
  /** The key of events/s3-put.json as S3 means it: '+' was a space, %2B a plus. */
  static final String KEY = "incoming/Reuters story + extra.txt";
  static final ObjectMapper JSON = new ObjectMapper();

  final MemoryStore store = new MemoryStore();
  final MemoryBucket bucket = new MemoryBucket();
  final ByteArrayOutputStream output = new ByteArrayOutputStream();
  IngestHandler handler;

  @BeforeEach
  void setUp() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    Telemetry telemetry = new Telemetry("ingest", new PrintStream(output, true, StandardCharsets.UTF_8), clock);
    handler = new IngestHandler(new Ingestion(bucket, store, new Extractor(), clock), telemetry);
  }

  @Test
  void readsTheDecodedKeyAndVersionTheEventNames() throws IOException {
    bucket.put(BUCKET, KEY, seed());

    handler.handleRequest(event(), context());

    assertThat(bucket.reads).containsExactly(
        new MemoryBucket.Read(BUCKET, KEY, "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY"));
    JsonNode line = logLines().get(0);
    assertThat(line.path("key").asText()).isEqualTo(KEY);
    assertThat(line.path("requestId").asText()).isEqualTo("req-1");
    assertThat(line.path("function").asText()).isEqualTo("ingest");
    assertThat(line.path("durationMs").isIntegralNumber()).isTrue();
  }

  @Test
  void theSameEventTwiceChangesNothingTheSecondTime() throws IOException {
    bucket.put(BUCKET, KEY, seed());

    handler.handleRequest(event(), context());
    int articles = store.articles.size();
    int rejections = store.rejections.size();
    String second = handler.handleRequest(event(), context());

    assertThat(logLines()).extracting(l -> l.path("outcome").asText()).last().isEqualTo("DUPLICATE");
    assertThat(second).contains("duplicate=1");
    assertThat(store.articles).hasSize(articles);
    assertThat(store.rejections).hasSize(rejections);
    assertThat(articles + rejections).isEqualTo(1);
  }

  @Test
  void garbageBytesAreRejectedWithAReasonNotThrown() throws IOException {
    byte[] garbage = new byte[4096];
    new Random(7).nextBytes(garbage);
    bucket.put(BUCKET, KEY, garbage);

    String summary = handler.handleRequest(event(), context());

    assertThat(summary).contains("rejected=1");
    JsonNode line = logLines().get(0);
    assertThat(line.path("outcome").asText()).isEqualTo("REJECTED");
    assertThat(line.path("reason").asText()).isNotBlank();
    assertThat(store.rejections).singleElement()
        .satisfies(r -> assertThat(r.source().key()).isEqualTo(KEY))
        .satisfies(r -> assertThat(r.reason()).isEqualTo(line.path("reason").asText()));
    assertThat(store.articles).isEmpty();
  }

  @Test
  void aDeletedObjectIsARejectionNotARetry() throws IOException {
    String summary = handler.handleRequest(event(), context());

    assertThat(summary).contains("rejected=1");
    assertThat(logLines().get(0).path("reason").asText()).isEqualTo("missing");
  }

  @Test
  void aTransientFailureEscapesAfterTheOtherRecordsRan() throws IOException {
    bucket.put(BUCKET, "incoming/second.txt", seed());
    bucket.failures.put(BUCKET + "/" + KEY, new IOException("connection reset"));

    assertThatThrownBy(() -> handler.handleRequest(twoRecordEvent("incoming/second.txt"), context()))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("connection reset");

    List<JsonNode> lines = logLines();
    assertThat(lines).extracting(l -> l.path("outcome").asText()).first().isEqualTo("RETRY");
    assertThat(lines.get(0).path("level").asText()).isEqualTo("ERROR");
    assertThat(lines.get(1).path("key").asText()).isEqualTo("incoming/second.txt");
    assertThat(lines.get(1).path("outcome").asText()).isIn("STORED", "REJECTED");
    assertThat(metrics().path("Failed").asInt()).isEqualTo(1);
  }

  @Test
  void aStoreOutageEscapesSoTheEventIsRetried() throws IOException {
    bucket.put(BUCKET, KEY, seed());
    store.failure = SdkClientException.create("Unable to execute HTTP request: connect timed out");

    assertThatThrownBy(() -> handler.handleRequest(event(), context())).isSameAs(store.failure);

    assertThat(logLines().get(0).path("outcome").asText()).isEqualTo("RETRY");
    assertThat(metrics().path("Failed").asInt()).isEqualTo(1);
  }

  @Test
  void anUnexpectedFailureIsLoggedNotThrown() throws IOException {
    bucket.put(BUCKET, KEY, seed());
    store.failure = new IllegalStateException("store bug");

    String summary = handler.handleRequest(event(), context());

    assertThat(summary).contains("failed=1");
    JsonNode line = logLines().get(0);
    assertThat(line.path("outcome").asText()).isEqualTo("FAILED");
    assertThat(line.path("error").asText()).isEqualTo(IllegalStateException.class.getName());
    assertThat(metrics().path("Failed").asInt()).isEqualTo(1);
  }

  @Test
  void publishesOneMetricsLinePerInvocationInEmbeddedMetricFormat() throws IOException {
    bucket.put(BUCKET, KEY, new byte[0]);

    handler.handleRequest(event(), context());

    JsonNode emf = metrics();
    JsonNode directive = emf.path("_aws").path("CloudWatchMetrics").get(0);
    assertThat(directive.path("Namespace").asText()).isEqualTo("Newsdesk");
    assertThat(directive.path("Dimensions").toString()).isEqualTo("[[\"Function\"]]");
    assertThat(directive.path("Metrics").findValuesAsText("Name"))
        .containsExactly("Stored", "Updated", "Duplicate", "Rejected", "Failed", "DurationMs");
    assertThat(directive.path("Metrics").findValuesAsText("Unit"))
        .containsExactly("Count", "Count", "Count", "Count", "Count", "Milliseconds");
    assertThat(emf.path("_aws").path("Timestamp").asLong())
        .isEqualTo(Instant.parse("2026-11-28T10:00:00Z").toEpochMilli());
    assertThat(emf.path("Function").asText()).isEqualTo("ingest");
    assertThat(emf.path("Rejected").asInt()).isEqualTo(1);
    assertThat(emf.path("Stored").asInt()).isZero();
  }

  static byte[] seed() throws IOException {
    return Files.readAllBytes(ROOT.resolve("../shared/seed/000_2bbcad7a53690741.txt"));
  }

  static S3Event event() throws IOException {
    return deserialize(Files.readAllBytes(ROOT.resolve("events/s3-put.json")));
  }

  /** events/s3-put.json with a second record for another key, as S3 may batch them. */
  static S3Event twoRecordEvent(String secondKey) throws IOException {
    ObjectNode event = (ObjectNode) JSON.readTree(ROOT.resolve("events/s3-put.json").toFile());
    ArrayNode records = (ArrayNode) event.get("Records");
    ObjectNode second = records.get(0).deepCopy();
    ((ObjectNode) second.path("s3").path("object")).put("key", secondKey).remove("versionId");
    records.add(second);
    return deserialize(JSON.writeValueAsBytes(event));
  }

  /** Exactly how the Lambda Java runtime turns the notification into an S3Event. */
  static S3Event deserialize(byte[] json) {
    return LambdaEventSerializers.serializerFor(S3Event.class, S3Event.class.getClassLoader())
        .fromJson(new ByteArrayInputStream(json));
  }

  static Context context() {
    return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getAwsRequestId" -> "req-1";
          case "getRemainingTimeInMillis" -> 30_000;
          default -> null;
        });
  }

  List<JsonNode> logLines() throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (JsonNode line : allLines()) {
      if (!line.has("_aws")) {
        lines.add(line);
      }
    }
    return lines;
  }

  JsonNode metrics() throws IOException {
    List<JsonNode> emf = allLines().stream().filter(l -> l.has("_aws")).toList();
    assertThat(emf).as("one EMF line per invocation").hasSize(1);
    return emf.get(0);
  }

  private List<JsonNode> allLines() throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String text : output.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!text.isBlank()) {
        lines.add(JSON.readTree(text));
      }
    }
    return lines;
  }
}
