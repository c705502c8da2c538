package newsdesk.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
  private static final long[] SEEDS = seeds();

  private Fingerprint() {}

  /**
   * The last text's bands. An ingestion asks for the same text's bands twice, for the near-duplicate
   * lookup and then for the put's entries (through {@link Facet#of(newsdesk.article.Article)}), and
   * on a cold start one computation is ≈ 10–30 ms of mostly interpreted hashing on the event's path
   * (docs/cold-start.md, round 9). One entry, replaced whole: safe on any thread, holds one text.
   */
  private static volatile Banded last;

  private record Banded(String text, List<String> bands) {}

  /** The band keys ({@code <band>-<hex>}) of the text; empty when it has fewer than {@link #MIN_WORDS} words. */
  public static List<String> bands(String text) {
    Banded memo = last;
    if (memo != null && text != null && (memo.text() == text || memo.text().equals(text))) {
      return memo.bands();
    }
    List<String> bands = computeBands(text);
    if (text != null) {
      last = new Banded(text, bands);
    }
    return bands;
  }

  private static List<String> computeBands(String text) {
    long[] shingles = shingles(text);
    if (shingles.length == 0) {
      return List.of();
    }
    // One pass computing every row's minimum (the same minima as a pass per row): on a cold start
    // these loops run interpreted, where each pass over the shingles costs as much as the hashing.
    long[] min = new long[BANDS * ROWS];
    Arrays.fill(min, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < min.length; i++) {
        min[i] = Math.min(min[i], mix(shingle ^ SEEDS[i]));
      }
    }
    List<String> bands = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      long key = 0;
      for (int row = 0; row < ROWS; row++) {
        key = key * 31 + min[band * ROWS + row];
      }
      bands.add(band + "-" + Long.toHexString(mix(key)));
    }
    return List.copyOf(bands);
  }

  /** Jaccard similarity of the two texts' shingle sets; 0 when either is too short to compare. */
  public static double similarity(String a, String b) {
    long[] left = shingles(a);
    long[] right = shingles(b);
    if (left.length == 0 || right.length == 0) {
      return 0;
    }
    int common = 0;
    for (int i = 0, j = 0; i < left.length && j < right.length; ) {
      if (left[i] == right[j]) {
        common++;
        i++;
        j++;
      } else if (left[i] < right[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common / (double) (left.length + right.length - common);
  }

  /** The text's shingle hashes, sorted and each once: the set the MinHash and the Jaccard similarity are of. */
  private static long[] shingles(String text) {
    List<String> words = words(text == null ? "" : text.toLowerCase(Locale.ROOT));
    if (words.size() < MIN_WORDS) {
      return new long[0];
    }
    MessageDigest md5 = md5();
    // Each word encoded once and fed to the digest piece by piece: the same bytes as the UTF-8 of
    // the shingle's words joined by spaces (a word is whole code points, so no encoding straddles
    // a piece), without joining and encoding every word three times.
    byte[][] encoded = new byte[words.size()][];
    for (int i = 0; i < encoded.length; i++) {
      encoded[i] = words.get(i).getBytes(StandardCharsets.UTF_8);
    }
    long[] shingles = new long[words.size() - SHINGLE + 1];
    for (int i = 0; i < shingles.length; i++) {
      md5.update(encoded[i]);
      for (int j = 1; j < SHINGLE; j++) {
        md5.update((byte) ' ');
        md5.update(encoded[i + j]);
      }
      byte[] digest = md5.digest();
      long h = 0;
      for (int j = 0; j < 8; j++) {
        h = (h << 8) | (digest[j] & 0xff);
      }
      shingles[i] = h;
    }
    Arrays.sort(shingles);
    int distinct = 0;
    for (int i = 0; i < shingles.length; i++) {
      if (i == 0 || shingles[i] != shingles[distinct - 1]) {
        shingles[distinct++] = shingles[i];
      }
    }
    return Arrays.copyOf(shingles, distinct);
  }

  /**
   * The matches of {@code [\p{L}\p{N}]+} in order: maximal runs of code points whose general
   * category is a letter or a number, as the regex's predicates test them ({@link Character#getType});
   * a lone surrogate is neither. A loop, because a cold start runs the regex engine interpreted.
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (letterOrNumber(c)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      words.add(text.substring(start));
    }
    return words;
  }

  private static boolean letterOrNumber(int codePoint) {
    if (codePoint < 0x80) {
      return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')
          || (codePoint >= '0' && codePoint <= '9');
    }
    return ((1 << Character.getType(codePoint)) & LETTER_OR_NUMBER) != 0;
  }

  private static final int LETTER_OR_NUMBER = (1 << Character.UPPERCASE_LETTER) | (1 << Character.LOWERCASE_LETTER)
      | (1 << Character.TITLECASE_LETTER) | (1 << Character.MODIFIER_LETTER) | (1 << Character.OTHER_LETTER)
      | (1 << Character.DECIMAL_DIGIT_NUMBER) | (1 << Character.LETTER_NUMBER) | (1 << Character.OTHER_NUMBER);

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
