package newsdesk.feed.parse;

import static newsdesk.feed.parse.FeedCorpus.expectedInstant;
import static newsdesk.feed.parse.FeedCorpus.putText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the parser over gofeed's test data (MIT): the format-specific expectations in
 * {@code parser/rss}, {@code parser/atom}, {@code parser/json}, and the format-neutral ones in
 * {@code translator/}. Compared: feed title and link, item count, and per item id, link, title,
 * published/updated as instants, authors and categories, wherever the expected JSON states them.
 *
 * <p>Measured: parser 431 of 436 files (rss 158/163, atom 270/270, json 3/3), translator 92 of
 * 97 (rss 51/55, atom 38/39, json 3/3). The misses are known and deliberate:
 * <ul>
 *   <li>Several {@code <link>}s in one RSS item or channel (7 files): gofeed keeps the last, we keep
 *       the first, the one RSS readers display.
 *   <li>A guid with inline markup: we keep its text, gofeed the markup.
 *   <li>gofeed copies a lone dc:date into updated, and an Atom 0.3 modified into published; we leave
 *       a date we were not given empty (the caller may fall back).
 * </ul>
 * Titles and authors are plain text by design, so the expected ones are compared after
 * HTML-to-text; Atom categories are the label when there is one, else the term.
 */
class GofeedCorpusTest {

  /** Totals printed by the test and floors asserted; raise the floors when the parser improves. */
  private static final int MIN_PARSER_PASSES = 431;

  private static final int MIN_TRANSLATOR_PASSES = 92;

  @Test
  void parserExpectations() throws IOException {
    Path parser = FeedCorpus.dir("gofeed/parser");
    int passed = measure("gofeed parser", parser, GofeedCorpusTest::rssView, GofeedCorpusTest::atomView, GofeedCorpusTest::jsonView);
    assertThat(passed).isGreaterThanOrEqualTo(MIN_PARSER_PASSES);
  }

  @Test
  void translatorExpectations() throws IOException {
    Path translator = FeedCorpus.dir("gofeed/translator");
    ExpectedView universal = GofeedCorpusTest::universalView;
    int passed = measure("gofeed translator", translator, universal, universal, universal);
    assertThat(passed).isGreaterThanOrEqualTo(MIN_TRANSLATOR_PASSES);
  }

  /** gofeed's universal/ inputs have no expected parse; they test format detection and refusals. */
  @Test
  void universalDetection() throws Exception {
    Path universal = FeedCorpus.dir("gofeed/parser/universal");
    Map<String, FeedFormat> formats = Map.of(
        "atom03_feed.xml", FeedFormat.ATOM_0_3, "atom10_feed.xml", FeedFormat.ATOM_1_0, "rdf_feed.xml", FeedFormat.RSS_1_0,
        "rss_feed.xml", FeedFormat.RSS, "rss_feed_bom.xml", FeedFormat.RSS, "rss_feed_leading_spaces.xml", FeedFormat.RSS,
        "json10_feed.json", FeedFormat.JSON_FEED, "json11_feed.json", FeedFormat.JSON_FEED, "sample.json", FeedFormat.JSON_FEED);
    for (Map.Entry<String, FeedFormat> e : formats.entrySet()) {
      assertThat(FeedDocument.parse(Files.readAllBytes(universal.resolve(e.getKey())), null, null).format()).as(e.getKey()).isEqualTo(e.getValue());
    }
    for (String notAFeed : List.of("empty_feed.xml", "invalid.json", "unknown_feed.xml")) {
      byte[] body = Files.readAllBytes(universal.resolve(notAFeed));
      assertThatThrownBy(() -> FeedDocument.parse(body, null, null)).as(notAFeed).isInstanceOf(NotAFeedException.class);
    }
  }

  /** Runs the rss, atom and json folders of {@code dir}, prints the figures and misses, returns the passes. */
  private static int measure(String label, Path dir, ExpectedView rssView, ExpectedView atomView, ExpectedView jsonView)
      throws IOException {
    Result rss = run(dir.resolve("rss"), ".xml", rssView);
    Result atom = run(dir.resolve("atom"), ".xml", atomView);
    Result json = run(dir.resolve("json"), ".json", jsonView);
    int passed = rss.passed + atom.passed + json.passed;
    int total = rss.total + atom.total + json.total;
    System.out.printf("%s: rss %d/%d, atom %d/%d, json %d/%d, all %d/%d%n",
        label, rss.passed, rss.total, atom.passed, atom.total, json.passed, json.total, passed, total);
    Stream.of(rss, atom, json).flatMap(r -> r.failures.stream()).forEach(f -> System.out.println("  " + f));
    return passed;
  }

  private interface ExpectedView {
    Map<String, Object> of(JsonNode expected);
  }

  private record Result(int passed, int total, List<String> failures) {}

  private static Result run(Path dir, String inputSuffix, ExpectedView view) throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.list(dir)) {
      inputs = files.filter(p -> p.toString().endsWith(inputSuffix) && !p.toString().endsWith("_expected.json"))
          .sorted().toList();
    }
    int passed = 0;
    int total = 0;
    List<String> failures = new ArrayList<>();
    for (Path input : inputs) {
      Path expectedFile = expectedFor(input);
      if (!Files.exists(expectedFile)) {
        continue;
      }
      total++;
      String name = dir.getFileName() + "/" + input.getFileName();
      try {
        ParsedFeed feed = FeedDocument.parse(Files.readAllBytes(input), null, null);
        List<String> diffs = FeedCorpus.diff(view.of(FeedCorpus.readJson(expectedFile)), FeedCorpus.view(feed));
        if (diffs.isEmpty()) {
          passed++;
        } else {
          failures.add(name + " " + diffs);
        }
      } catch (NotAFeedException e) {
        failures.add(name + " not a feed: " + e.getMessage());
      }
    }
    return new Result(passed, total, failures);
  }

  private static Path expectedFor(Path input) {
    String name = input.getFileName().toString();
    if (name.endsWith(".xml")) {
      return input.resolveSibling(name.substring(0, name.length() - 4) + ".json");
    }
    return input.resolveSibling(name.substring(0, name.length() - 5) + "_expected.json");
  }

  private static Map<String, Object> rssView(JsonNode e) {
    Map<String, Object> v = feedView(e, e.get("link"), e.get("items"));
    JsonNode items = e.path("items");
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String p = "items[" + i + "].";
      putText(v, p + "id", item.path("guid").get("value"));
      putText(v, p + "link", item.get("link"));
      putText(v, p + "title", item.get("title"));
      putInstant(v, p + "published", item.get("pubDateParsed"));
      List<String> authors = new ArrayList<>();
      if (item.has("author")) {
        authors.add(RssReader.personName(item.get("author").asText()));
      }
      item.path("dcExt").path("creator").forEach(c -> FeedXml.addDistinct(authors, c.asText()));
      putList(v, p + "authors", authors);
      List<String> categories = new ArrayList<>();
      item.path("categories").forEach(c -> FeedXml.addDistinct(categories, FeedXml.plain(c.path("value").asText())));
      item.path("dcExt").path("subject").forEach(c -> FeedXml.addDistinct(categories, c.asText()));
      putList(v, p + "categories", categories);
    }
    return v;
  }

  private static Map<String, Object> atomView(JsonNode e) {
    Map<String, Object> v = feedView(e, null, e.get("entries"));
    String link = alternate(e.path("links"));
    if (link != null) {
      v.put("link", link);
    }
    JsonNode entries = e.path("entries");
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      String p = "items[" + i + "].";
      putText(v, p + "id", entry.get("id"));
      String entryLink = alternate(entry.path("links"));
      if (entryLink != null) {
        v.put(p + "link", entryLink);
      }
      putText(v, p + "title", entry.get("title"));
      putInstant(v, p + "published", entry.get("publishedParsed"));
      putInstant(v, p + "updated", entry.get("updatedParsed"));
      List<String> authors = new ArrayList<>();
      entry.path("authors").forEach(a -> FeedXml.addDistinct(authors, FeedXml.plain(a.has("name") ? a.get("name").asText() : a.path("email").asText(null))));
      putList(v, p + "authors", authors);
      List<String> categories = new ArrayList<>();
      entry.path("categories").forEach(c -> FeedXml.addDistinct(categories, c.has("label") ? c.get("label").asText() : c.path("term").asText(null)));
      putList(v, p + "categories", categories);
    }
    return v;
  }

  /** The href Atom readers take as the link: first alternate (rel defaults to it), HTML preferred. */
  private static String alternate(JsonNode links) {
    String fallback = null;
    for (JsonNode link : links) {
      String rel = link.path("rel").asText("alternate");
      if (!rel.equals("alternate") || !link.has("href")) {
        continue;
      }
      String type = link.path("type").asText("").toLowerCase(Locale.ROOT);
      if (type.isEmpty() || type.contains("html")) {
        return link.get("href").asText().strip();
      }
      fallback = fallback == null ? link.get("href").asText().strip() : fallback;
    }
    return fallback;
  }

  private static Map<String, Object> jsonView(JsonNode e) {
    Map<String, Object> v = feedView(e, e.get("home_page_url"), e.get("items"));
    JsonNode items = e.path("items");
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String p = "items[" + i + "].";
      putBasics(v, p, item, "id", item.has("url") ? "url" : "external_url", "date_published", "date_modified");
      List<String> authors = new ArrayList<>();
      item.path("authors").forEach(a -> FeedXml.addDistinct(authors, a.path("name").asText(null)));
      if (authors.isEmpty()) {
        FeedXml.addDistinct(authors, item.path("author").path("name").asText(null));
      }
      putList(v, p + "authors", authors);
      List<String> tags = new ArrayList<>();
      item.path("tags").forEach(t -> FeedXml.addDistinct(tags, t.asText()));
      putList(v, p + "categories", tags);
    }
    return v;
  }

  /** gofeed's format-neutral Feed: title, link, items with guid, dates parsed, authors, categories. */
  private static Map<String, Object> universalView(JsonNode e) {
    Map<String, Object> v = feedView(e, e.get("link"), e.get("items"));
    JsonNode items = e.path("items");
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String p = "items[" + i + "].";
      putBasics(v, p, item, "guid", "link", "publishedParsed", "updatedParsed");
      List<String> authors = new ArrayList<>();
      item.path("authors").forEach(a -> FeedXml.addDistinct(authors, a.has("name") ? a.get("name").asText() : a.path("email").asText(null)));
      putList(v, p + "authors", authors);
      List<String> categories = new ArrayList<>();
      item.path("categories").forEach(c -> FeedXml.addDistinct(categories, c.asText()));
      putList(v, p + "categories", categories);
    }
    return v;
  }

  /** Id, link, title and the two dates of an expected item, from the fields this format names them. */
  private static void putBasics(Map<String, Object> v, String p, JsonNode item, String id, String link, String published, String updated) {
    putText(v, p + "id", item.get(id));
    putText(v, p + "link", item.get(link));
    putText(v, p + "title", item.get("title"));
    putInstant(v, p + "published", item.get(published));
    putInstant(v, p + "updated", item.get(updated));
  }

  private static void putList(Map<String, Object> v, String key, List<String> values) {
    if (!values.isEmpty()) {
      v.put(key, values);
    }
  }

  private static void putInstant(Map<String, Object> v, String key, JsonNode value) {
    if (value != null && !value.isNull()) {
      v.put(key, expectedInstant(value.asText()));
    }
  }

  private static Map<String, Object> feedView(JsonNode e, JsonNode link, JsonNode items) {
    Map<String, Object> v = new LinkedHashMap<>();
    putText(v, "title", e.get("title"));
    putText(v, "link", link);
    v.put("items", items == null ? 0 : items.size());
    return v;
  }
}
