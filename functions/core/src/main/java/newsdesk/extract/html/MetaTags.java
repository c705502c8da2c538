package newsdesk.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The page's {@code <meta>} tags by lower-cased name, property or itemprop (OpenGraph, article:*,
 * Dublin Core, Twitter cards, Parse.ly): the first value of each, and every value for repeatable
 * ones such as {@code article:tag}. An attribute may list several keys ({@code property="dc:title
 * og:title"}, as RDFa allows); Dublin Core is found under {@code dc.} and {@code dcterms.} however
 * the page spells its prefix ({@code DC.title}, {@code dc:title}, {@code dcterm:title}).
 */
final class MetaTags {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DUBLIN_CORE = Pattern.compile("^(dc|dcterms?)[:.]");
  static final MarkupIndex.Kind WITH_CONTENT = MarkupIndex.kind("meta[content]", g -> g.is("meta"));

  private final Map<String, List<String>> values = new HashMap<>();

  MetaTags(MarkupIndex markup) {
    // RDFa's property attribute is how OpenGraph and Dublin Core are defined; a name="…" twin is
    // the looser HTML form and comes second when both give the same key.
    // The meta tags come from the page's one walk for metadata; they are few, so each attribute is looked for among them.
    Elements metas = markup.select(WITH_CONTENT);
    for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
      for (Element meta : metas) {
        if (!meta.hasAttr(attr)) {
          continue;
        }
        String content = meta.attr("content").strip();
        if (content.isEmpty()) {
          continue;
        }
        String keys = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
        // Nearly every tag names one key: splitting is for the few that list several.
        for (String key : hasRegexSpace(keys) ? SPACES.split(keys) : new String[] {keys}) {
          if (!key.isEmpty()) {
            values.computeIfAbsent(canonicalKey(key), k -> new ArrayList<>()).add(content);
          }
        }
      }
    }
  }

  /** Whether {@code s} holds a character {@link #SPACES} matches. */
  private static boolean hasRegexSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (JsonLd.isRegexSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String canonicalKey(String key) {
    if (!key.startsWith("dc")) {
      return key; // what DUBLIN_CORE needs first, without a matcher for every key
    }
    Matcher m = DUBLIN_CORE.matcher(key);
    return m.find() ? (m.group(1).equals("dc") ? "dc." : "dcterms.") + key.substring(m.end()) : key;
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

  /**
   * The value of the sharing card's labelled line (Twitter's {@code twitter:labelN}/{@code twitter:dataN}
   * pairs, which SEO plugins fill with "Written by" and a reading time) whose label matches, or null.
   */
  String labelled(Pattern label) {
    for (int i = 1; i <= 4; i++) {
      String l = first("twitter:label" + i);
      if (l == null) {
        return null;
      }
      if (label.matcher(l.strip()).matches()) {
        return first("twitter:data" + i);
      }
    }
    return null;
  }

  List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }
}
