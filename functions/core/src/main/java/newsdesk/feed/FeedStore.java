package newsdesk.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port through which the poller keeps the feed registry and per-feed state, stored in the
 * same table as the articles.
 */
public interface FeedStore {

  /** Enabled feeds whose next poll is at or before {@code now}, soonest first, at most {@code limit}. */
  List<Feed> due(Instant now, int limit);

  /** All feeds, in id order. */
  List<Feed> all();

  Optional<Feed> feed(String id);

  /** Adds the feed or replaces its state. */
  void put(Feed feed);

  /**
   * Replaces the feed's state with {@code next} only if the stored feed is still enabled and due
   * exactly when {@code expected} says: a compare-and-set on the due time, which every poll moves.
   * Of two callers replacing the same state one succeeds; a caller with a stale copy fails. Returns
   * whether it replaced. How poll workers claim a feed (docs/polling.md, "Fan-out").
   */
  boolean replaceIfDue(Feed expected, Feed next);

  void remove(String id);
}
