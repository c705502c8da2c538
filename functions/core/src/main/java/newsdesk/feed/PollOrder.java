package newsdesk.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Objects;
import newsdesk.article.ArticleJson;

/**
 * One message on the poll queue: up to {@link #MAX_FEEDS} due feeds of one host, each with the next
 * poll time the dispatching run claimed it until. A worker polls a feed only while its stored next
 * poll is still that time, so a message delivered twice, or after the feed was polled another way,
 * polls nothing twice; one host per order keeps that host's feeds in one worker, under its
 * per-host limit.
 */
public record PollOrder(String host, List<Claim> feeds) {

  /** Feeds of one host in one order: at 2 per host and a second or two a feed, well inside a worker's timeout. */
  public static final int MAX_FEEDS = 100;

  /**
   * A feed, the next poll time its claim set, and its last poll then (null if never polled): the
   * token a worker checks before polling. The last poll is part of it because every poll moves it,
   * while a poll's new next poll could, however unlikely, equal the claim's.
   */
  public record Claim(String id, String until, String lastPoll) {
    public Claim {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(until, "until");
    }

    /** Whether {@code feed}'s stored state is still the one this claim left: enabled, not polled since. */
    public boolean holds(Feed feed) {
      return feed != null && feed.disabledReason() == null && until.equals(feed.nextPoll())
          && Objects.equals(lastPoll, feed.lastPoll());
    }
  }

  public PollOrder {
    Objects.requireNonNull(host, "host");
    feeds = List.copyOf(feeds);
    if (feeds.isEmpty() || feeds.size() > MAX_FEEDS) {
      throw new IllegalArgumentException("an order holds 1 to " + MAX_FEEDS + " feeds, not " + feeds.size());
    }
  }

  /** The message body: {@code {"host": …, "feeds": [{"id": …, "until": …}, …]}}. */
  public String toJson() {
    return ArticleJson.write(this);
  }

  /**
   * Reads a message body written by {@link #toJson}.
   *
   * @throws IllegalArgumentException the body is not an order (it would never succeed: not retried as such)
   */
  public static PollOrder fromJson(String body) {
    try {
      PollOrder order = ArticleJson.MAPPER.readValue(body == null ? "" : body, PollOrder.class);
      if (order == null) {
        throw new IllegalArgumentException("not a poll order: empty body");
      }
      return order;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a poll order: " + e.getMessage(), e);
    }
  }
}
