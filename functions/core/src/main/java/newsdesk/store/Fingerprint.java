package newsdesk.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story's text as the set of its word 3-shingles, with a MinHash signature cut into
 * {@value #BANDS} band keys: a wire story and a syndicated copy with a dateline, a trimmed
 * paragraph or an added credit share most shingles, while two different stories on the same topic
 * share words but hardly any word sequences. Stores keep one entry per band, so the candidates of
 * a new story are those sharing a band (found without comparing against every article); a
 * candidate is a near-duplicate when the exact {@link #similarity} of the two texts' shingle sets
 * (Jaccard) is at least {@value #NEAR}. With {@value #ROWS} hashes a band, a pair with
 * similarity 0.8 shares a band with probability 1 − (1 − 0.8²)⁴ ≈ 0.98, one at 0.1 with ≈ 0.04.
 */
public final class Fingerprint {

  /** Jaccard similarity of shingle sets from which two texts carry the same story. */
  public static final double NEAR = 0.5;
  /** Texts shorter than this are not compared: a few sentences match too easily. */
  public static final int MIN_WORDS = 50;
  static final int BANDS = 4;
  static final int ROWS = 2;
  private static final int SHINGLE = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final long[] SEEDS = seeds();

  private Fingerprint() {}

  /** The band keys ({@code <band>-<hex>}) of the text; empty when it has fewer than {@link #MIN_WORDS} words. */
  public static List<String> bands(String text) {
    Set<Long> shingles = shingles(text);
    if (shingles.isEmpty()) {
      return List.of();
    }
    List<String> bands = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      long key = 0;
      for (int row = 0; row < ROWS; row++) {
        long seed = SEEDS[band * ROWS + row];
        long min = Long.MAX_VALUE;
        for (long shingle : shingles) {
          min = Math.min(min, mix(shingle ^ seed));
        }
        key = key * 31 + min;
      }
      bands.add(band + "-" + Long.toHexString(mix(key)));
    }
    return bands;
  }

  /** Jaccard similarity of the two texts' shingle sets; 0 when either is too short to compare. */
  public static double similarity(String a, String b) {
    Set<Long> left = shingles(a);
    Set<Long> right = shingles(b);
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (long shingle : left) {
      if (right.contains(shingle)) {
        common++;
      }
    }
    return common / (double) (left.size() + right.size() - common);
  }

  private static Set<Long> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    if (words.size() < MIN_WORDS) {
      return Set.of();
    }
    MessageDigest md5 = md5();
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      byte[] digest = md5.digest(String.join(" ", words.subList(i, i + SHINGLE)).getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int j = 0; j < 8; j++) {
        h = (h << 8) | (digest[j] & 0xff);
      }
      shingles.add(h);
    }
    return shingles;
  }

  /** SplitMix64's finalizer: a cheap permutation of 64-bit values, one per seed, for MinHash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  // Fixed seeds: band keys must be the same in every process and every version that stored them.
  private static long[] seeds() {
    long[] seeds = new long[BANDS * ROWS];
    long state = 0x6e657773646573L;
    for (int i = 0; i < seeds.length; i++) {
      state += 0x9e3779b97f4a7c15L;
      seeds[i] = mix(state);
    }
    return seeds;
  }

  // MD5 here is a well-mixed hash of a shingle, not a security measure.
  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }
}
