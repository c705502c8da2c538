package newsdesk.feed.parse;

import static newsdesk.feed.parse.FeedXml.addDistinct;
import static newsdesk.feed.parse.FeedXml.blankToNull;
import static newsdesk.feed.parse.FeedXml.plain;
import static newsdesk.feed.parse.FeedXml.resolve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) through Jackson's tree model, so
 * unknown fields and wrong types are skipped rather than failing the feed. 1.1's {@code authors}
 * arrays are read, with 1.0's single {@code author} as the fallback; items without authors inherit
 * the feed's.
 */
final class JsonFeedReader {

  /** Shared because building an ObjectMapper is the expensive part; readTree is thread-safe. */
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonFeedReader() {}

  static ParsedFeed read(String text, String feedUrl, List<String> warnings) throws NotAFeedException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new NotAFeedException("invalid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new NotAFeedException("JSON that is not an object cannot be a JSON Feed");
    }
    String version = root.path("version").asText("");
    // Some generators write "1.0" instead of the version URL; an items array is then the tell.
    if (!version.contains("jsonfeed.org/version/") && !root.path("items").isArray()) {
      throw new NotAFeedException("JSON without a jsonfeed.org version or an items array is not a JSON Feed");
    }
    List<String> feedAuthors = authors(root);
    List<FeedItem> items = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      if (items.size() == RssReader.MAX_ITEMS) {
        warnings.add("more than " + RssReader.MAX_ITEMS + " items; the rest were dropped");
        break;
      }
      if (item.isObject()) {
        items.add(item(item, feedAuthors, feedUrl, warnings));
      }
    }
    String hub = null;
    for (JsonNode h : root.path("hubs")) {
      hub = hub == null ? resolve(feedUrl, string(h, "url")) : hub;
    }
    return new ParsedFeed(
        plain(string(root, "title")),
        resolve(feedUrl, string(root, "home_page_url")),
        resolve(feedUrl, string(root, "feed_url")),
        hub,
        items,
        FeedFormat.JSON_FEED,
        warnings);
  }

  private static FeedItem item(JsonNode item, List<String> feedAuthors, String feedUrl, List<String> warnings) {
    List<String> authors = authors(item);
    List<String> tags = new ArrayList<>();
    for (JsonNode tag : item.path("tags")) {
      addDistinct(tags, tag.isValueNode() ? tag.asText().strip() : null);
    }
    Enclosure enclosure = null;
    for (JsonNode attachment : item.path("attachments")) {
      String url = resolve(feedUrl, string(attachment, "url"));
      if (url != null && enclosure == null) {
        long size = attachment.path("size_in_bytes").canConvertToLong() ? attachment.path("size_in_bytes").asLong() : -1;
        enclosure = new Enclosure(url, string(attachment, "mime_type"), size);
      }
    }
    String contentText = string(item, "content_text");
    String content = string(item, "content_html");
    if (content == null && contentText != null) {
      content = Entities.escape(contentText);
    }
    String image = string(item, "image");
    String link = string(item, "url");
    return new FeedItem(
        string(item, "id"),
        resolve(feedUrl, link != null ? link : string(item, "external_url")),
        plain(string(item, "title")),
        date(item, "date_published", warnings),
        date(item, "date_modified", warnings),
        authors.isEmpty() ? feedAuthors : authors,
        string(item, "summary"),
        content,
        resolve(feedUrl, image != null ? image : string(item, "banner_image")),
        enclosure,
        tags);
  }

  private static List<String> authors(JsonNode node) {
    List<String> names = new ArrayList<>();
    List<JsonNode> authors = new ArrayList<>();
    node.path("authors").forEach(authors::add);
    if (authors.isEmpty() && node.has("author")) {
      authors.add(node.get("author"));
    }
    for (JsonNode author : authors) {
      String name = author.isTextual() ? author.asText() : string(author, "name");
      addDistinct(names, plain(name));
    }
    return names;
  }

  private static String date(JsonNode item, String field, List<String> warnings) {
    return FeedXml.date(field, string(item, field), warnings);
  }

  /** A scalar field as trimmed text (ids may be numbers); null when absent, blank or not a scalar. */
  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isValueNode() || value.isNull() ? null : blankToNull(value.asText().strip());
  }
}
