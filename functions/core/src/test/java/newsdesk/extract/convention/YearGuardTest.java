package newsdesk.extract.convention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsdesk.extract.CorpusLines;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

/**
 * {@link PublicationDate#mayHoldYear} turns lines away before the date patterns run: it may do so
 * only where none of them could match, or dates would go unread.
 */
public class YearGuardTest {

  /** Date parts, whole and broken: numbers of every length, month names, the separators dates use. */
  public static final List<String> PIECES = List.of("1", "12", "31", "201", "2024", "1999", "20", "24", "0", "05", "123",
      "12345", "Jan", "January", "Mär", "Mai", "marca", "de", "Okt", "Dez", "mai", "décembre", "Thursday", "Tue,", "GMT",
      "+02:00", "Z", "T", "st", "th", ".", ". ", "-", "/", ":", ",", " ", "  ", "\u00a0", "Published", "Uhr", "am", "pm",
      "x", "word", "١٢٣٤", "２０２４");

  public static List<String> randomLines(long seed, int count) {
    List<String> lines = new ArrayList<>();
    RandomInputs random = RandomInputs.seeded(seed);
    for (var sample : random.samples(count, r -> String.join(r.oneOf("", " "), r.listOf(1, 10, () -> r.oneOf(PIECES))))) {
      lines.add(sample.value());
    }
    return lines;
  }

  /** Checks that no line turned away by the guard matches any of {@code patterns}; returns how many were let through. */
  public static int assertGuarded(List<String> lines, List<Pattern> patterns) {
    int through = 0;
    for (String line : lines) {
      if (PublicationDate.mayHoldYear(line)) {
        through++;
        continue;
      }
      for (Pattern p : patterns) {
        assertThat(p.matcher(line).find()).as(p + " in " + line).isFalse();
      }
    }
    return through;
  }

  @Test
  void noDatePatternMatchesARandomLineTheGuardTurnsAway() {
    List<String> lines = randomLines(5L, 40000);
    assertThat(assertGuarded(lines, PublicationDate.yearPatterns())).isBetween(1000, 39000);
    assertThat(lines.stream().filter(l -> !PublicationDate.datesIn(l).isEmpty()).count()).isGreaterThan(100);
  }

  @Test
  void noDatePatternMatchesACorpusLineTheGuardTurnsAway() {
    assertGuarded(CorpusLines.all(), PublicationDate.yearPatterns());
  }

  @Test
  void aYearIsFourAsciiDigitsInARow() {
    assertThat(PublicationDate.mayHoldYear("on 12 May 2024")).isTrue();
    assertThat(PublicationDate.mayHoldYear("2024")).isTrue();
    assertThat(PublicationDate.mayHoldYear("12.05.24, 123 words")).isFalse();
    assertThat(PublicationDate.mayHoldYear("２０２４")).isFalse();
  }
}
