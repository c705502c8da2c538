package newsdesk.extract.convention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import newsdesk.extract.CorpusLines;
import newsdesk.extract.SharedFolder;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

/** The marks checked before the credit patterns never change what a line splits into. */
class CaptionCreditTest {

  @Test
  void theMarkChecksSplitRandomLinesAsThePatternsAlone() {
    RandomInputs random = RandomInputs.seeded(0x63726564L);
    List<String> pieces = List.of("Tanks drive in Rostov.", "REUTERS/", "Reuters/", "AFP", "Sergey Pivovarov", "/",
        "(", ")", "[", "]", "AP Photo/", "Photo by", "Photograph:", "Photo:", "Credit:", " / ", "Getty Images",
        "via Getty Images", "Shutterstock", "Alamy Stock Photo", "Pool", "Handout", ".", "\"", "”", " ", "  ", "\n",
        "\u0085", "\u2028", "said", "the river", "File Photo", ":", "x");
    int credits = 0;
    for (var sample : random.samples(30_000, r -> String.join(r.oneOf(" ", ""), r.listOf(1, 8, () -> r.oneOf(pieces))))) {
      CaptionCredit expected = CaptionCredit.splitUnguarded(sample.value());
      assertThat(CaptionCredit.split(sample.value())).as(sample.toString()).isEqualTo(expected);
      credits += expected != null ? 1 : 0;
    }
    assertThat(credits).isGreaterThan(1000);
  }

  @Test
  void theMarkChecksSplitEveryCorpusAndSeedLineAsThePatternsAlone() throws Exception {
    List<String> seed = Files.readAllLines(SharedFolder.require("seed/000_2bbcad7a53690741.txt"));
    for (List<String> lines : List.of(CorpusLines.all(), seed)) {
      for (String line : lines) {
        assertThat(CaptionCredit.split(line)).as(line).isEqualTo(CaptionCredit.splitUnguarded(line));
      }
    }
  }
}
