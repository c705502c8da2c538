package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  /** The wrappers as unwrap first removed them, both patterns run over the whole script. */
  private static final Pattern START = Pattern.compile("^\\s*(?:(?://|/\\*)?\\s*(?:<!\\[CDATA\\[|<!--)\\s*(?:\\*/)?\\s*)+");
  private static final Pattern END = Pattern.compile("(?:\\s*(?://|/\\*)?\\s*(?:\\]\\]>|-->)\\s*(?:\\*/)?)+\\s*$");
  private static final List<String> PIECES = List.of("{\"@type\": \"NewsArticle\"}", "<!--", "-->", "<![CDATA[", "]]>",
      "//", "/*", "*/", " ", "\n", "\t", "\u000B", "\f", "\r", "\u00a0", ">", "/", "x");

  @Test
  void strippedWrappersLeaveTheJson() {
    assertThat(JsonLd.unwrap("<!--\n{\"a\": 1}\n-->\n")).isEqualTo("{\"a\": 1}");
    assertThat(JsonLd.unwrap("//<![CDATA[\n{\"a\": 1}\n//]]>")).isEqualTo("{\"a\": 1}");
    assertThat(JsonLd.unwrap("/*<![CDATA[*/{\"a\": 1}/*]]>*/ \n")).isEqualTo("{\"a\": 1}");
    assertThat(JsonLd.unwrap("{\"a\": \"-->\"} ")).isEqualTo("{\"a\": \"-->\"} ");
  }

  @Test
  void unwrapsAsTheTwoPatternsOverTheWholeScriptDo() {
    RandomInputs random = RandomInputs.seeded(42L);
    for (var sample : random.samples(3000, r -> String.join("", r.listOf(0, 12, () -> r.oneOf(PIECES))))) {
      String script = sample.value();
      assertThat(JsonLd.unwrap(script)).as(sample.toString())
          .isEqualTo(END.matcher(START.matcher(script).replaceFirst("")).replaceFirst(""));
    }
  }
}
