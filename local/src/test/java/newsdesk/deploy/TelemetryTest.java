package newsdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.aws.telemetry.Metric;
import newsdesk.aws.telemetry.Telemetry;
import org.junit.jupiter.api.Test;

/**
 * Holds the telemetry lines to what CloudWatch accepts once deployed: each line one JSON object,
 * and each metrics line a valid Embedded Metric Format document (every declared metric and
 * dimension present as a top-level member of the right kind, within CloudWatch's limits), since
 * CloudWatch drops an invalid EMF line silently.
 */
class TelemetryTest {

  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  final ByteArrayOutputStream output = new ByteArrayOutputStream();
  final Telemetry telemetry = new Telemetry("ingest", new PrintStream(output, true, StandardCharsets.UTF_8),
      Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aLogLineIsOneJsonObjectWithoutNullFields() throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("key", "incoming/a \"quoted\"\nname.txt");
    fields.put("articleId", null);
    fields.put("durationMs", 12L);

    telemetry.log("INFO", "ingested", fields);

    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(1);
    JsonNode line = lines.get(0);
    assertThat(line.path("timestamp").asText()).isEqualTo("2026-11-28T10:00:00Z");
    assertThat(line.path("level").asText()).isEqualTo("INFO");
    assertThat(line.path("function").asText()).isEqualTo("ingest");
    assertThat(line.path("message").asText()).isEqualTo("ingested");
    assertThat(line.path("key").asText()).isEqualTo("incoming/a \"quoted\"\nname.txt");
    assertThat(line.has("articleId")).isFalse();
    assertThat(line.path("durationMs").asLong()).isEqualTo(12);
  }

  @Test
  void aMetricsLineIsValidEmbeddedMetricFormat() throws IOException {
    telemetry.metrics(Map.of("Route", "GET /articles"), List.of(
        Metric.count("Requests", 1), Metric.count("Status5xx", 0), Metric.milliseconds("DurationMs", 42)));

    JsonNode emf = lines().get(0);
    JsonNode aws = emf.path("_aws");
    assertThat(aws.path("Timestamp").isIntegralNumber()).isTrue();
    assertThat(aws.path("Timestamp").asLong()).isEqualTo(NOW.toEpochMilli());
    assertThat(aws.path("CloudWatchMetrics")).hasSize(1);
    JsonNode directive = aws.path("CloudWatchMetrics").get(0);
    assertThat(directive.path("Namespace").asText()).isEqualTo("Newsdesk");

    assertThat(directive.path("Metrics").size()).isBetween(1, 100);
    for (JsonNode metric : directive.path("Metrics")) {
      assertThat(metric.path("Unit").asText()).isIn("Count", "Milliseconds");
      assertThat(emf.path(metric.path("Name").asText()).isNumber()).as(metric.toString()).isTrue();
    }
    assertThat(emf.path("DurationMs").asLong()).isEqualTo(42);

    assertThat(directive.path("Dimensions").toString()).isEqualTo("[[\"Function\"],[\"Function\",\"Route\"]]");
    for (JsonNode set : directive.path("Dimensions")) {
      assertThat(set.size()).isBetween(1, 30);
      for (JsonNode dimension : set) {
        assertThat(emf.path(dimension.asText()).isTextual()).as(dimension.asText()).isTrue();
      }
    }
    assertThat(emf.path("Function").asText()).isEqualTo("ingest");
    assertThat(emf.path("Route").asText()).isEqualTo("GET /articles");
  }

  @Test
  void withoutExtraDimensionsEveryMetricIsPerFunction() throws IOException {
    telemetry.metrics(Map.of(), List.of(Metric.count("Stored", 2)));

    JsonNode directive = lines().get(0).path("_aws").path("CloudWatchMetrics").get(0);
    assertThat(directive.path("Dimensions").toString()).isEqualTo("[[\"Function\"]]");
  }

  List<JsonNode> lines() throws IOException {
    String text = output.toString(StandardCharsets.UTF_8);
    assertThat(text).endsWith(System.lineSeparator());
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : text.split("\\R")) {
      lines.add(json.readTree(line));
    }
    return lines;
  }
}
