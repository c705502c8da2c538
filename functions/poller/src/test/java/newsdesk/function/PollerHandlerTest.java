package newsdesk.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsdesk.aws.DynamoFeedStore;
import newsdesk.aws.telemetry.Telemetry;
import newsdesk.emulator.Dynalite;
import newsdesk.emulator.S3rver;
import newsdesk.feed.Feed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives {@link PollerHandler}, wired as in Lambda ({@link PollerHandler#fromEnvironment}), against
 * a dynalite table, with {@code events/scheduled.json} deserialized by the Lambda runtime's own
 * serializer.
 */
class PollerHandlerTest {

  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  final ByteArrayOutputStream output = new ByteArrayOutputStream();
  Map<String, String> env;
  DynamoFeedStore feeds;

  @BeforeEach
  void freshTable() {
    env = new HashMap<>(Dynalite.environment());
    env.putAll(S3rver.environment());
    env.put("TABLE_NAME", Dynalite.newTable("poller"));
    env.put("BUCKET_NAME", S3rver.newBucket("raw"));
    feeds = new DynamoFeedStore(Dynalite.client(), env.get("TABLE_NAME"));
  }

  @Test
  void runsOnePassOverTheDueFeeds() throws IOException {
    feeds.put(feed("a", "2020-01-01T00:00:00Z"));
    feeds.put(feed("b", "2021-06-01T12:00:00Z"));
    feeds.put(feed("later", "2100-01-01T00:00:00Z"));

    String report = handler().handleRequest(event(), context(60_000));

    // The feeds live on loopback, which the Lambda's fetcher refuses: polled, failed, state saved.
    assertThat(report).isEqualTo("due=2 polled=2 failed=2 archived=0");
    assertThat(feeds.feed("a").orElseThrow().lastError()).startsWith("refused-address:");
    assertThat(feeds.feed("later").orElseThrow().lastPoll()).isNull();
  }

  @Test
  void theBucketIsRequired() {
    env.remove("BUCKET_NAME");
    assertThatThrownBy(() -> PollerHandler.fromEnvironment(env)).hasMessageContaining("BUCKET_NAME");
  }

  @Test
  void theDeadlineKeepsASafetyMarginFromTheTimeout() {
    assertThat(PollerHandler.deadline(NOW, 300_000)).isEqualTo(NOW.plusSeconds(290));
    // Little time left: a quarter of it is kept back, not more than there is.
    assertThat(PollerHandler.deadline(NOW, 8_000)).isEqualTo(NOW.plusSeconds(6));
    assertThat(PollerHandler.deadline(NOW, 0)).isEqualTo(NOW);
  }

  @Test
  void noTimeLeftMeansNoWorkStarted() throws IOException {
    feeds.put(feed("a", "2020-01-01T00:00:00Z"));

    String report = handler().handleRequest(event(), context(0));

    assertThat(report).isEqualTo("due=0 polled=0 failed=0 archived=0");
  }

  @Test
  void logsTheRunAndPublishesItsCounts() throws IOException {
    feeds.put(feed("a", "2020-01-01T00:00:00Z"));
    Instant before = Instant.now();

    handler().handleRequest(event(), context(60_000));

    List<JsonNode> lines = Invocation.jsonLines(output);
    assertThat(lines).hasSize(2);
    JsonNode log = lines.get(0);
    assertThat(log.path("requestId").asText()).isEqualTo("req-3");
    assertThat(log.path("scheduledAt").asText()).startsWith("2026-11-28T10:00:00");
    assertThat(Instant.parse(log.path("deadline").asText()))
        .isBetween(before.plusSeconds(50), Instant.now().plusSeconds(50));
    assertThat(log.path("due").asInt()).isEqualTo(1);
    JsonNode emf = lines.get(1);
    JsonNode directive = emf.path("_aws").path("CloudWatchMetrics").get(0);
    assertThat(directive.path("Namespace").asText()).isEqualTo("Newsdesk");
    assertThat(directive.path("Dimensions").toString()).isEqualTo("[[\"Function\"]]");
    assertThat(directive.path("Metrics").findValuesAsText("Name"))
        .containsExactly("Due", "Polled", "Failed", "Deferred", "Archived", "Dispatched", "DurationMs");
    assertThat(emf.path("Function").asText()).isEqualTo("poller");
    assertThat(emf.path("Due").asInt()).isEqualTo(1);
  }

  @Test
  void theStreamLambdaInvokesRunsAndLogsAsTheTypedHandler() throws IOException {
    // The Lambda runtime takes a RequestStreamHandler's stream signature before the typed one.
    assertThat(handler()).isInstanceOf(RequestStreamHandler.class);
    feeds.put(feed("a", "2020-01-01T00:00:00Z"));
    String typed = handler().handleRequest(event(), context(60_000));
    List<JsonNode> typedLines = Invocation.jsonLines(output);
    output.reset();
    feeds.put(feed("a", "2020-01-01T00:00:00Z"));

    JsonNode streamed = Invocation.stream(handler(), Invocation.eventBytes("scheduled.json"), context(60_000));

    assertThat(streamed).isEqualTo(Invocation.runtimeJson(typed, String.class));
    List<JsonNode> streamedLines = Invocation.jsonLines(output);
    assertThat(streamedLines).hasSameSizeAs(typedLines);
    for (int i = 0; i < typedLines.size(); i++) {
      assertThat(withoutTimings(streamedLines.get(i))).isEqualTo(withoutTimings(typedLines.get(i)));
    }
    assertThat(streamedLines.get(0).path("scheduledAt").asText()).isEqualTo("2026-11-28T10:00:00Z");
  }

  static JsonNode withoutTimings(JsonNode line) {
    ObjectNode copy = line.deepCopy();
    copy.remove(List.of("timestamp", "deadline", "durationMs", "DurationMs"));
    copy.withObject("/_aws").remove("Timestamp");
    return copy;
  }

  PollerHandler handler() {
    return new PollerHandler(PollerHandler.fromEnvironment(env), Clock.systemUTC(),
        new Telemetry("poller", new PrintStream(output, true, StandardCharsets.UTF_8), Clock.systemUTC()));
  }

  static ScheduledEvent event() throws IOException {
    return Invocation.event("scheduled.json", ScheduledEvent.class);
  }

  static Context context(int remainingMillis) {
    return Invocation.context("req-3", remainingMillis);
  }

  static Feed feed(String id, String nextPoll) {
    // Loopback: refused by the Lambda's fetcher before any connection, so no test reaches a network.
    return new Feed(id, "http://127.0.0.1:9/" + id + ".xml", id, null, null, null, nextPoll, 0, null, null);
  }
}
