package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

/** A guard may let through more elements than its query matches, never fewer. */
class QueryTest {

  private static final List<String> WORDS = List.of("date", "byline", "info", "meta", "author", "time", "k", "ki", "i");

  @Test
  void containsIgnoringCaseHoldsWhereverTheLowerCasedValueContainsTheWord() {
    RandomInputs random = RandomInputs.seeded(9L);
    List<String> pieces = List.of("d", "D", "a", "A", "t", "T", "e", "E", "i", "I", "n", "N", "f", "F", "o", "O", "k", "K",
        "\u212a", "\u0130", "\u0131", "\u017f", "m", "-", "_", " ", "byline", "BYLINE", "Meta", "auThor", "éÉ", "ß");
    int hits = 0;
    for (var sample : random.samples(50000, r -> String.join("", r.listOf(0, 12, () -> r.oneOf(pieces))))) {
      String value = sample.value();
      for (String w : WORDS) {
        boolean old = value.toLowerCase(Locale.ROOT).contains(w);
        boolean guard = Query.containsIgnoringCase(value, w);
        if (old) {
          hits++;
          assertThat(guard).as(sample + " " + w).isTrue();
        }
        assertThat(guard).as(sample + " " + w).isEqualTo(old || !value.chars().allMatch(c -> c < 0x80) && guard);
      }
    }
    assertThat(hits).isGreaterThan(10000);
  }
}
