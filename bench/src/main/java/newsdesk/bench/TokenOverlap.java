package newsdesk.bench;

import java.util.Map;

/**
 * Bag-of-words overlap of an extracted text with a gold text: each word counts as often as it
 * occurs in both (the smaller of its two counts). Precision is overlap over our words, recall
 * over the gold words; F1 is {@code 2·overlap / (ours + gold)}. Two empty texts agree (F1 1), one
 * empty text against a non-empty one scores 0.
 */
public record TokenOverlap(long overlap, long ours, long gold) {

  public static TokenOverlap of(String ourText, String goldText) {
    Map<String, Integer> ourBag = Fold.bag(ourText);
    Map<String, Integer> goldBag = Fold.bag(goldText);
    long overlap = 0;
    for (Map.Entry<String, Integer> e : ourBag.entrySet()) {
      overlap += Math.min(e.getValue(), goldBag.getOrDefault(e.getKey(), 0));
    }
    return new TokenOverlap(overlap, sum(ourBag), sum(goldBag));
  }

  private static long sum(Map<String, Integer> bag) {
    long n = 0;
    for (int c : bag.values()) {
      n += c;
    }
    return n;
  }

  public double precision() {
    return ours == 0 ? (gold == 0 ? 1 : 0) : (double) overlap / ours;
  }

  public double recall() {
    return gold == 0 ? (ours == 0 ? 1 : 0) : (double) overlap / gold;
  }

  public double f1() {
    return ours + gold == 0 ? 1 : 2.0 * overlap / (ours + gold);
  }
}
