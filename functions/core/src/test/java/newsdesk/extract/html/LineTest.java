package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import newsdesk.extract.convention.Words;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

/** A line's words and lower case, worked out once, are what each rule worked out for itself. */
class LineTest {

  @Test
  void wordsUpToAnyCapAndLowerCaseAreWhatEachRuleCountedAndFolded() {
    RandomInputs random = RandomInputs.seeded(0x6c696e65L);
    for (var sample : random.samples(3_000, r -> String.join(r.oneOf(" ", "\u00a0", " — "),
        r.listOf(0, 80, () -> r.oneOf("Word", "ÜBER", "İstanbul", "ΣΑΣ", "新", "a.b", "—", "42", "\u00a0"))))) {
      String text = sample.value();
      for (int cap = 0; cap <= Line.MAX_WORDS + 10; cap++) {
        // A fresh line for each cap, and one asked every cap in turn: the first question must not change the answers.
        assertThat(new Line(text).wordsUpTo(cap)).as(sample + " cap " + cap).isEqualTo(Words.countUpTo(text, cap));
      }
      Line line = new Line(text);
      for (int cap = Line.MAX_WORDS + 10; cap >= 0; cap--) {
        assertThat(line.wordsUpTo(cap)).as(sample + " cap " + cap).isEqualTo(Words.countUpTo(text, cap));
      }
      assertThat(line.lower()).isEqualTo(text.replace('\u00a0', ' ').toLowerCase(Locale.ROOT));
    }
  }
}
