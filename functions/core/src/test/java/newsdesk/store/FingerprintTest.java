package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.extract.SharedFolder;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

/** Invented texts: a wire story, a lightly edited syndicated copy, and another story on the same topic. */
class FingerprintTest {

  static final String WIRE = ArticleFixtures.WIRE_STORY;
  static final String COPY = ArticleFixtures.WIRE_COPY;
  static final String SAME_TOPIC = ArticleFixtures.SAME_TOPIC_STORY;

  @Test
  void aLightlyEditedCopyIsNearAndSharesABand() {
    assertThat(Fingerprint.similarity(WIRE, COPY)).isGreaterThanOrEqualTo(Fingerprint.NEAR);
    assertThat(Fingerprint.bands(WIRE)).hasSize(4).containsAnyElementsOf(Fingerprint.bands(COPY));
  }

  @Test
  void anotherStoryOnTheSameTopicIsFarAndSharesNoBand() {
    assertThat(Fingerprint.similarity(WIRE, SAME_TOPIC)).isLessThan(0.1);
    assertThat(Fingerprint.bands(WIRE)).doesNotContainAnyElementsOf(Fingerprint.bands(SAME_TOPIC));
  }

  @Test
  void shortTextsAreNotCompared() {
    assertThat(Fingerprint.bands("Breaking: the bridge is closed.")).isEmpty();
    assertThat(Fingerprint.bands(null)).isEmpty();
    assertThat(Fingerprint.similarity("Breaking: the bridge is closed.", "Breaking: the bridge is closed.")).isZero();
  }

  @Test
  void caseAndPunctuationDoNotMatter() {
    assertThat(Fingerprint.bands(WIRE.toUpperCase().replace(",", ";"))).isEqualTo(Fingerprint.bands(WIRE));
    assertThat(Fingerprint.similarity(WIRE, WIRE.toUpperCase())).isEqualTo(1.0);
  }

  /**
   * Band keys are stored: a new version must give every text the keys the last one gave it, or
   * copies of stories stored before would no longer be found. The reference is the implementation
   * before round 9 (joined and re-encoded shingles, no memo), held to on seeded random texts
   * (vocabularies from ASCII to astral letters, lone surrogates, digits) and the shared seed.
   */
  @Test
  void bandsAndSimilarityAreThoseOfTheImplementationTheyReplace() throws IOException {
    List<String> texts = new ArrayList<>(List.of(WIRE, COPY, SAME_TOPIC, WIRE.toUpperCase(Locale.ROOT), ""));
    Path seed = SharedFolder.root().resolve("seed/000_2bbcad7a53690741.txt");
    if (Files.isRegularFile(seed)) {
      texts.add(Files.readString(seed, StandardCharsets.UTF_8));
    }
    RandomInputs random = RandomInputs.seeded(20261129L);
    for (RandomInputs.Sample<String> sample : random.samples(400, texts, r -> {
      List<String> vocabulary = r.listOf(3, 80, () -> r.chance(0.7)
          ? r.string("abcdefghijklmnopqrstuvwxyzéßçøДжЖΟΔΣσς0123456789²½Ⅻİ", 1, 9)
          : r.anyString(6));
      StringBuilder text = new StringBuilder();
      int words = r.intBetween(0, 400);
      for (int i = 0; i < words; i++) {
        text.append(r.oneOf(vocabulary)).append(r.oneOf(" ", " ", ", ", ".\n", "\t", "—"));
      }
      return text.toString();
    })) {
      String text = sample.value();
      assertThat(Fingerprint.bands(text)).as(sample.toString()).isEqualTo(Reference.bands(text));
      // Asked again (the memo) and after another text, the same keys.
      assertThat(Fingerprint.bands(text)).as(sample.toString()).isEqualTo(Reference.bands(text));
      assertThat(Fingerprint.similarity(text, WIRE)).as(sample.toString()).isEqualTo(Reference.similarity(text, WIRE));
    }
  }

  @Test
  void wordsAreTheMatchesOfTheLetterOrNumberPattern() {
    Pattern word = Pattern.compile("[\\p{L}\\p{N}]+");
    RandomInputs random = RandomInputs.seeded(20261130L);
    for (RandomInputs.Sample<String> sample : random.samples(3000,
        List.of("", "a", " a1 ", "ΟΔΟΣ.Α", "x\ud800y\udc00z", "\ud835\udc00\ud835\udc01 ²½ Ⅻ"), r -> r.anyString(60))) {
      List<String> expected = new ArrayList<>();
      Matcher m = word.matcher(sample.value());
      while (m.find()) {
        expected.add(m.group());
      }
      assertThat(Fingerprint.words(sample.value())).as(sample.toString()).isEqualTo(expected);
    }
  }

  /** Fingerprint as it was before round 9, kept as the reference its keys must not drift from. */
  private static final class Reference {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = seeds();

    static List<String> bands(String text) {
      Set<Long> shingles = shingles(text);
      if (shingles.isEmpty()) {
        return List.of();
      }
      List<String> bands = new ArrayList<>();
      for (int band = 0; band < 4; band++) {
        long key = 0;
        for (int row = 0; row < 2; row++) {
          long seed = SEEDS[band * 2 + row];
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

    static double similarity(String a, String b) {
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
      if (words.size() < 50) {
        return Set.of();
      }
      MessageDigest md5;
      try {
        md5 = MessageDigest.getInstance("MD5");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      Set<Long> shingles = new HashSet<>();
      for (int i = 0; i + 3 <= words.size(); i++) {
        byte[] digest = md5.digest(String.join(" ", words.subList(i, i + 3)).getBytes(StandardCharsets.UTF_8));
        long h = 0;
        for (int j = 0; j < 8; j++) {
          h = (h << 8) | (digest[j] & 0xff);
        }
        shingles.add(h);
      }
      return shingles;
    }

    private static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      return z ^ (z >>> 31);
    }

    private static long[] seeds() {
      long[] seeds = new long[8];
      long state = 0x6e657773646573L;
      for (int i = 0; i < seeds.length; i++) {
        state += 0x9e3779b97f4a7c15L;
        seeds[i] = mix(state);
      }
      return seeds;
    }
  }
}
