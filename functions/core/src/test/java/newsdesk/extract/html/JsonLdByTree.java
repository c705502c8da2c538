package newsdesk.extract.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import newsdesk.article.ArticleJson;

/**
 * The JSON-LD reading as it was with databind's {@code readTree} (and control characters allowed in
 * strings, as JsonLd now reads them), kept as the oracle that
 * {@link JsonLd}'s streaming reader must agree with on every page and every random script.
 */
final class JsonLdByTree {

  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
  private static final int MAX_NODES = 500;
  /** readTree as JsonLd now reads: strict but for control characters inside strings. */
  private static final ObjectReader LENIENT = ArticleJson.MAPPER.reader().with(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS);

  private JsonLdByTree() {}

  /** The first node typed as an article (NewsArticle, BlogPosting, …), or null. */
  static JsonNode article(List<String> scripts) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String script : scripts) {
      try {
        collect(LENIENT.readTree(JsonLd.unwrap(script)), nodes, 0);
      } catch (Exception e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    for (JsonNode n : nodes) {
      if (isArticleType(n.get("@type"))) {
        return resolved(n, nodes);
      }
    }
    return null;
  }

  /**
   * The article with its references filled in: in an {@code @graph}, the author and publisher are
   * often only {@code {"@id": "…#/person/1"}}, naming a node described elsewhere in the graph.
   */
  private static JsonNode resolved(JsonNode article, List<JsonNode> nodes) {
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode n : nodes) {
      if (n.size() > 1 && n.path("@id").isTextual()) {
        byId.putIfAbsent(n.get("@id").asText(), n);
      }
    }
    if (byId.isEmpty() || !(article instanceof ObjectNode)) {
      return article;
    }
    ObjectNode copy = ((ObjectNode) article).deepCopy();
    for (Map.Entry<String, JsonNode> field : article.properties()) {
      JsonNode v = field.getValue();
      if (v.isArray()) {
        ArrayNode items = copy.putArray(field.getKey());
        v.forEach(item -> items.add(lookUp(item, byId)));
      } else {
        copy.set(field.getKey(), lookUp(v, byId));
      }
    }
    return copy;
  }

  private static JsonNode lookUp(JsonNode v, Map<String, JsonNode> byId) {
    boolean reference = v.isObject() && v.size() == 1 && v.path("@id").isTextual();
    return reference ? byId.getOrDefault(v.get("@id").asText(), v) : v;
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 6 || out.size() > MAX_NODES) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
      collect(node.get("mainEntity"), out, depth + 1);
    }
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText();
    // BlogPosting, LiveBlogPosting, SocialMediaPosting, DiscussionForumPosting: a post is a story too.
    return t.endsWith("Article") || t.endsWith("Posting") || t.equals("Report");
  }

  /** A property's text: the string itself, or the {@code name}/{@code url}/{@code @id} of an object, first of an array. */
  static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return value(v);
  }

  private static String value(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      return v.size() == 0 ? null : value(v.get(0));
    }
    if (v.isObject()) {
      for (String key : new String[] {"name", "url", "@id", "contentUrl"}) {
        if (v.hasNonNull(key) && !v.get(key).isContainerNode()) {
          return v.get(key).asText();
        }
      }
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** All texts of a property that may be a list; strings holding comma lists are split when {@code split}. */
  static List<String> texts(JsonNode node, String field, boolean split) {
    List<String> out = new ArrayList<>();
    JsonNode v = node == null ? null : node.get(field);
    if (v == null) {
      return out;
    }
    for (JsonNode item : v.isArray() ? v : List.of(v)) {
      String s = value(item);
      if (s == null) {
        continue;
      }
      if (split && item.isTextual()) {
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
  static List<Person> people(JsonNode node, String field) {
    List<Person> out = new ArrayList<>();
    JsonNode v = node == null ? null : node.get(field);
    if (v == null) {
      return out;
    }
    for (JsonNode item : v.isArray() ? v : List.of(v)) {
      String type = item.path("@type").asText();
      if (item.isObject() && type.contains("Organization")) {
        continue;
      }
      String s = value(item);
      if (s != null && !s.startsWith("http")) {
        out.add(new Person(s, type.equals("Person")));
      }
    }
    return out;
  }
}
