package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.extract.CorpusLines;
import newsdesk.extract.convention.YearGuardTest;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

class DateLineTest {

  @Test
  void publicationAndUpdateLinesInSeveralLanguages() {
    for (String line : new String[] {"Publiziert: 03.04.2020, 12:35", "Aktualisiert: 11.04.2020, 10:27",
        "15. Mai 2019, 05:28 Uhr", "Donnerstag, 31. Mai 2012", "16 marca 2021", "16\u00a0marca\u00a02021", "7. oktober 2020",
        "Veröffentlichung: 2. Februar 2022", "Publicado el 3 de marzo de 2021", "2021-10-16 | Rivers", "27.01.2022",
        // The month names only PublicationDate's table reads: recognised as they are read.
        "15 августа 2016, 13:43", "15. elokuuta 2016", "15. srpna 2016", "15 Ağustos 2016", "15 серпня 2016"}) {
      assertThat(DateLine.is(line)).as(line).isTrue();
    }
  }

  @Test
  void sentencesWithADateAreKept() {
    for (String line : new String[] {"Er starb 31. Mai 2012.", "Am 31. Mai 2012 öffnete das neue Wehr am Fluss.",
        "Он родился 15 августа 2016 года в маленьком городе.",
        "The ladder opened on May 3, 2021, after ten years of planning.", "Counts rose 12 percent in 2021"}) {
      assertThat(DateLine.is(line)).as(line).isFalse();
    }
  }

  @Test
  void theDatePatternMatchesNoLineTheYearGuardTurnsAway() {
    assertThat(YearGuardTest.assertGuarded(YearGuardTest.randomLines(6L, 40000), List.of(DateLine.date()))).isPositive();
    YearGuardTest.assertGuarded(CorpusLines.all(), List.of(DateLine.date()));
  }

  @Test
  void theLengthCheckMeasuresTheLineAsReplacingAndStrippingWould() {
    RandomInputs random = RandomInputs.seeded(0x6461746cL);
    for (var sample : random.samples(30_000, r -> r.string(" \u00a0\t\n\u2028\u3000\u001fab1.:", 0, 12))) {
      String line = sample.value();
      assertThat(DateLine.strippedLength(line)).as(sample.toString())
          .isEqualTo(line.replace('\u00a0', ' ').strip().length());
    }
  }
}
