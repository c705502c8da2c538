package newsdesk.article.render;

import java.util.regex.Pattern;
import newsdesk.article.Article;
import newsdesk.article.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * An article as a clean HTML fragment. Built as a DOM from the article's text (never from the
 * page's markup), then passed through a jsoup {@link Safelist} anyway: the output may be served to
 * browsers, and the sanitizer is the guarantee that no script, handler or javascript: URL survives
 * whatever a page managed to smuggle into a caption or URL.
 */
public final class HtmlRenderer {

  private static final Pattern CELL = Pattern.compile(" \\| ");
  private static final Safelist SAFE = Safelist.relaxed()
      .addTags("article", "header", "figure", "figcaption")
      .addAttributes("article", "lang");

  private HtmlRenderer() {}

  public static String render(Article a) {
    Document doc = Document.createShell("");
    Element article = doc.body().appendElement("article");
    if (a.language() != null) {
      article.attr("lang", a.language());
    }
    Element header = article.appendElement("header");
    if (a.title() != null) {
      header.appendElement("h1").text(a.title());
    }
    if (a.subtitle() != null) {
      header.appendElement("p").appendElement("em").text(a.subtitle());
    }
    String credit = ArticleHeader.creditLine(a);
    if (!credit.isEmpty()) {
      header.appendElement("p").appendElement("small").text(credit);
    }
    for (Block b : a.body()) {
      block(b, article);
    }
    if (a.truncated()) {
      article.appendElement("p").appendElement("em").text("(truncated: the page showed only the start of the article)");
    }
    Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(true);
    return Jsoup.clean(doc.body().html(), "", SAFE, settings) + "\n";
  }

  private static void block(Block b, Element parent) {
    switch (b.type()) {
      case Block.HEADING -> parent.appendElement("h2").text(b.text());
      case Block.LIST -> {
        Element ul = parent.appendElement("ul");
        b.items().forEach(item -> ul.appendElement("li").text(item));
      }
      case Block.QUOTE -> parent.appendElement("blockquote").appendElement("p").text(b.text());
      case Block.FIGURE -> {
        Element figure = parent.appendElement("figure");
        if (b.url() != null) {
          figure.appendElement("img").attr("src", b.url()).attr("alt", b.caption() == null ? "" : b.caption());
        }
        if (b.caption() != null || b.credit() != null) {
          Element caption = figure.appendElement("figcaption");
          caption.appendText(b.caption() == null ? "" : b.caption());
          if (b.credit() != null) {
            caption.appendText(" ").appendElement("small").text(b.credit());
          }
        }
      }
      case Block.PREFORMATTED -> parent.appendElement("pre").text(b.text());
      case Block.TABLE -> {
        Element table = parent.appendElement("table");
        b.text().lines().forEach(row -> {
          Element tr = table.appendElement("tr");
          for (String cell : CELL.split(row, -1)) {
            tr.appendElement("td").text(cell);
          }
        });
      }
      default -> parent.appendElement("p").text(b.text() == null ? "" : b.text());
    }
  }
}
