package newsdesk.article.render;

import java.util.ArrayList;
import java.util.List;
import newsdesk.article.Article;

/**
 * The one-line credit every rendering prints under the headline: "By A, B and C · Publisher via
 * Host · 2022-01-27". Kept in one place so text, Markdown and HTML say the same thing.
 */
final class ArticleHeader {

  private ArticleHeader() {}

  static String creditLine(Article a) {
    List<String> parts = new ArrayList<>();
    if (!a.authors().isEmpty()) {
      parts.add("By " + people(a.authors()));
    }
    String from = a.publisher() == null ? a.host() : a.host() == null ? a.publisher() : a.publisher() + " via " + a.host();
    if (from != null) {
      parts.add(from);
    }
    if (a.published() != null) {
      parts.add(a.published());
    }
    return String.join(" · ", parts);
  }

  static String people(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
