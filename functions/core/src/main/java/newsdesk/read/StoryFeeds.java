package newsdesk.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import newsdesk.article.ArticleJson;
import newsdesk.article.ArticleSummary;
import newsdesk.store.SortKeys;

/**
 * The newest stories as subscribable feeds: JSON Feed 1.1 and Atom 1.0 (RFC 4287). Both are built
 * from summaries only (a feed page never reads bodies), so an item's content is the article's
 * description, else its title. Dates are normalized to RFC 3339 instants, which both formats
 * require; an article whose date does not parse simply has none.
 */
final class StoryFeeds {

  static final String TITLE = "Newsdesk: newest stories";
  static final String ATOM_ID = "urn:newsdesk:feed:newest";

  private StoryFeeds() {}

  static String jsonFeed(List<ArticleSummary> stories) {
    ObjectNode feed = ArticleJson.MAPPER.createObjectNode();
    feed.put("version", "https://jsonfeed.org/version/1.1");
    feed.put("title", TITLE);
    ArrayNode items = feed.putArray("items");
    for (ArticleSummary s : stories) {
      ObjectNode item = items.addObject();
      item.put("id", s.id());
      if (s.url() != null) {
        item.put("url", s.url());
      }
      if (s.title() != null) {
        item.put("title", s.title());
      }
      // JSON Feed requires content_text or content_html on every item.
      item.put("content_text", content(s));
      if (s.description() != null) {
        item.put("summary", s.description());
      }
      rfc3339(s.published()).ifPresent(t -> item.put("date_published", t));
      rfc3339(s.updated()).ifPresent(t -> item.put("date_modified", t));
      if (!s.authors().isEmpty()) {
        ArrayNode authors = item.putArray("authors");
        s.authors().forEach(name -> authors.addObject().put("name", name));
      }
      if (s.language() != null) {
        item.put("language", s.language());
      }
    }
    return ArticleJson.write(feed);
  }

  static String atom(List<ArticleSummary> stories) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    element(xml, "  ", "id", ATOM_ID);
    element(xml, "  ", "title", TITLE);
    // Atom requires the feed's own updated time: the latest of its entries', fixed when empty so
    // that an empty feed keeps a stable ETag.
    String feedUpdated = stories.stream().map(StoryFeeds::updated).max(String::compareTo)
        .orElse("1970-01-01T00:00:00Z");
    element(xml, "  ", "updated", feedUpdated);
    for (ArticleSummary s : stories) {
      xml.append("  <entry>\n");
      element(xml, "    ", "id", "urn:newsdesk:article:" + s.id());
      element(xml, "    ", "title", s.title() == null ? s.id() : s.title());
      element(xml, "    ", "updated", updated(s));
      rfc3339(s.published()).ifPresent(t -> element(xml, "    ", "published", t));
      if (s.url() != null) {
        xml.append("    <link rel=\"alternate\" href=\"").append(escape(s.url())).append("\"/>\n");
      }
      for (String name : s.authors()) {
        xml.append("    <author><name>").append(escape(name)).append("</name></author>\n");
      }
      element(xml, "    ", "summary", content(s));
      xml.append("  </entry>\n");
    }
    return xml.append("</feed>\n").toString();
  }

  private static String content(ArticleSummary s) {
    return s.description() != null ? s.description() : s.title() == null ? "" : s.title();
  }

  private static String updated(ArticleSummary s) {
    return rfc3339(s.updated()).or(() -> rfc3339(s.published())).orElse("1970-01-01T00:00:00Z");
  }

  static Optional<String> rfc3339(String iso) {
    return SortKeys.parse(iso).map(DateTimeFormatter.ISO_INSTANT::format);
  }

  private static void element(StringBuilder xml, String indent, String name, String text) {
    xml.append(indent).append('<').append(name).append('>').append(escape(text))
        .append("</").append(name).append(">\n");
  }

  /**
   * Text and attribute values escaped for XML 1.0, dropping the characters XML 1.0 cannot carry at
   * all (most C0 controls, lone surrogates, U+FFFE/FFFF): a page's stray control byte must not make
   * the whole feed unparseable.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (c == '\t' || c == '\n' || c == '\r'
              || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
