package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsdesk.extract.SharedFolder;
import newsdesk.testing.RandomInputs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  /** The wrappers as unwrap first removed them, both patterns run over the whole script. */
  private static final Pattern START = Pattern.compile("^\\s*(?:(?://|/\\*)?\\s*(?:<!\\[CDATA\\[|<!--)\\s*(?:\\*/)?\\s*)+");
  private static final Pattern END = Pattern.compile("(?:\\s*(?://|/\\*)?\\s*(?:\\]\\]>|-->)\\s*(?:\\*/)?)+\\s*$");
  private static final List<String> PIECES = List.of("{\"@type\": \"NewsArticle\"}", "<!--", "-->", "<![CDATA[", "]]>",
      "//", "/*", "*/", " ", "\n", "\t", "\u000B", "\f", "\r", "\u00a0", ">", "/", "x");

  @Test
  void strippedWrappersLeaveTheJson() {
    assertThat(JsonLd.unwrap("<!--\n{\"a\": 1}\n-->\n")).isEqualTo("{\"a\": 1}");
    assertThat(JsonLd.unwrap("//<![CDATA[\n{\"a\": 1}\n//]]>")).isEqualTo("{\"a\": 1}");
    assertThat(JsonLd.unwrap("/*<![CDATA[*/{\"a\": 1}/*]]>*/ \n")).isEqualTo("{\"a\": 1}");
    assertThat(JsonLd.unwrap("{\"a\": \"-->\"} ")).isEqualTo("{\"a\": \"-->\"} ");
  }

  @Test
  void unwrapsAsTheTwoPatternsOverTheWholeScriptDo() {
    RandomInputs random = RandomInputs.seeded(42L);
    for (var sample : random.samples(3000, r -> String.join("", r.listOf(0, 12, () -> r.oneOf(PIECES))))) {
      String script = sample.value();
      assertThat(JsonLd.unwrap(script)).as(sample.toString())
          .isEqualTo(END.matcher(START.matcher(script).replaceFirst("")).replaceFirst(""));
    }
  }

  /** Every property HtmlPageExtractor reads, and a few it does not. */
  private static final List<String> FIELDS = List.of("headline", "name", "alternativeHeadline", "description", "url",
      "mainEntityOfPage", "publisher", "author", "creator", "image", "keywords", "articleSection", "inLanguage",
      "datePublished", "dateCreated", "dateModified", "isAccessibleForFree", "articleBody", "@id", "@type", "x");
  private static final List<String> KEYS = List.of("@type", "@type", "@id", "@graph", "mainEntity", "name", "url",
      "contentUrl", "headline", "author", "publisher", "keywords", "image", "datePublished", "isAccessibleForFree", "x");
  private static final List<String> STRINGS = List.of("\"NewsArticle\"", "\"BlogPosting\"", "\"Report\"",
      "\"Person\"", "\"Organization\"", "\"NewsMediaOrganization\"", "\"WebPage\"", "\"#a\"", "\"#b\"",
      "\"http://example.com/x\"", "\" Jane Doe, John Roe ,\"", "\"\"", "\"  \"", "\"caf\\u00e9\"", "\"x\\\"y\"",
      "\"false\"", "\"line\\nbreak\"");
  private static final List<String> NUMBERS = List.of("1", "-0", "0", "1.50", "1e2", "-2.5E-3", "2147483648",
      "123456789012345678901234567890", "1E400", "0.1", "3.0");
  private static final List<String> BREAKAGES = List.of("/* c */", "// c\n", ",", "'x'", "}", "]", "NaN", "{", "\"",
      " trailing", "<!--", "-->", "<![CDATA[", "]]>", "\u0000");

  @Test
  void readsRandomScriptsExactlyAsReadTreeDid() {
    RandomInputs random = RandomInputs.seeded(2026112802L);
    for (var sample : random.samples(4000, r -> r.listOf(1, 3, () -> script(r)))) {
      assertSameReading(sample.value(), sample.toString());
    }
  }

  @Test
  void readsScriptsThatReadTreeRefusedOrToleratedAlike() {
    List<String> edges = List.of("", "   ", "null", "\"NewsArticle\"", "[]", "{}",
        "{\"@type\": \"NewsArticle\", \"name\": \"a\",}", "{\"@type\": \"NewsArticle\" /* c */, \"name\": \"a\"}",
        "{'@type': 'NewsArticle'}", "{\"@type\": \"NewsArticle\", \"name\": \"a\", \"name\": \"b\"}",
        "{\"@type\": \"NewsArticle\", \"name\": \"a\"} {\"@type\": \"Report\"}",
        "{\"@type\": \"NewsArticle\", \"name\": \"a\"} trailing garbage", "{\"@type\": \"NewsArticle\", \"name\": [1, 2.50, true]",
        "[".repeat(2000) + "]".repeat(2000), "{\"@graph\": " + "[".repeat(900) + "{\"@type\": \"Article\"}" + "]".repeat(900) + "}",
        "{\"@type\": \"NewsArticle\", \"isAccessibleForFree\": false, \"author\": null, \"publisher\": {\"name\": null, \"url\": 7}}");
    for (String edge : edges) {
      assertSameReading(List.of(edge), edge.length() > 80 ? edge.substring(0, 80) : edge);
      assertSameReading(List.of(edge, "{\"@type\": \"NewsArticle\", \"headline\": \"h\"}"), edge);
    }
  }

  @Test
  void readsEveryCorpusPageExactlyAsReadTreeDid() throws IOException {
    Path corpus = SharedFolder.require("corpus");
    List<Path> pages;
    try (Stream<Path> files = Files.walk(corpus)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    int described = 0;
    for (Path page : pages) {
      List<String> scripts = new ArrayList<>();
      for (Element script : Jsoup.parse(Files.readString(page, StandardCharsets.ISO_8859_1))
          .select("script[type~=(?i)application/ld\\+json]")) {
        scripts.add(script.data());
      }
      described += JsonLd.article(scripts) == null ? 0 : 1;
      assertSameReading(scripts, page.toString());
    }
    assertThat(described).as("corpus pages with a JSON-LD article").isGreaterThan(100);
  }

  /** A JSON-ish script: mostly JSON-LD-shaped JSON, sometimes broken the ways pages break it. */
  private static String script(RandomInputs r) {
    StringBuilder out = new StringBuilder();
    value(r, out, 0);
    if (r.chance(0.25)) {
      int at = r.intBetween(0, out.length());
      out.insert(at, r.oneOf(BREAKAGES));
    }
    if (r.chance(0.05)) {
      out.setLength(r.intBetween(0, out.length()));
    }
    return out.toString();
  }

  private static void value(RandomInputs r, StringBuilder out, int depth) {
    int kind = depth > 4 ? r.intBetween(0, 3) : r.intBetween(0, 6);
    switch (kind) {
      case 0, 1 -> out.append(r.oneOf(STRINGS));
      case 2 -> out.append(r.oneOf(NUMBERS));
      case 3 -> out.append(r.oneOf("true", "false", "null"));
      case 4 -> {
        out.append('[');
        int n = r.intBetween(0, 3);
        for (int i = 0; i < n; i++) {
          out.append(i > 0 ? ", " : "");
          value(r, out, depth + 1);
        }
        out.append(']');
      }
      default -> {
        out.append('{');
        int n = r.intBetween(0, 5);
        for (int i = 0; i < n; i++) {
          out.append(i > 0 ? ", " : "").append('"').append(r.oneOf(KEYS)).append("\": ");
          value(r, out, depth + 1);
        }
        out.append('}');
      }
    }
  }

  /**
   * The streaming reader's values against the tree reader's, whose strings had HTML entities left
   * in them: those are decoded now (SEO plugins escape JSON-LD text as HTML), and nothing else moved.
   */
  private static void assertSameReading(List<String> scripts, String description) {
    Map<String, Object> now = JsonLd.article(scripts);
    JsonNode before = JsonLdByTree.article(scripts);
    assertThat(now == null).as(description).isEqualTo(before == null);
    for (String field : FIELDS) {
      assertThat(JsonLd.text(now, field)).as(description + " text " + field).isEqualTo(decoded(JsonLdByTree.text(before, field)));
      assertThat(JsonLd.texts(now, field, true)).as(description + " texts " + field)
          .isEqualTo(decoded(JsonLdByTree.texts(before, field, true)));
      assertThat(JsonLd.texts(now, field, false)).as(description + " texts " + field)
          .isEqualTo(decoded(JsonLdByTree.texts(before, field, false)));
      assertThat(JsonLd.people(now, field).stream().map(p -> p.name() + "|" + p.typed()).toList())
          .as(description + " people " + field)
          .isEqualTo(JsonLdByTree.people(before, field).stream().map(p -> decoded(p.name()) + "|" + p.typed()).toList());
      assertThat(JsonLd.text(now == null ? null : now.get(field), "name")).as(description + " name of " + field)
          .isEqualTo(decoded(JsonLdByTree.text(before == null ? null : before.get(field), "name")));
    }
  }

  private static String decoded(String s) {
    return s == null ? null : org.jsoup.parser.Parser.unescapeEntities(s, false);
  }

  private static List<String> decoded(List<String> list) {
    return list.stream().map(JsonLdTest::decoded).toList();
  }
}
