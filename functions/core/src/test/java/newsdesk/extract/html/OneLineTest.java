package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

class OneLineTest {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Test
  void oneLineFoldsAsTheRegexDid() {
    RandomInputs random = RandomInputs.seeded(7L);
    List<String> pieces = List.of(" ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00a0", "\u2003", "\u001f", "a", "bc", ".");
    for (var sample : random.samples(5000, List.of("", " ", "a", " a ", "a  b"),
        r -> String.join("", r.listOf(0, 14, () -> r.oneOf(pieces))))) {
      String raw = sample.value();
      assertThat(BlockWriter.oneLine(raw)).as(sample.toString()).isEqualTo(SPACES.matcher(raw).replaceAll(" ").strip());
    }
  }

  @Test
  void aPartOfTheBufferFoldsAsItsCopyDid() {
    RandomInputs random = RandomInputs.seeded(8L);
    List<String> pieces = List.of(" ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00a0", "\u2003", "\u001f", "a", "bc", ".", "é");
    for (var sample : random.samples(5000, r -> String.join("", r.listOf(0, 20, () -> r.oneOf(pieces))))) {
      StringBuilder buffer = new StringBuilder(sample.value());
      int from = random.intBetween(0, buffer.length());
      int to = random.intBetween(from, buffer.length());
      String part = buffer.substring(from, to);
      assertThat(BlockWriter.oneLine(buffer, from, to)).as(sample + " [" + from + ", " + to + ")")
          .isEqualTo(SPACES.matcher(part).replaceAll(" ").strip());
    }
  }
}
