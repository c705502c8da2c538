package newsdesk.extract.convention;

import static org.assertj.core.api.Assertions.assertThat;

import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void theAsciiShortcutsAnswerAsTheUnicodeTablesForEveryCharacter() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertThat(Words.isSpace(c)).as("U+%04X", i).isEqualTo(Character.isWhitespace(c) || c == '\u00A0');
      assertThat(Words.isLetterOrDigit(c)).as("U+%04X", i).isEqualTo(Character.isLetterOrDigit(c));
    }
  }

  @Test
  void countsRandomTextAsSplittingOnSpacesWould() {
    RandomInputs random = RandomInputs.seeded(11L);
    for (var sample : random.samples(20000, r -> r.string(" \t\n\u00a0\u2003ab9,.—-é新カ", 0, 40))) {
      String s = sample.value();
      int expected = 0;
      for (String token : s.split("[\\s\u00a0\u2003]+")) {
        // A token is one word if it holds a letter or digit, plus one per ideograph or kana standing alone.
        int ideographs = (int) token.chars().filter(c -> c == '新' || c == 'カ').count();
        String rest = token.replaceAll("[新カ]", " ").strip();
        int words = 0;
        for (String piece : rest.split(" +")) {
          words += piece.chars().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
        }
        expected += ideographs + words;
      }
      assertThat(Words.count(s)).as(sample.toString()).isEqualTo(expected);
      assertThat(Words.countUpTo(s, 3)).as(sample.toString()).isEqualTo(Math.min(expected, 4));
    }
  }
}
