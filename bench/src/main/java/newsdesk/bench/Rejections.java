package newsdesk.bench;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages an extractor did not turn into articles: how many per rejection code ({@code "error"}
 * for an exception, which the extractor's contract rules out), and how many of those were errors.
 * Both corpora report it, since a rejected page costs recall however well the rest scores.
 */
public record Rejections(Map<String, Integer> byReason, int errors) {

  public static final Rejections NONE = new Rejections(Map.of(), 0);

  public Rejections {
    // Sorted by code so that printed and JSON output are stable from run to run.
    byReason = Collections.unmodifiableMap(new TreeMap<>(byReason));
  }

  /** Adds one page's outcome; an article changes nothing. */
  public Rejections count(Candidate.Outcome outcome) {
    if (outcome.rejection() == null) {
      return this;
    }
    Map<String, Integer> next = new TreeMap<>(byReason);
    next.merge(outcome.rejection(), 1, Integer::sum);
    return new Rejections(next, errors + (outcome.error() == null ? 0 : 1));
  }

  public int total() {
    return byReason.values().stream().mapToInt(Integer::intValue).sum();
  }
}
