package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

/** Facet keys: NFKC without the JDK's normalizer for ASCII, spaces collapsed without a regex, the same keys as with them. */
class FacetTest {

  @Test
  void theKeyIsTheNormalizersNfkcForAsciiAndForAnyOtherText() {
    StringBuilder everyAscii = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      everyAscii.append(c);
    }
    RandomInputs random = RandomInputs.seeded(20261128L);
    List<RandomInputs.Sample<String>> samples = random.samples(2000,
        List.of("", everyAscii.toString(), "ﬁ", "Ｒｅｕｔｅｒｓ", "e\u0301", "\u00c5ngstr\u00f6m"),
        r -> r.chance(0.5) ? r.string((char) 0, (char) 0x7f, 0, 40) : r.anyString(40));
    for (RandomInputs.Sample<String> sample : samples) {
      assertThat(Facet.nfkc(sample.value())).as(sample.toString())
          .isEqualTo(Normalizer.normalize(sample.value(), Normalizer.Form.NFKC));
    }
  }

  @Test
  void spaceAndControlRunsCollapseAsTheRegexDid() {
    RandomInputs random = RandomInputs.seeded(20261129L);
    List<RandomInputs.Sample<String>> samples = random.samples(3000,
        List.of("", " ", "\u0000", "\u007f", " a ", "a\t\n b", "\u00a0a\u2003b\u0085", "Reuters", "x\u001f\u0020\u007fy  "),
        r -> r.chance(0.5) ? r.string(" \t\n\u000b\f\r\u0000\u001f\u007f\u0080\u00a0\u2028ab", 0, 30) : r.anyString(40));
    for (RandomInputs.Sample<String> sample : samples) {
      assertThat(Facet.collapseSpace(sample.value())).as(sample.toString())
          .isEqualTo(sample.value().replaceAll("[\\s\\p{Cntrl}]+", " ").trim());
    }
  }

  @Test
  void aFullWidthNameAndItsAsciiSpellingAreOneFacet() {
    assertThat(Facet.of(Facet.Kind.PUBLISHER, "Ｒｅｕｔｅｒｓ").id())
        .isEqualTo(Facet.of(Facet.Kind.PUBLISHER, "Reuters").id())
        .isEqualTo("publisher#reuters");
  }
}
