package newsdesk.article.render;

import newsdesk.article.Article;

/**
 * An article as plain text for reading in a terminal: headline, standfirst, credit line, then the
 * article's {@code text} (paragraphs, headings, list items and table rows; no captions).
 */
public final class PlainTextRenderer {

  private PlainTextRenderer() {}

  public static String render(Article a) {
    StringBuilder out = new StringBuilder();
    if (a.title() != null) {
      out.append(a.title()).append('\n');
    }
    if (a.subtitle() != null) {
      out.append(a.subtitle()).append('\n');
    }
    String credit = ArticleHeader.creditLine(a);
    if (!credit.isEmpty()) {
      out.append(credit).append('\n');
    }
    if (out.length() > 0) {
      out.append('\n');
    }
    out.append(a.text());
    if (a.truncated()) {
      out.append("\n\n[truncated: the page showed only the start of the article]");
    }
    return out.append('\n').toString();
  }
}
