package newsdesk.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import newsdesk.feed.Feed;
import newsdesk.feed.FeedStore;
import newsdesk.feed.PollOrder;
import newsdesk.feed.PollQueue;
import newsdesk.feed.PollReport;
import newsdesk.feed.Poller;
import newsdesk.feed.RawArchive;
import newsdesk.feed.SeenItems;
import newsdesk.fetch.FetchSettings;
import newsdesk.fetch.SafeFetcher;
import newsdesk.store.SortKeys;

/**
 * Benchmark, not a test: one poll run over 1,000 feeds served locally with 100 ms latency each,
 * spread over 50 hosts (127.0.0.2–51, all loopback on Linux) so that the per-host limit is not the
 * bottleneck. Prints feeds/second, its ratio to the ideal of the pool size (every worker always busy
 * for exactly the latency), and the peak heap. The stores are in memory here so that the run
 * measures the poller and the network, not DynamoDB; each feed has one new item whose page is also
 * served with the latency, so the ideal counts two requests per feed.
 *
 * <p>With a fourth argument {@code workers} &gt; 0 it then measures fan-out on the same servers: a
 * scheduled run with a fan-out threshold of 0 claims another set of as many feeds and sends one order
 * per host to an in-memory queue, and {@code workers} threads, each standing for one poll worker
 * invocation, take batches of up to 10 orders and poll them with {@link Poller#work}; it prints
 * feeds/second from the start of the dispatch to the last feed, first with one worker (the baseline
 * for the same path, measured warm), then with {@code workers}, and the ratios.
 *
 * <p>Run: {@code java -cp bench/target/classes:bench/target/lib/* newsdesk.bench.PollRun [feeds] [hosts] [latencyMs] [workers]}.
 */
public final class PollRun {

  private PollRun() {}

  public static void main(String[] args) throws Exception {
    int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    long latency = args.length > 2 ? Long.parseLong(args[2]) : 100;
    int workers = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    List<HttpServer> servers = new ArrayList<>();
    int port = 0;
    for (int h = 0; h < hosts; h++) {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0." + (h + 2)), port), 0);
      port = server.getAddress().getPort();
      server.setExecutor(Executors.newCachedThreadPool());
      String host = "http://127.0.0." + (h + 2) + ":" + port;
      server.createContext("/", exchange -> {
        sleep(latency);
        String path = exchange.getRequestURI().getPath();
        String body = path.startsWith("/feed/")
            ? "<rss><channel><title>F</title><item><guid>" + path + "</guid><link>" + host + "/page" + path
                + "</link><title>T</title><description>text " + path + "</description></item></channel></rss>"
            : "<html><body><p>" + "page ".repeat(400) + "</p></body></html>";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      });
      server.start();
      servers.add(server);
    }
    MemoryFeeds store = new MemoryFeeds();
    for (int i = 0; i < feeds; i++) {
      String host = "127.0.0." + (i % hosts + 2) + ":" + port;
      store.put(new Feed("f" + i, "http://" + host + "/feed/" + i, null, null, null, null, null, 0, null, null));
    }
    AtomicLong archivedBytes = new AtomicLong();
    RawArchive archive = (key, body, type, metadata) -> archivedBytes.addAndGet(body.length);
    Poller.Limits limits = Poller.Limits.defaults();
    Poller poller = new Poller(store, new MemorySeen(), archive,
        new SafeFetcher(FetchSettings.defaults().withAllowLoopback(true)), Clock.systemUTC(), limits);

    HeapPeak heap = new HeapPeak();
    heap.start();
    long start = System.nanoTime();
    PollReport report = poller.run(Instant.now().plus(Duration.ofMinutes(5)));
    double seconds = (System.nanoTime() - start) / 1e9;
    heap.stopSampling();
    double rate = report.polled() / seconds;
    double ideal = Math.min(limits.threads(), (double) hosts * limits.perHost()) / (2 * latency / 1000.0);
    System.out.printf("feeds=%d hosts=%d latency=%dms threads=%d perHost=%d%n", feeds, hosts, latency,
        limits.threads(), limits.perHost());
    System.out.printf("polled=%d failed=%d archived=%d (%d KB) in %.2f s%n", report.polled(), report.failed(),
        report.archived(), archivedBytes.get() / 1024, seconds);
    System.out.printf("%.1f feeds/s; ideal %.1f feeds/s (2 requests of %d ms per feed); ratio %.2f%n", rate, ideal,
        latency, rate / ideal);
    System.out.printf("peak heap %.1f MB%n", heap.peak / 1024.0 / 1024.0);
    if (workers > 0) {
      // One worker first: the same path with no parallelism, measured warm like the run with more.
      double one = fanOut(feeds, hosts, port, 1, limits);
      double many = fanOut(feeds, hosts, port, workers, limits);
      System.out.printf("fan-out with %d workers: %.2f x one worker, %.2f x the single run%n", workers, many / one,
          many / rate);
    }
    servers.forEach(s -> s.stop(0));
    System.exit(0);
  }

  /** The fan-out run (class comment): new feed ids, so their items are new again. */
  private static double fanOut(int feeds, int hosts, int port, int workers, Poller.Limits limits)
      throws InterruptedException {
    MemoryFeeds store = new MemoryFeeds();
    for (int i = 0; i < feeds; i++) {
      String host = "127.0.0." + (i % hosts + 2) + ":" + port;
      String id = "w" + workers + "-" + i;
      store.put(new Feed(id, "http://" + host + "/feed/" + id, null, null, null, null, null, 0, null, null));
    }
    LinkedBlockingQueue<PollOrder> queue = new LinkedBlockingQueue<>();
    PollQueue sqs = queue::addAll;
    RawArchive archive = (key, body, type, metadata) -> { };
    MemorySeen seen = new MemorySeen();
    SafeFetcher fetcher = new SafeFetcher(FetchSettings.defaults().withAllowLoopback(true));
    Poller scheduler = new Poller(store, seen, archive, fetcher, Clock.systemUTC(), limits, sqs, 0);
    Poller worker = new Poller(store, seen, archive, fetcher, Clock.systemUTC(), limits);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));

    long start = System.nanoTime();
    PollReport dispatch = scheduler.run(deadline);
    double dispatchSeconds = (System.nanoTime() - start) / 1e9;
    int orders = queue.size();
    AtomicInteger polled = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      Thread thread = new Thread(() -> {
        for (List<PollOrder> batch = take(queue); !batch.isEmpty(); batch = take(queue)) {
          Poller.WorkReport work = worker.work(batch, deadline);
          polled.addAndGet(work.report().polled());
          skipped.addAndGet(work.skipped());
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double rate = polled.get() / seconds;
    System.out.printf("fan-out: dispatched=%d in %.2f s as %d orders; %d workers polled=%d skipped=%d in %.2f s%n",
        dispatch.dispatched(), dispatchSeconds, orders, workers, polled.get(), skipped.get(), seconds);
    System.out.printf("fan-out %.1f feeds/s%n", rate);
    return rate;
  }

  /** Up to 10 orders, what one SQS batch holds; empty when the queue is drained. */
  private static List<PollOrder> take(LinkedBlockingQueue<PollOrder> queue) {
    List<PollOrder> batch = new ArrayList<>();
    queue.drainTo(batch, 10);
    return batch;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Samples used heap every 10 ms; the peak is what a function's memory setting must cover. */
  private static final class HeapPeak extends Thread {
    volatile boolean running = true;
    volatile long peak;

    HeapPeak() {
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running) {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          if (pool.getType() == MemoryType.HEAP) {
            used += pool.getUsage().getUsed();
          }
        }
        peak = Math.max(peak, used);
        PollRun.sleep(10);
      }
    }

    void stopSampling() {
      running = false;
    }
  }

  private static final class MemoryFeeds implements FeedStore {
    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();

    @Override
    public List<Feed> due(Instant now, int limit) {
      return feeds.values().stream().filter(f -> f.disabledReason() == null)
          .filter(f -> f.nextPoll() == null || !Instant.parse(f.nextPoll()).isAfter(now)).limit(limit).toList();
    }

    @Override
    public List<Feed> all() {
      return List.copyOf(new TreeMap<>(feeds).values());
    }

    @Override
    public Optional<Feed> feed(String id) {
      return Optional.ofNullable(feeds.get(id));
    }

    @Override
    public void put(Feed feed) {
      feeds.put(feed.id(), feed);
    }

    @Override
    public boolean replaceIfDue(Feed expected, Feed next) {
      String due = SortKeys.feedDue(expected);
      boolean[] replaced = {false};
      feeds.computeIfPresent(expected.id(), (id, stored) -> {
        replaced[0] = due != null && due.equals(SortKeys.feedDue(stored)) && id.equals(next.id());
        return replaced[0] ? next : stored;
      });
      return replaced[0];
    }

    @Override
    public void remove(String id) {
      feeds.remove(id);
    }
  }

  private static final class MemorySeen implements SeenItems {
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    @Override
    public Set<String> seen(String feedId, List<String> keys, Instant now) {
      Set<String> found = new HashSet<>();
      keys.forEach(k -> {
        if (seen.contains(feedId + "/" + k)) {
          found.add(k);
        }
      });
      return found;
    }

    @Override
    public boolean claim(String feedId, List<String> keys, Instant now) {
      if (!seen.add(feedId + "/" + keys.get(0))) {
        return false;
      }
      keys.forEach(k -> seen.add(feedId + "/" + k));
      return true;
    }

    @Override
    public void confirm(String feedId, List<String> keys, Instant now) {
      // a benchmark run never outlives the lease: claimed is as good as confirmed here
    }

    @Override
    public void release(String feedId, List<String> keys) {
      keys.forEach(k -> seen.remove(feedId + "/" + k));
    }
  }
}
