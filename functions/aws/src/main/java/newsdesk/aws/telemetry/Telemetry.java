package newsdesk.aws.telemetry;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.article.PlainJson;

/**
 * What a function tells the outside world about each event: one structured JSON log line and one
 * CloudWatch Embedded Metric Format (EMF) line, both on a {@link PrintStream} (stdout in Lambda,
 * where the runtime forwards lines that are already JSON unchanged and CloudWatch turns EMF lines
 * into metrics without any API call). Small on purpose: no logging framework to load at cold start,
 * and nothing captured at init that a SnapStart snapshot would freeze (the clock is read per line).
 */
public final class Telemetry {

  /** The CloudWatch namespace of every metric the functions publish. */
  public static final String NAMESPACE = "Newsdesk";

  /** The dimension every metric carries, so one function's numbers never mix with another's. */
  public static final String FUNCTION_DIMENSION = "Function";

  private final String function;
  private final PrintStream out;
  private final Clock clock;

  public Telemetry(String function, PrintStream out, Clock clock) {
    this.function = function;
    this.out = out;
    this.clock = clock;
  }

  /** Telemetry on stdout with the system clock: what the deployed functions use. */
  public static Telemetry toStdout(String function) {
    return new Telemetry(function, System.out, Clock.systemUTC());
  }

  /** Milliseconds elapsed since {@code startNanos}, a {@link System#nanoTime()} reading. */
  public static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000L;
  }

  /**
   * Writes one log line: {@code timestamp}, {@code level}, {@code function}, {@code message}, then
   * {@code fields} in their iteration order. Null field values are left out rather than printed as
   * null, so a query on a field finds only lines where it was known.
   */
  public void log(String level, String message, Map<String, ?> fields) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("timestamp", clock.instant().toString());
    line.put("level", level);
    line.put("function", function);
    line.put("message", message);
    for (Map.Entry<String, ?> field : fields.entrySet()) {
      if (field.getValue() != null) {
        line.put(field.getKey(), field.getValue());
      }
    }
    print(line);
  }

  /**
   * Writes one EMF line publishing {@code metrics} in namespace {@value #NAMESPACE}. Every metric
   * is published per {@value #FUNCTION_DIMENSION}; when {@code dimensions} names more (an API
   * route), a second dimension set adds them, so both the per-function total and the finer
   * breakdown exist as series.
   */
  public void metrics(Map<String, String> dimensions, List<Metric> metrics) {
    List<List<String>> dimensionSets = new ArrayList<>();
    dimensionSets.add(List.of(FUNCTION_DIMENSION));
    if (!dimensions.isEmpty()) {
      List<String> finer = new ArrayList<>();
      finer.add(FUNCTION_DIMENSION);
      finer.addAll(dimensions.keySet());
      dimensionSets.add(finer);
    }
    List<Map<String, String>> definitions = new ArrayList<>();
    for (Metric metric : metrics) {
      definitions.add(Map.of("Name", metric.name(), "Unit", metric.unit().cloudWatchName()));
    }
    Map<String, Object> directive = new LinkedHashMap<>();
    directive.put("Namespace", NAMESPACE);
    directive.put("Dimensions", dimensionSets);
    directive.put("Metrics", definitions);
    Map<String, Object> aws = new LinkedHashMap<>();
    aws.put("Timestamp", clock.millis());
    aws.put("CloudWatchMetrics", List.of(directive));

    Map<String, Object> line = new LinkedHashMap<>();
    line.put("_aws", aws);
    line.put(FUNCTION_DIMENSION, function);
    line.putAll(dimensions);
    for (Metric metric : metrics) {
      // Whole numbers print as integers: counts and millisecond timings read better that way.
      double value = metric.value();
      line.put(metric.name(), value == Math.rint(value) ? (Object) (long) value : (Object) value);
    }
    print(line);
  }

  private void print(Map<String, Object> line) {
    // Plain values only, written with Jackson's streaming core: no ObjectMapper for a log line.
    // One println per line: PrintStream serialises it, so concurrent lines never interleave.
    out.println(PlainJson.write(line));
  }
}
