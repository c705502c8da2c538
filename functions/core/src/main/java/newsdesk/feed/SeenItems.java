package newsdesk.feed;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The port that remembers which items of a feed were already archived, across runs, so that a feed
 * which re-orders or re-publishes its items yields no duplicates. An item is remembered under every
 * key {@link ItemKeys} gives it (id, link, content hash); it is new only if none of them was seen.
 * {@link #claim} is conditional on its first key being absent, so of two runs (or a run and its
 * retry) that find the same new item, exactly one archives it.
 */
public interface SeenItems {

  /** Which of {@code keys} are remembered for the feed (a consistent read). */
  Set<String> seen(String feedId, List<String> keys);

  /**
   * Remembers the item: writes {@code keys.get(0)} only if absent, and if that succeeded the other
   * keys too. Returns whether this caller made the claim.
   */
  boolean claim(String feedId, List<String> keys, Instant at);

  /** Forgets the keys, so that a claimed item whose archiving failed is new again on the next run. */
  void release(String feedId, List<String> keys);
}
