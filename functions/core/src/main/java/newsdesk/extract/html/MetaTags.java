package newsdesk.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by lower-cased name, property or itemprop (OpenGraph, article:*,
 * Dublin Core, Twitter cards, Parse.ly): the first value of each, and every value for repeatable
 * ones such as {@code article:tag}.
 */
final class MetaTags {

  private final Map<String, List<String>> values = new HashMap<>();

  MetaTags(Document doc) {
    for (Element meta : doc.select("meta[content]")) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
        }
      }
    }
  }

  /** The first value among {@code keys}, in the order given. */
  String first(String... keys) {
    for (String k : keys) {
      List<String> v = values.get(k);
      if (v != null) {
        return v.get(0);
      }
    }
    return null;
  }

  List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }
}
