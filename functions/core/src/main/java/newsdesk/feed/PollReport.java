package newsdesk.feed;

/**
 * What one scheduled poll run did: feeds that were due, polled (a response or a failure was
 * recorded), failed (fetch error, error status, not a feed; includes those disabled by this run),
 * answered 304, left for the next run because the deadline came first, and new items archived.
 */
public record PollReport(int due, int polled, int failed, int notModified, int deferred, int archived) {

  /** A run that had nothing to do. */
  public static PollReport empty() {
    return new PollReport(0, 0, 0, 0, 0, 0);
  }
}
