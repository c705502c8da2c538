package newsdesk.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The port that remembers which items of a feed were already archived, across runs, so that a feed
 * which re-orders or re-publishes its items yields no duplicates. An item is remembered under every
 * key {@link ItemKeys} gives it (id, link, content hash); it is new only if none of them is seen.
 *
 * <p>Remembering is two steps around the archive write. {@link #claim} is conditional on the first
 * key being free, so of two runs (or a run and its retry) that find the same new item exactly one
 * archives it; {@link #confirm} then makes the memory permanent. A claim that is never confirmed —
 * the run crashed between claim and archive — lapses after {@link #LEASE}, and the item is new
 * again: nothing is lost, and nothing is archived twice unless a run outlives the lease, which the
 * poller's deadline and fetch timeouts rule out.
 */
public interface SeenItems {

  /** How long an unconfirmed claim holds; far longer than any run (the Lambda timeout is 5 min). */
  Duration LEASE = Duration.ofMinutes(15);

  /** Which of {@code keys} are seen for the feed at {@code now}: confirmed, or claimed within the lease (a consistent read). */
  Set<String> seen(String feedId, List<String> keys, Instant now);

  /**
   * Claims the item: writes {@code keys.get(0)} only if it is absent or its claim has lapsed, and if
   * that succeeded the other keys too. Returns whether this caller made the claim.
   */
  boolean claim(String feedId, List<String> keys, Instant now);

  /** Marks the claimed item as archived: its keys are remembered for good. */
  void confirm(String feedId, List<String> keys, Instant now);

  /** Forgets the keys, so that a claimed item whose archiving failed is new again on the next run. */
  void release(String feedId, List<String> keys);
}
