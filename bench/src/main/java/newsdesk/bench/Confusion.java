package newsdesk.bench;

/**
 * Segment counts as trafilatura publishes them, summed over a corpus: {@code tp} "with" segments
 * found, {@code fn} "with" missing, {@code fp} "without" found, {@code tn} "without" missing.
 * Scores are 0 when their denominator is empty, as in trafilatura's own scorer, so an extractor
 * that returns nothing scores F1 0 rather than an undefined value.
 */
public record Confusion(long tp, long fn, long fp, long tn) {

  public static final Confusion ZERO = new Confusion(0, 0, 0, 0);

  public Confusion plus(Confusion o) {
    return new Confusion(tp + o.tp, fn + o.fn, fp + o.fp, tn + o.tn);
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    long denominator = 2 * tp + fp + fn;
    return denominator == 0 ? 0 : 2.0 * tp / denominator;
  }

  public double accuracy() {
    long total = tp + fn + fp + tn;
    return total == 0 ? 0 : (double) (tp + tn) / total;
  }
}
