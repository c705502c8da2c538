package newsdesk.extract.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import newsdesk.article.JsonValues;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The schema.org article a page describes in {@code <script type="application/ld+json">}, found
 * through arrays and {@code @graph} containers, with helpers for the shapes its properties take
 * (a string, an object with a name or url, or an array of either). Scripts are read with
 * Jackson's streaming parser into plain values ({@link JsonValues}: maps in document order, lists,
 * strings, numbers, booleans, null), because a databind tree loaded ≈ 500 classes into every cold
 * Ingest function that met an HTML page. It reads what {@code ObjectMapper.readTree} read: strict
 * JSON (no comments, trailing commas or single quotes) but for raw control characters inside strings
 * (line breaks and tabs above all), which hand-written scripts hold and search engines read, the first value of a script
 * (what follows it ignored), a repeated key's last value in its first position, and the same
 * nesting and size limits; a script it cannot read is skipped whole.
 */
final class JsonLd {

  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
  // Pages (and tools that re-serialize them as XHTML) wrap the script in CDATA or comment markers,
  // often behind "//" or "/* */" so that browsers ignore them: none of it is JSON.
  private static final Pattern WRAPPER_START = Pattern.compile(
      "^\\s*(?:(?://|/\\*)?\\s*(?:<!\\[CDATA\\[|<!--)\\s*(?:\\*/)?\\s*)+");
  private static final Pattern WRAPPER_END = Pattern.compile(
      "(?:\\s*(?://|/\\*)?\\s*(?:\\]\\]>|-->)\\s*(?:\\*/)?)+\\s*$");
  private static final int MAX_NODES = 500;
  static final MarkupIndex.Kind SCRIPTS = MarkupIndex.kind("script[type~=(?i)application/ld\\+json]", g -> g.is("script"));
  /**
   * Databind's own factory's features and limits (strict JSON), but control characters are allowed
   * unescaped inside strings: a long description broken over lines by hand is the commonest fault.
   */
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();

  private JsonLd() {}

  /** The first node typed as an article (NewsArticle, BlogPosting, …), or null. */
  static Map<String, Object> article(MarkupIndex markup) {
    return article(scripts(markup));
  }

  /**
   * The first node typed as a web page (WebPage, AboutPage, …), or null: where no article node
   * exists, SEO plugins still date the page and name its author there (by reference).
   */
  static Map<String, Object> webPage(MarkupIndex markup) {
    List<Map<String, Object>> nodes = nodes(scripts(markup));
    for (Map<String, Object> n : nodes) {
      if (n.get("@type") instanceof String type && type.endsWith("Page")) {
        return resolved(n, nodes);
      }
    }
    return null;
  }

  /** The texts of the page's JSON-LD scripts, in document order. */
  private static List<String> scripts(MarkupIndex markup) {
    List<String> scripts = new ArrayList<>();
    for (Element script : markup.select(SCRIPTS)) {
      scripts.add(script.data());
    }
    return scripts;
  }

  /** The first node typed as an article among the given scripts' texts, or null. */
  static Map<String, Object> article(List<String> scripts) {
    List<Map<String, Object>> nodes = nodes(scripts);
    for (Map<String, Object> n : nodes) {
      if (isArticleType(n.get("@type"))) {
        return resolved(n, nodes);
      }
    }
    return null;
  }

  /** Every node of the given scripts' texts, in order, nested graphs and main entities included. */
  private static List<Map<String, Object>> nodes(List<String> scripts) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (String script : scripts) {
      Object value;
      try {
        value = read(unwrap(script));
      } catch (IOException | RuntimeException e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
        continue;
      }
      collect(value, nodes, 0);
    }
    return nodes;
  }

  /** The first JSON value of the text (null when there is none); what follows it is not read. */
  private static Object read(String json) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      JsonToken token = parser.nextToken();
      return token == null ? null : JsonValues.read(parser, token);
    }
  }

  /**
   * The article with its references filled in: in an {@code @graph}, the author and publisher are
   * often only {@code {"@id": "…#/person/1"}}, naming a node described elsewhere in the graph.
   */
  private static Map<String, Object> resolved(Map<String, Object> article, List<Map<String, Object>> nodes) {
    Map<String, Map<String, Object>> byId = new HashMap<>();
    for (Map<String, Object> n : nodes) {
      if (n.size() > 1 && n.get("@id") instanceof String id) {
        byId.putIfAbsent(id, n);
      }
    }
    if (byId.isEmpty()) {
      return article;
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    article.forEach((name, v) -> {
      if (v instanceof List<?> list) {
        List<Object> items = new ArrayList<>(list.size());
        list.forEach(item -> items.add(lookUp(item, byId)));
        copy.put(name, items);
      } else {
        copy.put(name, lookUp(v, byId));
      }
    });
    return copy;
  }

  private static Object lookUp(Object v, Map<String, Map<String, Object>> byId) {
    if (v instanceof Map<?, ?> object && object.size() == 1 && object.get("@id") instanceof String id) {
      Map<String, Object> described = byId.get(id);
      return described != null ? described : v;
    }
    return v;
  }

  /** The JSON inside a script's text, without CDATA or comment wrappers. */
  static String unwrap(String script) {
    String unwrapped = WRAPPER_START.matcher(script).replaceFirst("");
    // WRAPPER_END is tried at every position of a script that can be 100 KB long; it can only match
    // a script whose last visible character closes a wrapper ("-->", "]]>", "*/").
    int last = unwrapped.length() - 1;
    while (last >= 0 && isRegexSpace(unwrapped.charAt(last))) {
      last--;
    }
    if (last < 0 || unwrapped.charAt(last) != '>' && unwrapped.charAt(last) != '/') {
      return unwrapped;
    }
    return WRAPPER_END.matcher(unwrapped).replaceFirst("");
  }

  /** The characters of {@code \s} in a {@link Pattern} without flags. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static void collect(Object node, List<Map<String, Object>> out, int depth) {
    if (node == null || depth > 6 || out.size() > MAX_NODES) {
      return;
    }
    if (node instanceof List<?> array) {
      array.forEach(n -> collect(n, out, depth + 1));
    } else if (node instanceof Map<?, ?> object) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) object;
      out.add(fields);
      collect(fields.get("@graph"), out, depth + 1);
      collect(fields.get("mainEntity"), out, depth + 1);
    }
  }

  private static boolean isArticleType(Object type) {
    if (type instanceof List<?> types) {
      for (Object t : types) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    String t = scalarText(type);
    // BlogPosting, LiveBlogPosting, SocialMediaPosting, DiscussionForumPosting: a post is a story too.
    return t.endsWith("Article") || t.endsWith("Posting") || t.equals("Report");
  }

  /**
   * The text of a string, number or boolean as databind's {@code asText()} gave it (a number as
   * Java prints it: readTree made a double of every fraction); "" for an object, an array or
   * nothing. ({@code asText()} of JSON null was "null", which is only ever compared with type
   * names, so "" answers the same.)
   */
  private static String scalarText(Object v) {
    if (v == null || v instanceof Map || v instanceof List) {
      return "";
    }
    String s = v.toString();
    // SEO plugins write HTML entities into JSON-LD strings ("O&#039;Donnell", "Essen &amp; Trinken"),
    // which no JSON reader decodes: 99 of the 1,120 corpus pages do.
    return s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
  }

  /** A property's text: the string itself, or the {@code name}/{@code url}/{@code @id} of an object, first of an array. */
  static String text(Object node, String field) {
    return node instanceof Map<?, ?> object ? value(object.get(field)) : null;
  }

  private static String value(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> array) {
      return array.isEmpty() ? null : value(array.get(0));
    }
    if (v instanceof Map<?, ?> object) {
      for (String key : new String[] {"name", "url", "@id", "contentUrl"}) {
        Object named = object.get(key);
        if (named != null && !(named instanceof Map) && !(named instanceof List)) {
          return scalarText(named);
        }
      }
      return null;
    }
    String s = scalarText(v).strip();
    return s.isEmpty() ? null : s;
  }

  /** All texts of a property that may be a list; strings holding comma lists are split when {@code split}. */
  static List<String> texts(Object node, String field, boolean split) {
    List<String> out = new ArrayList<>();
    for (Object item : items(node, field)) {
      String s = value(item);
      if (s == null) {
        continue;
      }
      if (split && item instanceof String) {
        for (String part : COMMA.split(s)) {
          if (!part.isBlank()) {
            out.add(part.strip());
          }
        }
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** One value of an author-like property, and whether the page typed it as a Person. */
  record Person(String name, boolean typed) {}

  /** The people among a property's values: objects typed Organization are not people. */
  static List<Person> people(Object node, String field) {
    List<Person> out = new ArrayList<>();
    for (Object item : items(node, field)) {
      String type = item instanceof Map<?, ?> object ? scalarText(object.get("@type")) : "";
      if (item instanceof Map && type.contains("Organization")) {
        continue;
      }
      String s = value(item);
      if (s != null && !s.startsWith("http")) {
        out.add(new Person(s, type.equals("Person")));
      }
    }
    return out;
  }

  /**
   * A property's values: the items of an array, else the one value; none when the property is
   * absent (a JSON null is one value, which has no text).
   */
  private static List<?> items(Object node, String field) {
    if (!(node instanceof Map<?, ?> object) || !object.containsKey(field)) {
      return List.of();
    }
    Object v = object.get(field);
    if (v instanceof List<?> array) {
      return array;
    }
    List<Object> one = new ArrayList<>(1);
    one.add(v);
    return one;
  }
}
