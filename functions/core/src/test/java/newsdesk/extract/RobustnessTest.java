package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile or broken input yields an Extracted or a Rejected, never an exception or a hang. */
class RobustnessTest {

  private static void survives(byte[] bytes) {
    Extraction e = new Extractor().extract(RawPage.of(bytes, "hostile"));
    assertThat(e).isNotNull();
    assertThat(e).isInstanceOfAny(Extraction.Extracted.class, Extraction.Rejected.class);
  }

  private static void survives(String s) {
    survives(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void deepNesting() {
    int depth = 100_000;
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(depth)).append("<p>deep text that is long enough to be scored as a paragraph, surely.</p>");
    html.append("</div>".repeat(depth)).append("</body></html>");
    survives(html.toString());
    survives("<p>" + "<span>".repeat(depth) + "x");
    survives("<html>" + "<ul><li>".repeat(depth) + "item");
  }

  @Test
  void hugeAttributeAndLongLines() {
    survives("<html><body><div class=\"" + "a".repeat(5_000_000) + "\"><p>text</p></div></body></html>");
    survives("word ".repeat(1_000_000));
    survives("<html><body><p>" + "x".repeat(2_000_000) + "</p></body></html>");
  }

  @Test
  void nulBytesAndInvalidUtf8() {
    byte[] bytes = "<html><body><p>Hello\u0000 world, this is a sentence with a NUL in it.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    survives(bytes);
    survives(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xF0, (byte) 0x28, (byte) 0x8C, 'a'});
    survives(new byte[] {0, 0, 0, 0});
    survives(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a', (byte) 0xD8, 0});
  }

  @Test
  void brokenMetadata() {
    survives("<html><head><script type=\"application/ld+json\">{\"@graph\": [[[[{\"@type\": \"NewsArticle\", "
        + "\"headline\": {\"x\": [1,2]}, \"author\": [null, 3, {\"name\": {}}], \"datePublished\": \"2024-13-45T99:99\"}]]]]"
        + "</script><meta property=\"og:url\" content=\"http://[::1\"><link rel=canonical href=\"javascript:alert(1)\">"
        + "</head><body><time datetime=\"yesterday\"></time><p>" + "Text, ".repeat(100) + "</p></body></html>");
  }

  @Test
  void randomBytes() {
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[random.nextInt(5000)];
      random.nextBytes(bytes);
      survives(bytes);
    }
  }

  @Test
  void randomMarkupSoup() {
    Random random = new Random(7);
    String[] pieces = {"<p>", "</p>", "<div class=share>", "</div>", "<figure><figcaption>", "REUTERS/A B", "<table><tr><td>",
        "By Jane Doe", "(Reporting by X; Editing by Y)", "Advertisement", "KYIV, Jan 27 (Reuters) - ", "<h2>", "</h2>", "\n\n",
        "Sentence with words, and commas, that ends.", "<br>", "<script>", "<!--", "&amp;", "<li>", "Subscribe to continue reading"};
    for (int i = 0; i < 300; i++) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(200);
      for (int j = 0; j < n; j++) {
        s.append(pieces[random.nextInt(pieces.length)]);
      }
      survives(s.toString());
    }
  }
}
