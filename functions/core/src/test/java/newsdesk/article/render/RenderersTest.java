package newsdesk.article.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.article.Article;
import newsdesk.article.Block;
import newsdesk.extract.Fixtures;
import org.junit.jupiter.api.Test;

/** Text, Markdown and HTML renderings of an article, including hostile text in its fields. */
class RenderersTest {

  private static Article hostile() {
    List<Block> body = List.of(
        Block.paragraph("A <script>alert(1)</script> paragraph with *stars* and # hashes."),
        Block.heading("Heading"),
        Block.list(List.of("one", "two")),
        Block.figure("javascript:alert(1)", "A caption", "REUTERS/Jane Doe"),
        new Block(Block.TABLE, "A | B\n1 | 2", null, null, null, null));
    return new Article("id", null, "Title <b>bold</b>", null, List.of("Jane Doe", "John Roe"), "Reuters", "inkl",
        null, null, "en", "2022-01-27", null, null, null, null, body, "text", null, null, false, 1, "h", null, null, null);
  }

  @Test
  void plainTextHasHeadlineCreditAndBody() {
    Article a = Fixtures.article("text/reuters-dateline.txt");
    String text = PlainTextRenderer.render(a);
    assertThat(text).startsWith("Grain ships leave port as corridor talks resume\nReuters · 2023-08-04\n\nThree ships");
    assertThat(text).doesNotContain("REUTERS/");
  }

  @Test
  void markdownEscapesAndStructures() {
    String md = MarkdownRenderer.render(hostile());
    assertThat(md).startsWith("# Title \\<b\\>bold\\</b\\>\n\n_By Jane Doe and John Roe · Reuters via inkl · 2022-01-27_");
    assertThat(md).contains("\\*stars\\*", "\\# hashes", "## Heading", "- one\n- two", "| A | B |\n| --- | --- |\n| 1 | 2 |");
    assertThat(md).contains("*A caption (REUTERS/Jane Doe)*");
  }

  @Test
  void htmlIsSanitized() {
    String html = HtmlRenderer.render(hostile());
    assertThat(html).doesNotContain("<script", "javascript:", "<b>");
    assertThat(html).contains("&lt;script&gt;", "<h1>Title &lt;b&gt;bold&lt;/b&gt;</h1>", "<li>one</li>",
        "<small>REUTERS/Jane Doe</small>", "<td>2</td>");
  }
}
