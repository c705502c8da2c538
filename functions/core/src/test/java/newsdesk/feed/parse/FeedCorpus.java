package newsdesk.feed.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Access to the shared feed corpora (read in place, never copied) and a field-by-field comparison of
 * a {@link ParsedFeed} with an expected view built from a corpus's JSON. Only the fields the
 * expected view has are compared, because each corpus file tests one feature and leaves the rest out.
 */
final class FeedCorpus {

  static final ObjectMapper JSON = new ObjectMapper();

  private FeedCorpus() {}

  /** The corpus folder, or a skipped test when the shared corpora are not checked out beside the project. */
  static Path dir(String relative) {
    String root = System.getProperty("newsdesk.root");
    assumeTrue(root != null, "newsdesk.root is not set");
    Path dir = Path.of(root).resolve("../shared/corpus/feeds").resolve(relative).normalize();
    assumeTrue(Files.isDirectory(dir), "corpus not present: " + dir);
    return dir;
  }

  /** Reads JSON that some corpus files store in ISO-8859-1 rather than UTF-8. */
  static JsonNode readJson(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, StandardCharsets.ISO_8859_1);
    }
    return JSON.readTree(text);
  }

  /** The comparable fields of a feed: "title", "link", "items" count, and "items[i].field". */
  static Map<String, Object> view(ParsedFeed feed) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("title", feed.title());
    v.put("link", feed.link());
    v.put("items", feed.items().size());
    for (int i = 0; i < feed.items().size(); i++) {
      FeedItem item = feed.items().get(i);
      String p = "items[" + i + "].";
      v.put(p + "id", item.id());
      v.put(p + "link", item.link());
      v.put(p + "title", item.title());
      v.put(p + "published", instant(item.published()));
      v.put(p + "updated", instant(item.updated()));
      v.put(p + "authors", item.authors());
      v.put(p + "categories", item.categories());
    }
    return v;
  }

  /** Differences for every key of {@code expected}; titles compared as text with collapsed whitespace. */
  static List<String> diff(Map<String, Object> expected, Map<String, Object> actual) {
    List<String> diffs = new ArrayList<>();
    expected.forEach(
        (key, want) -> {
          Object got = actual.get(key);
          if (key.endsWith("title")) {
            want = FeedXml.plain((String) want);
          }
          if (key.endsWith("authors")) {
            want = ((List<?>) want).stream().map(a -> FeedXml.plain((String) a)).toList();
          }
          if (!Objects.equals(want, got)) {
            diffs.add(key + ": expected <" + want + "> but was <" + got + ">");
          }
        });
    return diffs;
  }

  static Instant instant(String iso) {
    return iso == null ? null : OffsetDateTime.parse(iso).toInstant();
  }

  /** An expected date: ISO-8601 as the corpora write parsed dates. */
  static Instant expectedInstant(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  static void putText(Map<String, Object> v, String key, JsonNode node) {
    if (node != null && node.isValueNode() && !node.isNull()) {
      v.put(key, node.asText());
    }
  }
}
