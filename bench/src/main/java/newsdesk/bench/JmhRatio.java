package newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JMH JSON result ({@code -rf json}) of {@link ExtractionBenchmark} and prints each score
 * and the ratio extract / jsoupParse, the figure {@code docs/evaluation.md} quotes: JMH itself
 * prints only per-operation times.
 */
public final class JmhRatio {

  private JmhRatio() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JmhRatio RESULT.json");
      System.exit(2);
    }
    try {
      System.out.print(summary(new ObjectMapper().readTree(Path.of(args[0]).toFile())));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage() + " in " + args[0]);
      System.exit(1);
    }
  }

  /** One line per benchmark, then the ratio; fails when either benchmark is missing from the result. */
  static String summary(JsonNode result) {
    Map<String, JsonNode> metrics = new LinkedHashMap<>();
    for (JsonNode run : result) {
      String name = run.path("benchmark").asText();
      metrics.put(name.substring(name.lastIndexOf('.') + 1), run.path("primaryMetric"));
    }
    JsonNode parse = metrics.get("jsoupParse");
    JsonNode extract = metrics.get("extract");
    if (parse == null || extract == null) {
      throw new IllegalArgumentException("need both extract and jsoupParse results");
    }
    StringBuilder out = new StringBuilder();
    metrics.forEach((name, m) -> out.append(String.format(Locale.ROOT, "%-12s %10.3f ± %.3f %s%n", name,
        m.path("score").asDouble(), m.path("scoreError").asDouble(), m.path("scoreUnit").asText())));
    out.append(String.format(Locale.ROOT, "extract / jsoupParse = %.3f%n",
        extract.path("score").asDouble() / parse.path("score").asDouble()));
    return out.toString();
  }
}
