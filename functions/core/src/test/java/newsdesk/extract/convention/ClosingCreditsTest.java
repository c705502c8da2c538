package newsdesk.extract.convention;

import static org.assertj.core.api.Assertions.assertThat;

import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

class ClosingCreditsTest {

  @Test
  void theWordCheckDecidesRandomLinesAsThePatternsAlone() {
    RandomInputs random = RandomInputs.seeded(5L);
    int credits = 0;
    for (var sample : random.samples(20000, r -> String.join(r.oneOf(" ", " ", "  ", "\t"), r.listOf(1, 12,
        () -> r.oneOf("Ana Ruiz", "Tom Reyes in Oslo", "and", "also", "contributed", "Contributed", "CONTRIBUTED",
            "contribute", "contributes", "contributedto", "reporting", "to this report.", "to the story", "The",
            "Associated Press writers", "Reuters reporter", "(", ")", "Reporting by", "Editing by", ";", ",", ".",
            "said", "Kyiv", "ContriButed", "cONTRIBUTED", "\u212Aontributed"))))) {
      String line = sample.value();
      assertThat(ClosingCredits.parse(line)).as(sample.toString()).isEqualTo(ClosingCredits.parseUnguarded(line));
      credits += ClosingCredits.parseUnguarded(line) != null ? 1 : 0;
    }
    // The random lines reach the pattern's matches, not only its misses.
    assertThat(credits).isGreaterThan(100);
  }

  @Test
  void aContributionLineInCapitalsIsStillRead() {
    assertThat(ClosingCredits.parse("ANA RUIZ CONTRIBUTED TO THIS REPORT.")).isNotNull();
  }
}
