package newsdesk.feed.parse;

import java.util.List;

/**
 * A feed as the poller needs it, whatever format it came in: its title, the site it describes
 * ({@code link}), where it says it lives ({@code selfUrl}, for following moves) and its WebSub hub,
 * the items in document order, the format that was read, and warnings about values that were
 * assumed or dropped (unreadable dates, truncation) for the caller to log. URLs are absolute.
 */
public record ParsedFeed(
    String title,
    String link,
    String selfUrl,
    String hubUrl,
    List<FeedItem> items,
    FeedFormat format,
    List<String> warnings) {

  public ParsedFeed {
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
  }
}
