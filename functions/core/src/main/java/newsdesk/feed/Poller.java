package newsdesk.feed;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.fetch.SafeFetcher;

/**
 * One scheduled poll run: reads the feeds that are due and polls them concurrently on a bounded pool
 * of {@link Limits#threads()} workers, never more than {@link Limits#perHost()} at a time against
 * one host, until the deadline. A worker starts no feed once the deadline has passed; feeds not
 * started stay due and are taken by the next run, and a feed in hand finishes within the fetcher's
 * own total timeout, so callers keep at least that much between the deadline and their hard stop.
 * Each feed's state is saved as soon as it is done, so a crash loses at most the feeds in hand.
 *
 * <p>Workers pick the next due feed whose host has a free slot, rather than blocking on a busy
 * host, so one publisher with many feeds cannot occupy the whole pool.
 */
public final class Poller {

  /**
   * One run looks at no more feeds than this; the rest wait for the next run. The deadline is what
   * really bounds a run; this only bounds the due list read up front (≈1 KB a feed), and is above
   * the 1,000 feeds a run must manage (the benchmark in {@code docs/polling.md}).
   */
  static final int MAX_FEEDS_PER_RUN = 2_000;

  /** How much one run does at once: pool size, and connections to one host. */
  public record Limits(int threads, int perHost) {

    /** 16 workers (a poll is I/O-bound) and 2 per host, what well-behaved feed readers use. */
    public static Limits defaults() {
      return new Limits(16, 2);
    }

    public Limits {
      if (threads < 1 || perHost < 1) {
        throw new IllegalArgumentException("limits must be positive: " + threads + ", " + perHost);
      }
    }
  }

  private final FeedStore feeds;
  private final FeedPoll poll;
  private final Clock clock;
  private final Limits limits;
  private final SafeFetcher fetcher;
  private final RawArchive archive;

  public Poller(FeedStore feeds, SeenItems seen, RawArchive archive, SafeFetcher fetcher, Clock clock, Limits limits) {
    this.feeds = Objects.requireNonNull(feeds);
    this.clock = Objects.requireNonNull(clock);
    this.limits = Objects.requireNonNull(limits);
    this.fetcher = Objects.requireNonNull(fetcher);
    this.archive = Objects.requireNonNull(archive);
    this.poll = new FeedPoll(fetcher, Objects.requireNonNull(seen), archive, clock);
  }

  /**
   * Builds now what the first due feed would build (the HTTP client, the archive's client), for a
   * snapshot taken before any run; without it both are built on first use, which an idle run skips.
   */
  public void prime() {
    fetcher.prime();
    archive.prime();
  }

  public PollReport run(Instant deadline) {
    Instant now = clock.instant();
    if (!now.isBefore(deadline)) {
      return PollReport.empty();
    }
    List<Feed> due = feeds.due(now, MAX_FEEDS_PER_RUN);
    if (due.isEmpty()) {
      return PollReport.empty();
    }
    Queue queue = new Queue(due, limits.perHost());
    Counts counts = new Counts();
    int workers = Math.min(limits.threads(), due.size());
    ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
      Thread thread = new Thread(task, "newsdesk-poll");
      thread.setDaemon(true);
      return thread;
    });
    try {
      for (int i = 0; i < workers; i++) {
        pool.execute(() -> work(queue, counts, deadline));
      }
      pool.shutdown();
      awaitQuietly(pool);
    } finally {
      pool.shutdownNow();
    }
    return new PollReport(due.size(), counts.polled.get(), counts.failed.get(), counts.notModified.get(),
        due.size() - counts.polled.get(), counts.archived.get());
  }

  private void work(Queue queue, Counts counts, Instant deadline) {
    for (Feed feed; (feed = queue.take(clock, deadline)) != null; ) {
      try {
        FeedPoll.Result result = poll.poll(feed, deadline);
        feeds.put(result.feed());
        counts.add(result);
      } catch (RuntimeException e) {
        // A store failure for one feed must not end the run; its state stays as it was, still due.
        counts.polled.incrementAndGet();
        counts.failed.incrementAndGet();
      } finally {
        queue.done(feed);
      }
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // workers end by themselves: each feed is bounded by the fetcher's total timeout
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class Counts {
    final AtomicInteger polled = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger notModified = new AtomicInteger();
    final AtomicInteger archived = new AtomicInteger();

    void add(FeedPoll.Result result) {
      polled.incrementAndGet();
      archived.addAndGet(result.archived());
      switch (result.outcome()) {
        case NOT_MODIFIED -> notModified.incrementAndGet();
        case FAILED, DISABLED -> failed.incrementAndGet();
        case FETCHED -> { }
      }
    }
  }

  /** The due feeds not yet started, handed out soonest-due first to hosts with a free slot. */
  private static final class Queue {
    private final LinkedList<Feed> pending;
    private final Map<String, Integer> busy = new HashMap<>();
    private final int perHost;

    Queue(List<Feed> due, int perHost) {
      this.pending = new LinkedList<>(due);
      this.perHost = perHost;
    }

    /** The next feed to poll, waiting while every pending feed's host is busy; null when done or out of time. */
    synchronized Feed take(Clock clock, Instant deadline) {
      while (true) {
        long left = deadline.toEpochMilli() - clock.millis();
        if (pending.isEmpty() || left <= 0) {
          return null;
        }
        for (Iterator<Feed> it = pending.iterator(); it.hasNext(); ) {
          Feed feed = it.next();
          String host = host(feed);
          int n = busy.getOrDefault(host, 0);
          if (n < perHost) {
            it.remove();
            busy.put(host, n + 1);
            return feed;
          }
        }
        try {
          wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return null;
        }
      }
    }

    synchronized void done(Feed feed) {
      busy.merge(host(feed), -1, Integer::sum);
      notifyAll();
    }

    /** The host a feed is fetched from; an unreadable URL is its own "host" (it fails at once anyway). */
    private static String host(Feed feed) {
      try {
        String host = URI.create(feed.url().strip()).getHost();
        return host == null ? feed.url() : host.toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException e) {
        return feed.url();
      }
    }
  }
}
