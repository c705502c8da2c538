package newsdesk.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One scheduled poll run: reads the feeds that are due from the registry and polls them until the
 * deadline. Fetching and parsing feeds arrives with the feed-poller issue; until then a run finds
 * the due feeds, polls none, and leaves their state untouched so nothing is lost or skipped.
 */
public final class Poller {

  /** One run looks at no more feeds than this; the rest wait for the next run. */
  static final int MAX_FEEDS_PER_RUN = 500;

  private final FeedStore feeds;
  private final Clock clock;

  public Poller(FeedStore feeds, Clock clock) {
    this.feeds = Objects.requireNonNull(feeds);
    this.clock = Objects.requireNonNull(clock);
  }

  public PollReport run(Instant deadline) {
    Instant now = clock.instant();
    if (!now.isBefore(deadline)) {
      return new PollReport(0, 0, 0);
    }
    List<Feed> due = feeds.due(now, MAX_FEEDS_PER_RUN);
    return new PollReport(due.size(), 0, 0);
  }
}
