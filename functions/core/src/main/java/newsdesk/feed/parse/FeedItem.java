package newsdesk.feed.parse;

import java.util.List;

/**
 * One entry of a feed. {@code id} is what the feed calls the item's identity (RSS guid, RSS 1.0
 * {@code rdf:about}, Atom id, JSON Feed id) or null; {@link #key()} falls back to the link for
 * deduplication. Dates are ISO-8601 with offset (date-only values are midnight UTC) or null. Titles
 * and authors are plain text; summary and content are the feed's markup (usually HTML) unsanitized.
 * URLs are absolute, resolved against xml:base and the feed URL.
 */
public record FeedItem(
    String id,
    String link,
    String title,
    String published,
    String updated,
    List<String> authors,
    String summary,
    String content,
    String imageUrl,
    Enclosure enclosure,
    List<String> categories) {

  public FeedItem {
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
  }

  /** The best stable identity for deduplication: the id, else the link, else the title; null if none. */
  public String key() {
    if (id != null) {
      return id;
    }
    return link != null ? link : title;
  }
}
