package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

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
}
