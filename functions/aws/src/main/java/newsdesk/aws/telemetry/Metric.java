package newsdesk.aws.telemetry;

/**
 * One CloudWatch metric value as written into an Embedded Metric Format line: a name, a unit that
 * CloudWatch understands, and the value observed for one invocation. The factory methods fix the
 * unit so that call sites cannot publish the same metric under two units (CloudWatch would keep
 * them as two series).
 */
public record Metric(String name, Unit unit, double value) {

  /** The subset of CloudWatch units the functions use. */
  public enum Unit {
    COUNT("Count"),
    MILLISECONDS("Milliseconds");

    private final String cloudWatchName;

    Unit(String cloudWatchName) {
      this.cloudWatchName = cloudWatchName;
    }

    /** The spelling CloudWatch expects in {@code Metrics[].Unit}. */
    public String cloudWatchName() {
      return cloudWatchName;
    }
  }

  public static Metric count(String name, long value) {
    return new Metric(name, Unit.COUNT, value);
  }

  public static Metric milliseconds(String name, long value) {
    return new Metric(name, Unit.MILLISECONDS, value);
  }
}
