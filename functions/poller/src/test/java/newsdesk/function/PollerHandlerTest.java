package newsdesk.function;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import newsdesk.aws.telemetry.Telemetry;
import newsdesk.feed.Feed;
import newsdesk.feed.FeedStore;
import newsdesk.feed.Poller;
import org.junit.jupiter.api.Test;

/**
 * Drives {@link PollerHandler} with {@code events/scheduled.json}, deserialized by the Lambda
 * runtime's own serializer, over a feed registry in memory.
 */
class PollerHandlerTest {

  static final Path ROOT = Path.of(System.getProperty("newsdesk.root", "../.."));
  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  final List<Feed> feeds = new ArrayList<>();
  final List<Instant> dueQueries = new ArrayList<>();
  final ByteArrayOutputStream output = new ByteArrayOutputStream();
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final PollerHandler handler = new PollerHandler(new Poller(new Registry(), clock), clock,
      new Telemetry("poller", new PrintStream(output, true, StandardCharsets.UTF_8), clock));

  @Test
  void runsOnePassOverTheDueFeeds() throws IOException {
    feeds.add(feed("a", "2026-11-28T09:45:00Z"));
    feeds.add(feed("b", "2026-11-28T09:59:59Z"));
    feeds.add(feed("later", "2026-11-28T10:15:00Z"));

    String report = handler.handleRequest(event(), context(60_000));

    assertThat(report).isEqualTo("due=2 polled=0 failed=0");
    assertThat(dueQueries).containsExactly(NOW);
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
    feeds.add(feed("a", "2026-11-28T09:45:00Z"));

    String report = handler.handleRequest(event(), context(0));

    assertThat(report).isEqualTo("due=0 polled=0 failed=0");
    assertThat(dueQueries).isEmpty();
  }

  @Test
  void logsTheRunAndPublishesItsCounts() throws IOException {
    feeds.add(feed("a", "2026-11-28T09:45:00Z"));

    handler.handleRequest(event(), context(60_000));

    List<JsonNode> lines = output.toString(StandardCharsets.UTF_8).lines().map(PollerHandlerTest::parse).toList();
    assertThat(lines).hasSize(2);
    JsonNode log = lines.get(0);
    assertThat(log.path("requestId").asText()).isEqualTo("req-3");
    assertThat(log.path("scheduledAt").asText()).startsWith("2026-11-28T10:00:00");
    assertThat(Instant.parse(log.path("deadline").asText())).isEqualTo(NOW.plusSeconds(50));
    assertThat(log.path("due").asInt()).isEqualTo(1);
    JsonNode emf = lines.get(1);
    JsonNode directive = emf.path("_aws").path("CloudWatchMetrics").get(0);
    assertThat(directive.path("Namespace").asText()).isEqualTo("Newsdesk");
    assertThat(directive.path("Dimensions").toString()).isEqualTo("[[\"Function\"]]");
    assertThat(directive.path("Metrics").findValuesAsText("Name"))
        .containsExactly("Due", "Polled", "Failed", "DurationMs");
    assertThat(emf.path("Function").asText()).isEqualTo("poller");
    assertThat(emf.path("Due").asInt()).isEqualTo(1);
  }

  static ScheduledEvent event() throws IOException {
    try (InputStream in = Files.newInputStream(ROOT.resolve("events/scheduled.json"))) {
      return LambdaEventSerializers.serializerFor(ScheduledEvent.class, ScheduledEvent.class.getClassLoader())
          .fromJson(in);
    }
  }

  static Context context(int remainingMillis) {
    return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getAwsRequestId" -> "req-3";
          case "getRemainingTimeInMillis" -> remainingMillis;
          default -> null;
        });
  }

  static Feed feed(String id, String nextPoll) {
    return new Feed(id, "https://example.com/" + id + ".xml", id, null, null, null, nextPoll, 0, null, null);
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not a JSON line: " + line, e);
    }
  }

  /** The feed registry in memory; records when the poller asked what is due. */
  final class Registry implements FeedStore {
    @Override
    public List<Feed> due(Instant now, int limit) {
      dueQueries.add(now);
      return feeds.stream().filter(f -> f.disabledReason() == null && !Instant.parse(f.nextPoll()).isAfter(now))
          .sorted(Comparator.comparing(Feed::nextPoll)).limit(limit).toList();
    }

    @Override
    public List<Feed> all() {
      return feeds.stream().sorted(Comparator.comparing(Feed::id)).toList();
    }

    @Override
    public Optional<Feed> feed(String id) {
      return feeds.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    @Override
    public void put(Feed feed) {
      remove(feed.id());
      feeds.add(feed);
    }

    @Override
    public void remove(String id) {
      feeds.removeIf(f -> f.id().equals(id));
    }
  }
}
