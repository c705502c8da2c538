package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import newsdesk.feed.parse.FeedItem;
import newsdesk.fetch.FetchSettings;
import newsdesk.fetch.SafeFetcher;
import newsdesk.local.InboxArchive;
import newsdesk.local.LocalPollQueue;
import newsdesk.local.Log;
import newsdesk.local.store.EmbeddedDatabase;
import newsdesk.local.store.EmbeddedFeedStore;
import newsdesk.local.store.EmbeddedSeenItems;
import newsdesk.testing.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The poller against a real HTTP server on 127.0.0.1 (the fetcher allows loopback for that only),
 * with the embedded store for feed state and seen items and the inbox archive: real stores, no
 * mocks. The clock is a settable one so that next-poll times can be checked exactly, except where
 * the deadline is measured against real time.
 */
class PollerTest {

  private static final Instant T0 = Instant.parse("2022-02-01T10:00:00Z");
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @TempDir
  Path inbox;

  private final SettableClock clock = new SettableClock(T0);
  private final Map<String, List<Map<String, String>>> requests = new ConcurrentHashMap<>();
  private HttpServer server;
  private ExecutorService serverThreads;
  private String base;
  private EmbeddedDatabase db;
  private FeedStore feeds;
  private SeenItems seen;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serverThreads = Executors.newCachedThreadPool();
    server.setExecutor(serverThreads);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    db = EmbeddedDatabase.inMemory("poller" + DATABASES.incrementAndGet());
    feeds = new EmbeddedFeedStore(db);
    seen = new EmbeddedSeenItems(db);
    route("/page/", exchange -> respond(exchange, 200, "text/html; charset=utf-8",
        "<html><head><title>Page</title></head><body><p>" + exchange.getRequestURI().getPath() + "</p></body></html>"));
  }

  @AfterEach
  void stop() {
    server.stop(0);
    serverThreads.shutdownNow();
    db.close();
  }

  // --- conditional GET ---

  @Test
  void etagIsSentBackAndA304SkipsParsingAndArchiving() throws Exception {
    route("/etag", exchange -> {
      if ("W/\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        respond(exchange, 304, null, "");
      } else {
        exchange.getResponseHeaders().set("ETag", "W/\"v1\"");
        respond(exchange, 200, "application/rss+xml", rss(item("a", "/page/a", "A", "text a")));
      }
    });
    addFeed("f", "/etag");

    PollReport first = poller().run(clock.instant().plusSeconds(30));
    assertThat(first.archived()).isEqualTo(1);
    assertThat(feeds.feed("f").orElseThrow().etag()).isEqualTo("W/\"v1\"");

    clock.set(Instant.parse(feeds.feed("f").orElseThrow().nextPoll()));
    PollReport second = poller().run(clock.instant().plusSeconds(30));

    assertThat(requests.get("/etag")).hasSize(2);
    assertThat(requests.get("/etag").get(1)).containsEntry("if-none-match", "W/\"v1\"");
    assertThat(second.notModified()).isEqualTo(1);
    assertThat(second.archived()).isZero();
    assertThat(archivedPages()).hasSize(1);
    Feed after = feeds.feed("f").orElseThrow();
    assertThat(after.etag()).isEqualTo("W/\"v1\"");
    assertThat(after.lastPoll()).isEqualTo(clock.instant().toString());
  }

  @Test
  void lastModifiedIsEchoedExactlyAsReceived() throws Exception {
    String odd = "Tue, 1 Feb 2022 9:00:00 GMT"; // not the canonical form: must come back byte for byte
    route("/lm", exchange -> {
      exchange.getResponseHeaders().set("Last-Modified", odd);
      respond(exchange, 200, "application/rss+xml", rss());
    });
    addFeed("f", "/lm");

    poller().run(clock.instant().plusSeconds(30));
    clock.set(Instant.parse(feeds.feed("f").orElseThrow().nextPoll()));
    poller().run(clock.instant().plusSeconds(30));

    assertThat(requests.get("/lm").get(0)).doesNotContainKey("if-modified-since");
    assertThat(requests.get("/lm").get(1)).containsEntry("if-modified-since", odd);
    assertThat(requests.get("/lm").get(1).get("user-agent")).contains("Newsdesk");
    assertThat(requests.get("/lm").get(1).get("accept-encoding")).contains("gzip");
  }

  // --- redirects and gone ---

  @Test
  void permanentRedirectMovesTheStoredUrlTemporaryDoesNot() throws Exception {
    route("/feed", exchange -> respond(exchange, 200, "application/rss+xml", rss()));
    route("/old301", redirect(301, "/feed"));
    route("/old308", redirect(308, "/feed"));
    route("/old302", redirect(302, "/feed"));
    route("/old307", redirect(307, "/feed"));
    for (String path : List.of("/old301", "/old308", "/old302", "/old307")) {
      addFeed(path.substring(1), path);
    }

    poller().run(clock.instant().plusSeconds(30));

    assertThat(feeds.feed("old301").orElseThrow().url()).isEqualTo(base + "/feed");
    assertThat(feeds.feed("old308").orElseThrow().url()).isEqualTo(base + "/feed");
    assertThat(feeds.feed("old302").orElseThrow().url()).isEqualTo(base + "/old302");
    assertThat(feeds.feed("old307").orElseThrow().url()).isEqualTo(base + "/old307");
  }

  @Test
  void goneDisablesTheFeedWithTheReasonVisible() throws Exception {
    route("/gone", exchange -> respond(exchange, 410, "text/plain", "gone"));
    addFeed("f", "/gone");

    PollReport report = poller().run(clock.instant().plusSeconds(30));

    assertThat(report.failed()).isEqualTo(1);
    assertThat(feeds.feed("f").orElseThrow().disabledReason()).contains("410");
    clock.set(T0.plus(Duration.ofDays(30)));
    assertThat(feeds.due(clock.instant(), 10)).isEmpty();
  }

  // --- errors and backoff ---

  @Test
  void tooManyRequestsWaitsForRetryAfterInSeconds() throws Exception {
    route("/busy", exchange -> {
      exchange.getResponseHeaders().set("Retry-After", "7200");
      respond(exchange, 429, "text/plain", "slow down");
    });
    addFeed("f", "/busy");

    poller().run(clock.instant().plusSeconds(30));

    Feed f = feeds.feed("f").orElseThrow();
    assertThat(f.nextPoll()).isEqualTo(T0.plusSeconds(7200).toString());
    assertThat(f.consecutiveErrors()).isEqualTo(1);
    assertThat(f.lastError()).isEqualTo("HTTP 429");
  }

  @Test
  void unavailableWaitsForRetryAfterAsAnHttpDate() throws Exception {
    route("/down", exchange -> {
      exchange.getResponseHeaders().set("Retry-After", "Tue, 01 Feb 2022 13:00:00 GMT");
      respond(exchange, 503, "text/plain", "maintenance");
    });
    addFeed("f", "/down");

    poller().run(clock.instant().plusSeconds(30));

    assertThat(feeds.feed("f").orElseThrow().nextPoll()).isEqualTo("2022-02-01T13:00:00Z");
  }

  @Test
  void serverErrorsBackOffExponentiallyAndDisableTheFeedAfterTen() throws Exception {
    route("/broken", exchange -> respond(exchange, 500, "text/plain", "oops"));
    addFeed("f", "/broken");
    List<Duration> waits = new ArrayList<>();

    for (int run = 1; run <= PollTiming.DISABLE_AFTER_ERRORS; run++) {
      poller().run(clock.instant().plusSeconds(30));
      Feed f = feeds.feed("f").orElseThrow();
      assertThat(f.consecutiveErrors()).isEqualTo(run);
      waits.add(Duration.between(clock.instant(), Instant.parse(f.nextPoll())));
      clock.set(Instant.parse(f.nextPoll()));
    }

    assertThat(waits.subList(0, 4)).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(10),
        Duration.ofMinutes(20), Duration.ofMinutes(40));
    assertThat(waits.get(9)).isEqualTo(PollTiming.MAX_INTERVAL);
    Feed disabled = feeds.feed("f").orElseThrow();
    assertThat(disabled.disabledReason()).isEqualTo("disabled after 10 consecutive errors; last: HTTP 500");
    assertThat(feeds.due(clock.instant().plus(Duration.ofDays(2)), 10)).isEmpty();
  }

  @Test
  void aSuccessResetsTheErrorCount() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    route("/flaky", exchange -> {
      if (calls.incrementAndGet() == 1) {
        respond(exchange, 500, "text/plain", "oops");
      } else {
        respond(exchange, 200, "application/rss+xml", rss());
      }
    });
    addFeed("f", "/flaky");

    poller().run(clock.instant().plusSeconds(30));
    clock.set(Instant.parse(feeds.feed("f").orElseThrow().nextPoll()));
    poller().run(clock.instant().plusSeconds(30));

    Feed f = feeds.feed("f").orElseThrow();
    assertThat(f.consecutiveErrors()).isZero();
    assertThat(f.lastError()).isNull();
  }

  // --- next poll ---

  @Test
  void nextPollFollowsTtlAndMaxAgeWithinTheClamp() throws Exception {
    route("/ttl", exchange -> respond(exchange, 200, "application/rss+xml", rss("<ttl>180</ttl>")));
    route("/maxage", exchange -> {
      exchange.getResponseHeaders().set("Cache-Control", "public, max-age=7200");
      respond(exchange, 200, "application/rss+xml", rss());
    });
    route("/huge-ttl", exchange -> respond(exchange, 200, "application/rss+xml", rss("<ttl>100000</ttl>")));
    addFeed("ttl", "/ttl");
    addFeed("maxage", "/maxage");
    addFeed("huge", "/huge-ttl");

    poller().run(clock.instant().plusSeconds(30));

    assertThat(feeds.feed("ttl").orElseThrow().nextPoll()).isEqualTo(T0.plus(Duration.ofHours(3)).toString());
    assertThat(feeds.feed("maxage").orElseThrow().nextPoll()).isEqualTo(T0.plus(Duration.ofHours(2)).toString());
    assertThat(feeds.feed("huge").orElseThrow().nextPoll()).isEqualTo(T0.plus(Duration.ofHours(24)).toString());
  }

  // --- new items ---

  @Test
  void reorderedAndRepublishedItemsAreArchivedOnce() throws Exception {
    List<String> body = new CopyOnWriteArrayList<>(List.of(rss(
        item("a", "/page/a", "A", "text of a"),
        item("b", "/page/b", "B", "text of b"))));
    route("/news", exchange -> respond(exchange, 200, "application/rss+xml", body.get(0)));
    addFeed("f", "/news");

    assertThat(poller().run(clock.instant().plusSeconds(30)).archived()).isEqualTo(2);

    body.set(0, rss(
        item("c", "/page/c", "C", "text of c"),                   // new
        item("b", "/page/b", "B", "text of b"),                   // re-ordered
        item("a-v2", "/page/a", "A (updated)", "text of a"),     // new guid, same link
        item("b-v2", "/page/b-moved", "B", "text of b"),         // new guid and link, same content
        item("a", "/page/a", "A", "text of a")));
    clock.set(Instant.parse(feeds.feed("f").orElseThrow().nextPoll()));

    assertThat(poller().run(clock.instant().plusSeconds(30)).archived()).isEqualTo(1);
    assertThat(archivedPages()).hasSize(3);
  }

  @Test
  void archivedPageCarriesTheItemMetadata() throws Exception {
    route("/news", exchange -> respond(exchange, 200, "application/rss+xml",
        rss(item("tag:x,2022:1", "/page/one", "One", "text", "Tue, 01 Feb 2022 09:00:00 GMT"))));
    addFeed("f", "/news");

    poller().run(clock.instant().plusSeconds(30));

    Path page = archivedPages().get(0);
    String key = inbox.relativize(page).toString().replace('\\', '/');
    assertThat(key).matches("feeds/f/2022/02/[0-9a-f]{64}\\.html"); // incoming/ is the inbox itself
    assertThat(Files.readString(page)).contains("/page/one");
    assertThat(InboxArchive.metadata(inbox, key))
        .containsEntry("feed-id", "f")
        .containsEntry("item-id", "tag:x,2022:1")
        .containsEntry("page-url", base + "/page/one")
        .containsEntry("item-published", "2022-02-01T09:00Z") // as the feed parser writes it
        .doesNotContainKey("archived-from");
  }

  @Test
  void anUnfetchablePageIsArchivedFromTheItemsOwnContentAndFlagged() throws Exception {
    route("/missing", exchange -> respond(exchange, 404, "text/html", "no"));
    route("/news", exchange -> respond(exchange, 200, "application/rss+xml",
        rss(item("m", "/missing/page", "Lost page", "<p>The item's own text</p>"))));
    addFeed("f", "/news");

    poller().run(clock.instant().plusSeconds(30));

    Path page = archivedPages().get(0);
    String html = Files.readString(page);
    assertThat(html).contains("<title>Lost page</title>").contains("<p>The item's own text</p>")
        .contains("rel=\"canonical\" href=\"" + base + "/missing/page\"");
    String key = inbox.relativize(page).toString().replace('\\', '/');
    assertThat(InboxArchive.metadata(inbox, key))
        .containsEntry("archived-from", "feed-content")
        .containsEntry("page-url", base + "/missing/page");
  }

  @Test
  void privateAddressesAreRefusedForFeedsAndForItemPages() throws Exception {
    route("/news", exchange -> respond(exchange, 200, "application/rss+xml", rss(
        "<item><guid>meta</guid><link>http://169.254.169.254/latest/meta-data/</link><title>M</title>"
            + "<description>text</description></item>")));
    addFeed("ok", "/news");
    feeds.put(new Feed("intranet", "http://10.1.2.3/feed", null, null, null, null, null, 0, null, null));

    poller().run(clock.instant().plusSeconds(30));

    assertThat(feeds.feed("intranet").orElseThrow().lastError()).startsWith("refused-address:");
    Path page = archivedPages().get(0);
    assertThat(InboxArchive.metadata(inbox, inbox.relativize(page).toString().replace('\\', '/')))
        .containsEntry("archived-from", "feed-content").containsEntry("page-error", "refused-address");
  }

  @Test
  void anItemClaimedByARunThatCrashedIsArchivedOnceTheClaimLapses() throws Exception {
    route("/news", exchange -> respond(exchange, 200, "application/rss+xml", rss(item("crash", "/page/crash", "C", "text"))));
    addFeed("f", "/news");
    // a run claimed the item and died before archiving it
    List<String> keys = ItemKeys.of(new FeedItem("crash", null, null, null, null, List.of(), null, null, null, null,
        List.of())).keys();
    seen.claim("f", keys, T0);

    clock.set(T0.plus(SeenItems.LEASE).minusSeconds(1));
    assertThat(poller().run(clock.instant().plusSeconds(30)).archived()).isZero();

    clock.set(T0.plus(SeenItems.LEASE).plusSeconds(1));
    feeds.put(new Feed("f", base + "/news", null, null, null, null, null, 0, null, null)); // due again
    assertThat(poller().run(clock.instant().plusSeconds(30)).archived()).isEqualTo(1);
  }

  @Test
  void concurrentRunsArchiveEachItemOnce() throws Exception {
    route("/news", exchange -> respond(exchange, 200, "application/rss+xml", rss(
        item("1", "/page/1", "1", "one"), item("2", "/page/2", "2", "two"), item("3", "/page/3", "3", "three"))));
    addFeed("f", "/news");
    ExecutorService runs = Executors.newFixedThreadPool(3);
    try {
      List<Future<PollReport>> reports = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        reports.add(runs.submit(() -> poller().run(clock.instant().plusSeconds(30))));
      }
      int archived = 0;
      for (Future<PollReport> report : reports) {
        archived += report.get().archived();
      }
      assertThat(archived).isEqualTo(3);
      assertThat(archivedPages()).hasSize(3);
    } finally {
      runs.shutdownNow();
    }
  }

  // --- one run: deadline, pool, hosts ---

  @Test
  void feedsNotReachedBeforeTheDeadlineWaitForTheNextRun() throws Exception {
    route("/slow", exchange -> {
      sleep(300);
      respond(exchange, 200, "application/rss+xml", rss());
    });
    for (int i = 0; i < 5; i++) {
      addFeed("slow" + i, "/slow?" + i);
    }
    Clock real = Clock.systemUTC();
    Poller poller = poller(real, new Poller.Limits(1, 1));

    PollReport report = poller.run(real.instant().plusMillis(450));

    // One worker, 300 ms a feed: the first starts at once, the second before 450 ms at the latest,
    // no third (a cold HttpClient in this JVM can make the first alone outlast the deadline).
    assertThat(report.polled()).isBetween(1, 2);
    assertThat(report.deferred()).isEqualTo(5 - report.polled());
    long untouched = feeds.all().stream().filter(f -> f.lastPoll() == null).count();
    assertThat(untouched).isEqualTo(report.deferred());
  }

  @Test
  void noMoreThanTheLimitOfConcurrentRequestsGoToOneHost() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    route("/host", exchange -> {
      peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      sleep(150);
      inFlight.decrementAndGet();
      respond(exchange, 200, "application/rss+xml", rss());
    });
    for (int i = 0; i < 6; i++) {
      addFeed("h" + i, "/host?" + i);
    }

    PollReport report = poller(clock, new Poller.Limits(6, 2)).run(clock.instant().plusSeconds(30));

    assertThat(report.polled()).isEqualTo(6);
    assertThat(peak.get()).isEqualTo(2);
  }

  // --- fan-out ---

  @Test
  void aRunWithMoreDueFeedsThanItsThresholdClaimsThemAndSendsOneOrderPerHostOfAtMostAHundred() throws Exception {
    for (int i = 0; i < 101; i++) {
      addFeed("big" + i, "/feed?" + i);
    }
    feeds.put(new Feed("other", base.replace("127.0.0.1", "localhost") + "/feed", null, null, null, null, null, 0,
        null, null));
    List<PollOrder> sent = new CopyOnWriteArrayList<>();
    try (LocalPollQueue queue = new LocalPollQueue(Log.SILENT)) {
      queue.start((event, context) -> {
        event.getRecords().forEach(m -> sent.add(PollOrder.fromJson(m.getBody())));
        return new SQSBatchResponse(List.of());
      });
      PollReport report = fanningOut(queue, 100).run(clock.instant().plusSeconds(30));

      assertThat(report.dispatched()).isEqualTo(102);
      assertThat(report.polled()).isZero();
      // Generous: the wait ends as soon as the orders arrive; the first delivery reads its event with a cold
      // Jackson on the queue's thread, which takes seconds on a loaded CI machine.
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (sent.size() < 3 && System.nanoTime() < until) {
        sleep(20);
      }
    }
    assertThat(requests).as("the dispatching run fetches nothing").isEmpty();
    assertThat(sent).extracting(order -> order.host() + " " + order.feeds().size())
        .containsExactlyInAnyOrder("127.0.0.1 100", "127.0.0.1 1", "localhost 1");
    String claimedUntil = clock.instant().plus(Poller.DISPATCH_LEASE).toString();
    assertThat(sent).flatExtracting(PollOrder::feeds).extracting(PollOrder.Claim::until).containsOnly(claimedUntil);
    assertThat(feeds.all()).extracting(Feed::nextPoll).containsOnly(claimedUntil);
    assertThat(feeds.due(clock.instant(), 1000)).isEmpty();
  }

  @Test
  void atOrBelowTheThresholdTheRunPollsItselfAndAWorkerSkipsWhatIsNoLongerItsClaim() throws Exception {
    route("/feed", exchange -> respond(exchange, 200, "application/rss+xml", rss()));
    addFeed("f", "/feed");
    List<PollOrder> sent = new CopyOnWriteArrayList<>();
    PollQueue collecting = sent::addAll;

    PollReport report = fanningOut(collecting, 1).run(clock.instant().plusSeconds(30));
    assertThat(report.polled()).isEqualTo(1);
    assertThat(sent).isEmpty();

    // An order for the state before that poll is stale: the worker polls nothing.
    PollOrder stale = new PollOrder("127.0.0.1", List.of(new PollOrder.Claim("f", T0.toString(), null)));
    Poller.WorkReport work = poller().work(List.of(stale), clock.instant().plusSeconds(30));
    assertThat(work.skipped()).isEqualTo(1);
    assertThat(work.unfinished()).isEmpty();
    assertThat(requests.get("/feed")).hasSize(1);
  }

  @Test
  void twoWorkersHandedTheSameOrderAtOnceFetchEachFeedOnce() throws Exception {
    route("/feed", exchange -> {
      sleep(100);
      respond(exchange, 200, "application/rss+xml", rss(item(exchange.getRequestURI().getQuery(), "/page/x", "X", "x")));
    });
    List<PollOrder> sent = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 4; i++) {
      addFeed("f" + i, "/feed?" + i);
    }
    // Real time: with a frozen clock a poll's next poll (now + 1 h) would equal the claim's.
    Clock real = Clock.systemUTC();
    fanningOut(sent::addAll, 0, real).run(real.instant().plusSeconds(30));
    assertThat(sent).hasSize(1);

    ExecutorService twoWorkers = Executors.newFixedThreadPool(2);
    try {
      List<Future<Poller.WorkReport>> reports = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        reports.add(twoWorkers.submit(() -> poller(real, Poller.Limits.defaults()).work(sent, real.instant().plusSeconds(30))));
      }
      int polled = 0;
      int skipped = 0;
      for (Future<Poller.WorkReport> report : reports) {
        polled += report.get().report().polled();
        skipped += report.get().skipped();
        assertThat(report.get().unfinished()).isEmpty();
      }
      assertThat(polled).isEqualTo(4);
      assertThat(skipped).isEqualTo(4);
    } finally {
      twoWorkers.shutdownNow();
    }
    assertThat(requests.get("/feed")).hasSize(4);
    assertThat(archivedPages()).hasSize(4); // one new item per feed, each archived once
  }

  @Test
  void aRepeatedOrderIsSkippedEvenIfThePollSetTheClaimedNextPollAgain() throws Exception {
    route("/feed", exchange -> respond(exchange, 200, "application/rss+xml", rss()));
    addFeed("f", "/feed");
    List<PollOrder> sent = new CopyOnWriteArrayList<>();
    fanningOut(sent::addAll, 0).run(clock.instant().plusSeconds(30));

    // The clock stands still: the poll's next poll (now + 1 h, no dated items) is the claim's time.
    Poller.WorkReport first = poller().work(sent, clock.instant().plusSeconds(30));
    assertThat(feeds.feed("f").orElseThrow().nextPoll()).isEqualTo(sent.get(0).feeds().get(0).until());
    Poller.WorkReport again = poller().work(sent, clock.instant().plusSeconds(30));

    assertThat(first.report().polled()).isEqualTo(1);
    assertThat(again.skipped()).as("the last poll moved: not the claimed state").isEqualTo(1);
    assertThat(requests.get("/feed")).hasSize(1);
  }

  private Poller fanningOut(PollQueue queue, int above) {
    return fanningOut(queue, above, clock);
  }

  private Poller fanningOut(PollQueue queue, int above, Clock c) {
    SafeFetcher fetcher = new SafeFetcher(FetchSettings.defaults().withAllowLoopback(true)
        .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(5)));
    return new Poller(feeds, seen, new InboxArchive(inbox), fetcher, c, Poller.Limits.defaults(), queue, above);
  }

  // --- fixtures ---

  private Poller poller() {
    return poller(clock, Poller.Limits.defaults());
  }

  private Poller poller(Clock c, Poller.Limits limits) {
    SafeFetcher fetcher = new SafeFetcher(FetchSettings.defaults().withAllowLoopback(true)
        .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(5)));
    return new Poller(feeds, seen, new InboxArchive(inbox), fetcher, c, limits);
  }

  private void addFeed(String id, String path) {
    feeds.put(new Feed(id, base + path, null, null, null, null, null, 0, null, null));
  }

  private List<Path> archivedPages() throws IOException {
    // what the inbox watcher would deliver: no hidden folder (metadata) or file (temporary)
    try (Stream<Path> files = Files.walk(inbox)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> !inbox.relativize(p).toString().startsWith(".") && !p.getFileName().toString().startsWith("."))
          .sorted().toList();
    }
  }

  private void route(String path, HttpHandler handler) {
    server.createContext(path, exchange -> {
      Map<String, String> headers = new ConcurrentHashMap<>();
      // header names are case-insensitive: keep them lower-case, as the assertions spell them
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
      requests.computeIfAbsent(exchange.getRequestURI().getPath(), k -> new CopyOnWriteArrayList<>()).add(headers);
      handler.handle(exchange);
    });
  }

  private static HttpHandler redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      respond(exchange, status, null, "");
    };
  }

  private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private String rss(String... parts) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>" + base + "/</link>"
        + String.join("", parts) + "</channel></rss>";
  }

  private String item(String guid, String path, String title, String text) {
    return item(guid, path, title, text, null);
  }

  private String item(String guid, String path, String title, String text, String pubDate) {
    return "<item><guid isPermaLink=\"false\">" + guid + "</guid><link>" + base + path + "</link><title>" + title
        + "</title><description><![CDATA[" + text + "]]></description>"
        + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>") + "</item>";
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
