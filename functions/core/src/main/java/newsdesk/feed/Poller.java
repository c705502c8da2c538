package newsdesk.feed;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;
import java.util.function.Function;
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
 *
 * <p>With a {@link PollQueue}, a run that finds more than its fan-out threshold of due feeds polls
 * none itself: it claims them ({@link FeedStore#replaceIfDue}, next poll moved {@link #DISPATCH_LEASE}
 * ahead) and sends them, one {@link PollOrder} per host, to poll workers, which poll them through
 * {@link #work} with the same pool and limits ({@code docs/polling.md}, "Fan-out").
 */
public final class Poller {

  /**
   * One run looks at no more feeds than this; the rest wait for the next run. The deadline is what
   * really bounds a run; this only bounds the due list read up front (≈1 KB a feed), and is above
   * the 1,000 feeds a run must manage (the benchmark in {@code docs/polling.md}).
   */
  static final int MAX_FEEDS_PER_RUN = 2_000;

  /** A dispatching run reads up to this many due feeds (≈1 KB each); the rest wait for the next tick. */
  static final int MAX_FEEDS_PER_DISPATCH = 20_000;

  /**
   * With a queue, more due feeds than this are fanned out rather than polled in the run: what one
   * 5-minute run finishes even if every feed takes the fetcher's whole 8 s timeout (16 workers ×
   * 290 s ÷ 8 s ≈ 580), so a run never starts what it cannot finish, while a small registry keeps
   * the one-process per-host guarantee.
   */
  public static final int FAN_OUT_ABOVE = 500;

  /**
   * How far a dispatched feed's next poll is moved while its order waits in the queue: longer than
   * a backlog should ever be, so the next tick does not send it again. If the order is lost (dead
   * letter queue), the feed is due again after this.
   */
  public static final Duration DISPATCH_LEASE = Duration.ofHours(1);

  /** A worker's own claim before it polls: longer than a worker invocation, so it lapses only after a crash. */
  public static final Duration POLL_LEASE = SeenItems.LEASE;

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

  /**
   * What a worker did with its orders: the counts, how many feeds it skipped (already polled, claimed
   * by another worker, removed or disabled: the order was a repeat), and the positions of the orders
   * to deliver again — one of their feeds was not reached before the deadline or failed on a store
   * error; their feeds already polled are skipped on the next delivery.
   */
  public record WorkReport(PollReport report, int skipped, Set<Integer> unfinished) {}

  private final FeedStore feeds;
  private final FeedPoll poll;
  private final Clock clock;
  private final Limits limits;
  private final SafeFetcher fetcher;
  private final RawArchive archive;
  private final PollQueue queue;
  private final int fanOutAbove;

  /** A poller that polls every due feed itself. */
  public Poller(FeedStore feeds, SeenItems seen, RawArchive archive, SafeFetcher fetcher, Clock clock, Limits limits) {
    this(feeds, seen, archive, fetcher, clock, limits, null, Integer.MAX_VALUE);
  }

  /** A poller that hands the due feeds to {@code queue} when there are more than {@code fanOutAbove}. */
  public Poller(FeedStore feeds, SeenItems seen, RawArchive archive, SafeFetcher fetcher, Clock clock, Limits limits,
      PollQueue queue, int fanOutAbove) {
    if (fanOutAbove < 0) {
      throw new IllegalArgumentException("fan-out threshold must not be negative: " + fanOutAbove);
    }
    this.feeds = Objects.requireNonNull(feeds);
    this.clock = Objects.requireNonNull(clock);
    this.limits = Objects.requireNonNull(limits);
    this.fetcher = Objects.requireNonNull(fetcher);
    this.archive = Objects.requireNonNull(archive);
    this.poll = new FeedPoll(fetcher, Objects.requireNonNull(seen), archive, clock);
    this.queue = queue;
    this.fanOutAbove = fanOutAbove;
  }

  /**
   * Builds now what the first due feed would build (the HTTP client, the archive's client), for a
   * snapshot taken before any run; without it both are built on first use, which an idle run skips.
   */
  public void prime() {
    fetcher.prime();
    archive.prime();
  }

  /** One scheduled run: polls the due feeds, or hands them to workers when there are too many. */
  public PollReport run(Instant deadline) {
    Instant now = clock.instant();
    if (!now.isBefore(deadline)) {
      return PollReport.empty();
    }
    List<Feed> due = feeds.due(now, queue == null ? MAX_FEEDS_PER_RUN : MAX_FEEDS_PER_DISPATCH);
    if (due.isEmpty()) {
      return PollReport.empty();
    }
    if (queue != null && due.size() > fanOutAbove) {
      return dispatch(due, now, deadline);
    }
    List<Feed> mine = due.size() > MAX_FEEDS_PER_RUN ? due.subList(0, MAX_FEEDS_PER_RUN) : due;
    Counts counts = new Counts();
    onPool(mine, Poller::host, deadline, feed -> {
      try {
        FeedPoll.Result result = poll.poll(feed, deadline);
        feeds.put(result.feed());
        counts.add(result);
      } catch (RuntimeException e) {
        // A store failure for one feed must not end the run; its state stays as it was, still due.
        counts.polled.incrementAndGet();
        counts.failed.incrementAndGet();
      }
    });
    return counts.report(mine.size(), 0);
  }

  /**
   * A poll worker's share: polls the feeds of {@code orders} on the pool, each only if its stored next
   * poll is still the order's claim and this worker wins a claim of its own, so that a repeated or
   * overtaken order polls nothing twice. A feed's failure to fetch or parse is recorded in its state
   * as in a run; only a store failure, or the deadline, leaves its order unfinished.
   */
  public WorkReport work(List<PollOrder> orders, Instant deadline) {
    record Job(int order, PollOrder.Claim claim, String host) {}
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      for (PollOrder.Claim claim : orders.get(i).feeds()) {
        jobs.add(new Job(i, claim, orders.get(i).host()));
      }
    }
    AtomicIntegerArray settled = new AtomicIntegerArray(orders.size());
    AtomicInteger skipped = new AtomicInteger();
    Counts counts = new Counts();
    if (clock.instant().isBefore(deadline)) {
      onPool(jobs, Job::host, deadline, job -> {
        try {
          Feed feed = feeds.feed(job.claim().id()).orElse(null);
          if (!job.claim().holds(feed)
              || !feeds.replaceIfDue(feed, withNextPoll(feed, clock.instant().plus(POLL_LEASE)))) {
            skipped.incrementAndGet();
          } else {
            // Polled from the state before the claim: the timing rules read its last interval.
            FeedPoll.Result result = poll.poll(feed, deadline);
            feeds.put(result.feed());
            counts.add(result);
          }
          settled.incrementAndGet(job.order());
        } catch (RuntimeException e) {
          // A store failure: the order is delivered again; a claim made here lapses after POLL_LEASE.
          counts.polled.incrementAndGet();
          counts.failed.incrementAndGet();
        }
      });
    }
    Set<Integer> unfinished = new TreeSet<>();
    for (int i = 0; i < orders.size(); i++) {
      if (settled.get(i) < orders.get(i).feeds().size()) {
        unfinished.add(i);
      }
    }
    int started = counts.polled.get() + skipped.get();
    return new WorkReport(new PollReport(jobs.size(), counts.polled.get(), counts.failed.get(),
        counts.notModified.get(), jobs.size() - started, counts.archived.get(), 0), skipped.get(), unfinished);
  }

  /**
   * Claims the due feeds and sends them to the queue, one order per host (split at
   * {@link PollOrder#MAX_FEEDS}), in batches as they fill, so a run cut short has sent what it
   * claimed. Orders the queue refuses have their claims released: those feeds stay due.
   */
  private PollReport dispatch(List<Feed> due, Instant now, Instant deadline) {
    Map<String, List<Feed>> byHost = new LinkedHashMap<>();
    for (Feed feed : due) {
      byHost.computeIfAbsent(host(feed), h -> new ArrayList<>()).add(feed);
    }
    Instant until = now.plus(DISPATCH_LEASE);
    Dispatch dispatch = new Dispatch(until);
    for (Map.Entry<String, List<Feed>> host : byHost.entrySet()) {
      List<Feed> chunk = new ArrayList<>();
      for (Feed feed : host.getValue()) {
        if (!clock.instant().isBefore(deadline)) {
          break;
        }
        Feed claimed = withNextPoll(feed, until);
        try {
          if (feeds.replaceIfDue(feed, claimed)) {
            chunk.add(feed);
          }
        } catch (RuntimeException e) {
          dispatch.failed++; // left due for the next tick
        }
        if (chunk.size() == PollOrder.MAX_FEEDS) {
          dispatch.add(host.getKey(), chunk);
          chunk = new ArrayList<>();
        }
      }
      if (!chunk.isEmpty()) {
        dispatch.add(host.getKey(), chunk);
      }
    }
    dispatch.flush();
    return new PollReport(due.size(), 0, dispatch.failed, 0, due.size() - dispatch.sent - dispatch.failed, 0,
        dispatch.sent);
  }

  /** The orders of one dispatching run: those waiting to be sent, with the feeds they claimed. */
  private final class Dispatch {
    final Instant until;
    final List<PollOrder> pending = new ArrayList<>();
    final Map<PollOrder, List<Feed>> claimed = new LinkedHashMap<>();
    int sent;
    int failed;

    Dispatch(Instant until) {
      this.until = until;
    }

    void add(String host, List<Feed> chunk) {
      PollOrder order = new PollOrder(host,
          chunk.stream().map(f -> new PollOrder.Claim(f.id(), until.toString(), f.lastPoll())).toList());
      pending.add(order);
      claimed.put(order, List.copyOf(chunk));
      if (pending.size() == PollQueue.BATCH) {
        flush();
      }
    }

    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      List<PollOrder> unsent = List.of();
      try {
        queue.send(List.copyOf(pending));
      } catch (PollQueue.SendFailed e) {
        unsent = e.unsent();
      } catch (RuntimeException e) {
        unsent = List.copyOf(pending);
      }
      for (PollOrder order : pending) {
        List<Feed> orderFeeds = claimed.remove(order);
        if (!unsent.contains(order)) {
          sent += orderFeeds.size();
          continue;
        }
        failed += orderFeeds.size();
        for (Feed feed : orderFeeds) {
          try {
            feeds.replaceIfDue(withNextPoll(feed, until), feed);
          } catch (RuntimeException e) {
            // The claim lapses after DISPATCH_LEASE instead: the feed is late, not lost.
          }
        }
      }
      pending.clear();
    }
  }

  /** Runs {@code action} on each item on the pool, per-host limited, starting none after the deadline. */
  private <T> void onPool(List<T> items, Function<T, String> hostOf, Instant deadline, Consumer<T> action) {
    if (items.isEmpty()) {
      return;
    }
    Queue<T> pending = new Queue<>(items, hostOf, limits.perHost());
    int workers = Math.min(limits.threads(), items.size());
    ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
      Thread thread = new Thread(task, "newsdesk-poll");
      thread.setDaemon(true);
      return thread;
    });
    try {
      for (int i = 0; i < workers; i++) {
        pool.execute(() -> {
          for (T item; (item = pending.take(clock, deadline)) != null; ) {
            try {
              action.accept(item);
            } finally {
              pending.done(item);
            }
          }
        });
      }
      pool.shutdown();
      awaitQuietly(pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Feed withNextPoll(Feed f, Instant next) {
    return new Feed(f.id(), f.url(), f.title(), f.etag(), f.lastModified(), f.lastPoll(), next.toString(),
        f.consecutiveErrors(), f.lastError(), f.disabledReason());
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

    PollReport report(int due, int dispatched) {
      return new PollReport(due, polled.get(), failed.get(), notModified.get(), due - polled.get(), archived.get(),
          dispatched);
    }
  }

  /** The items not yet started, handed out in order to hosts with a free slot. */
  private static final class Queue<T> {
    private final LinkedList<T> pending;
    private final Function<T, String> hostOf;
    private final Map<String, Integer> busy = new HashMap<>();
    private final int perHost;

    Queue(List<T> items, Function<T, String> hostOf, int perHost) {
      this.pending = new LinkedList<>(items);
      this.hostOf = hostOf;
      this.perHost = perHost;
    }

    /** The next item to work on, waiting while every pending item's host is busy; null when done or out of time. */
    synchronized T take(Clock clock, Instant deadline) {
      while (true) {
        long left = deadline.toEpochMilli() - clock.millis();
        if (pending.isEmpty() || left <= 0) {
          return null;
        }
        for (Iterator<T> it = pending.iterator(); it.hasNext(); ) {
          T item = it.next();
          String host = hostOf.apply(item);
          int n = busy.getOrDefault(host, 0);
          if (n < perHost) {
            it.remove();
            busy.put(host, n + 1);
            return item;
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

    synchronized void done(T item) {
      busy.merge(hostOf.apply(item), -1, Integer::sum);
      notifyAll();
    }
  }

  /** The host a feed is fetched from; an unreadable URL is its own "host" (it fails at once anyway). */
  static String host(Feed feed) {
    try {
      String host = URI.create(feed.url().strip()).getHost();
      return host == null ? feed.url() : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return feed.url();
    }
  }
}
