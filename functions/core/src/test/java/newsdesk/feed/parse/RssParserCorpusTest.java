package newsdesk.feed.parse;

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
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the parser over rss-parser's real feeds (MIT): news sites, podcasts, Atom from Blogger and
 * GitHub, RSS 1.0, an ISO-8859-1 feed and broken ones. Every input must parse, except the
 * documented expected failures, and feed title and link, item count, and each item's title, link
 * and date must match {@code output/}.
 */
class RssParserCorpusTest {

  /** An HTML "Document Moved" page saved as .rss: not a feed, and rss-parser has no output for it either. */
  private static final Set<String> NOT_FEEDS = Set.of("unrecognized.rss");

  @Test
  void everyFeedParsesAndMatchesTheExpectedOutput() throws IOException {
    Path dir = FeedCorpus.dir("rss-parser");
    List<Path> inputs;
    try (Stream<Path> files = Files.list(dir.resolve("input"))) {
      inputs = files.sorted().toList();
    }
    List<String> failures = new ArrayList<>();
    int compared = 0;
    for (Path input : inputs) {
      String name = input.getFileName().toString();
      byte[] body = Files.readAllBytes(input);
      if (NOT_FEEDS.contains(name)) {
        assertThatThrownBy(() -> FeedDocument.parse(body, null, null)).isInstanceOf(NotAFeedException.class);
        continue;
      }
      ParsedFeed feed;
      try {
        feed = FeedDocument.parse(body, null, null);
      } catch (NotAFeedException e) {
        failures.add(name + ": not a feed: " + e.getMessage());
        continue;
      }
      Path expected = dir.resolve("output").resolve(name.substring(0, name.lastIndexOf('.')) + ".json");
      if (!Files.exists(expected)) {
        // itunes-missing-image.rss has no expected output upstream; parsing it is the test.
        assertThat(feed.items()).as(name).isNotEmpty();
        continue;
      }
      compared++;
      Map<String, Object> actual = FeedCorpus.view(feed);
      for (int i = 0; i < feed.items().size(); i++) {
        // rss-parser's isoDate is the item's one date: pubDate, else (Atom) updated.
        FeedItem item = feed.items().get(i);
        actual.put("items[" + i + "].published", FeedCorpus.instant(item.published() != null ? item.published() : item.updated()));
      }
      Map<String, Object> want = view(FeedCorpus.readJson(expected).path("feed"));
      forgiveUpstreamMojibake(want, actual);
      List<String> diffs = FeedCorpus.diff(want, actual);
      if (!diffs.isEmpty()) {
        failures.add(name + " " + diffs.subList(0, Math.min(5, diffs.size())) + (diffs.size() > 5 ? " and " + (diffs.size() - 5) + " more" : ""));
      }
    }
    System.out.printf("rss-parser: %d of %d compared feeds match%n", compared - failures.size(), compared);
    failures.forEach(f -> System.out.println("  " + f));
    assertThat(failures).isEmpty();
  }

  /**
   * rss-parser read uolNoticias.rss (ISO-8859-1, declared only in its XML declaration) as UTF-8,
   * so its expected titles have U+FFFD where the accents were; we decode them. Such a title is
   * accepted when ours matches it with each replacement character standing for one character.
   */
  private static void forgiveUpstreamMojibake(Map<String, Object> expected, Map<String, Object> actual) {
    expected.replaceAll(
        (key, value) -> {
          if (value instanceof String s && s.indexOf('\uFFFD') >= 0 && actual.get(key) instanceof String ours) {
            String pattern = Stream.of(FeedXml.plain(s).split("\uFFFD", -1)).map(Pattern::quote).collect(Collectors.joining("."));
            return Pattern.compile(pattern).matcher(ours).matches() ? ours : value;
          }
          return value;
        });
  }

  private static Map<String, Object> view(JsonNode feed) {
    Map<String, Object> v = new LinkedHashMap<>();
    putText(v, "title", feed.get("title"));
    putText(v, "link", feed.get("link"));
    JsonNode items = feed.path("items");
    v.put("items", items.size());
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String p = "items[" + i + "].";
      putText(v, p + "title", item.get("title"));
      if (item.hasNonNull("link")) {
        v.put(p + "link", item.get("link").asText().strip()); // rss-parser keeps the whitespace around links
      }
      if (item.hasNonNull("isoDate")) {
        v.put(p + "published", FeedCorpus.expectedInstant(item.get("isoDate").asText()));
      }
    }
    return v;
  }
}
