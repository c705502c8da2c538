package newsdesk.feed;

/**
 * What one scheduled poll run (or one worker's orders) did: feeds that were due, polled (a response
 * or a failure was recorded), failed (fetch error, error status, not a feed; includes those disabled
 * by this run), answered 304, left for later because the deadline came first, new items archived,
 * and handed to poll workers through the queue instead of being polled here.
 */
public record PollReport(int due, int polled, int failed, int notModified, int deferred, int archived, int dispatched) {

  /** A run that had nothing to do. */
  public static PollReport empty() {
    return new PollReport(0, 0, 0, 0, 0, 0, 0);
  }
}
