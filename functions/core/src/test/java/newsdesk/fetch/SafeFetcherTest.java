package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import newsdesk.fetch.FetchException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the fetcher against a real HTTP server on 127.0.0.1 (loopback allowed for that only). Every
 * non-loopback target is refused before a connection is attempted, so no test sends traffic
 * anywhere else; made-up names are mapped by the injected resolver.
 */
class SafeFetcherTest {

  private static final String ETAG = "\"v1-abc\"";
  private static final String LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT";
  private static final byte[] FEED = "<rss><channel><title>T</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
  private static final Duration SHORT = Duration.ofMillis(300);

  private final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private ExecutorService executor;
  private HttpServer server;
  private String base;

  /** Names the tests use; anything else is unknown. None of these is ever connected to. */
  private static final HostResolver TEST_NAMES =
      host -> switch (host) {
        case "metadata.test" -> List.of(InetAddress.getByName("169.254.169.254"));
        case "intranet.test" -> List.of(InetAddress.getByName("10.1.2.3"));
        case "mixed.test" -> List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("192.168.0.10"));
        case "mapped.test" -> List.of(InetAddress.getByAddress("mapped.test", new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 10, 0, 0, 1}));
        default -> throw new UnknownHostException(host);
      };

  private SafeFetcher fetcher() {
    return new SafeFetcher(FetchSettings.defaults().withAllowLoopback(true).withResolver(TEST_NAMES)
        .withTimeouts(SHORT, Duration.ofSeconds(5)).withMaxBodyBytes(1024 * 1024));
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newCachedThreadPool();
    server.setExecutor(executor);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    route("/feed", this::feed);
    route("/moved301", redirect(301, "/feed"));
    route("/moved302", redirect(302, "/feed"));
    route("/moved307", redirect(307, "/feed"));
    route("/moved308", redirect(308, "/moved301"));
    route("/mixed", redirect(301, "/moved302"));
    route("/loop-a", redirect(302, "/loop-b"));
    route("/loop-b", redirect(302, "/loop-a"));
    route("/hops", this::hops);
    route("/to-metadata", redirect(302, "http://169.254.169.254/latest/meta-data/"));
    route("/to-private", redirect(302, "http://10.0.0.1/"));
    route("/to-named-metadata", redirect(301, "http://metadata.test/latest/meta-data/"));
    route("/to-mapped", redirect(302, "http://[::ffff:169.254.169.254]/"));
    route("/to-file", redirect(302, "file:///etc/passwd"));
    route("/stall-headers", exchange -> sleep(3_000));
    route("/stall-body", this::stallBody);
    route("/big", exchange -> send(exchange, 200, new byte[2 * 1024 * 1024], false));
    route("/big-chunked", this::bigChunked);
    route("/bomb", this::bomb);
    route("/image", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "image/png");
      send(exchange, 200, new byte[10], false);
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Test
  void fetchesGzipAndSendsOurHeaders() throws Exception {
    FetchResult result = fetcher().fetch(FetchRequest.of(base + "/feed"));
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body()).isEqualTo(FEED);
    assertThat(result.finalUrl()).isEqualTo(base + "/feed");
    assertThat(result.permanentRedirect()).isFalse();
    assertThat(result.etag()).isEqualTo(ETAG);
    assertThat(result.lastModified()).isEqualTo(LAST_MODIFIED);
    assertThat(result.cacheControl()).isEqualTo("max-age=300");
    assertThat(result.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
    assertThat(lastHeaders).containsEntry("user-agent", "Newsdesk/0.1 (+https://github.com/newsdesk/newsdesk)")
        .containsEntry("accept-encoding", "gzip").containsEntry("served-gzip", "true");
  }

  @Test
  void conditionalGetEchoesTheValidatorsExactly() throws Exception {
    FetchResult result = fetcher().fetch(new FetchRequest(base + "/feed", ETAG, LAST_MODIFIED));
    assertThat(result.notModified()).isTrue();
    assertThat(result.body()).isEmpty();
    assertThat(lastHeaders).containsEntry("if-none-match", ETAG).containsEntry("if-modified-since", LAST_MODIFIED);
    assertThat(result.retryAfter()).isEqualTo("120");
  }

  @Test
  void permanentOnlyWhenEveryHopIsPermanent() throws Exception {
    FetchResult moved = fetcher().fetch(FetchRequest.of(base + "/moved301"));
    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.finalUrl()).isEqualTo(base + "/feed");
    assertThat(moved.permanentRedirect()).isTrue();
    assertThat(fetcher().fetch(FetchRequest.of(base + "/moved308")).permanentRedirect()).isTrue();
    assertThat(fetcher().fetch(FetchRequest.of(base + "/moved302")).permanentRedirect()).isFalse();
    assertThat(fetcher().fetch(FetchRequest.of(base + "/moved307")).permanentRedirect()).isFalse();
    FetchResult mixed = fetcher().fetch(FetchRequest.of(base + "/mixed"));
    assertThat(mixed.permanentRedirect()).isFalse();
    assertThat(mixed.movedTo()).isEqualTo(base + "/moved302");
    assertThat(mixed.finalUrl()).isEqualTo(base + "/feed");
    assertThat(moved.movedTo()).isEqualTo(base + "/feed");
    assertThat(fetcher().fetch(FetchRequest.of(base + "/moved302")).movedTo()).isNull();
    assertThat(fetcher().fetch(FetchRequest.of(base + "/feed")).movedTo()).isNull();
  }

  @Test
  void redirectLoopsAndLongChainsAreRefused() throws Exception {
    assertThat(failure(base + "/loop-a").kind()).isEqualTo(Kind.REDIRECT_LOOP);
    assertThat(fetcher().fetch(FetchRequest.of(base + "/hops?n=5")).status()).isEqualTo(200);
    assertThat(failure(base + "/hops?n=6").kind()).isEqualTo(Kind.TOO_MANY_REDIRECTS);
  }

  @Test
  void redirectsToInternalAddressesAreRefusedBeforeConnecting() throws Exception {
    for (String path : new String[] {"/to-metadata", "/to-private", "/to-named-metadata", "/to-mapped"}) {
      FetchException e = failure(base + path);
      assertThat(e.kind()).as(path).isEqualTo(Kind.REFUSED_ADDRESS);
    }
    assertThat(failure(base + "/to-metadata")).hasMessageContaining("169.254.169.254").hasMessageContaining("link-local");
    assertThat(failure(base + "/to-file").kind()).isEqualTo(Kind.REFUSED_URL);
  }

  @Test
  void firstHopToInternalAddressesIsRefused() {
    SafeFetcher strict = new SafeFetcher(FetchSettings.defaults().withResolver(TEST_NAMES));
    for (String url : new String[] {
      base + "/feed", "http://localhost.test.invalid/", "http://10.0.0.1/", "http://[::1]/", "http://[fd00::1]/",
      "http://0.0.0.0/", "http://127.1/", "http://2130706433/", "http://[::ffff:7f00:1]/", "http://intranet.test/", "http://mixed.test/", "http://mapped.test/", "https://metadata.test/"
    }) {
      assertThatThrownBy(() -> strict.fetch(FetchRequest.of(url))).as(url).isInstanceOfSatisfying(FetchException.class,
          e -> assertThat(e.kind()).isIn(Kind.REFUSED_ADDRESS, Kind.UNKNOWN_HOST, Kind.REFUSED_URL));
    }
    assertThat(hits).hasValue(0);
  }

  @Test
  void onlyHttpAndHttpsAreFetched() {
    for (String url : new String[] {"file:///etc/passwd", "ftp://example.com/feed", "gopher://example.com/", "jar:file:/x!/y",
        "/relative/feed", "http:///no-host", "not a url at all"}) {
      assertThatThrownBy(() -> fetcher().fetch(FetchRequest.of(url))).as(url).isInstanceOfSatisfying(FetchException.class,
          e -> assertThat(e.kind()).isEqualTo(Kind.REFUSED_URL));
    }
  }

  @Test
  void totalTimeoutCoversAServerThatNeverAnswers() {
    SafeFetcher quick = new SafeFetcher(FetchSettings.defaults().withAllowLoopback(true).withTimeouts(SHORT, SHORT));
    long start = System.nanoTime();
    assertThat(failure(quick, base + "/stall-headers").kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(failure(quick, base + "/stall-body").kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void connectTimeoutAgainstAServerThatNeverAccepts() throws Exception {
    // A listening socket whose accept queue is full: the kernel drops further SYNs, so connects hang.
    try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> fillers = new ArrayList<>();
      try {
        boolean hangs = false;
        for (int i = 0; i < 8 && !hangs; i++) {
          Socket s = new Socket();
          fillers.add(s);
          try {
            s.connect(full.getLocalSocketAddress(), 200);
          } catch (SocketTimeoutException e) {
            hangs = true;
          }
        }
        assumeTrue(hangs, "this kernel accepts connections beyond the backlog; cannot provoke a connect timeout");
        SafeFetcher quick = new SafeFetcher(FetchSettings.defaults().withAllowLoopback(true).withTimeouts(SHORT, Duration.ofSeconds(5)));
        long start = System.nanoTime();
        FetchException e = failure(quick, "http://127.0.0.1:" + full.getLocalPort() + "/");
        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e).hasMessageContaining("connect");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
      } finally {
        for (Socket s : fillers) {
          s.close();
        }
      }
    }
  }

  @Test
  void bodiesOverTheCapAreRefused() {
    assertThat(failure(base + "/big")).satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE)).hasMessageContaining("Content-Length");
    assertThat(failure(base + "/big-chunked").kind()).isEqualTo(Kind.TOO_LARGE);
  }

  @Test
  void gzipBombIsRefusedAtTheCapWithoutInflatingIt() {
    SafeFetcher fetcher = new SafeFetcher(FetchSettings.defaults().withAllowLoopback(true).withMaxBodyBytes(4 * 1024 * 1024));
    long start = System.nanoTime();
    FetchException e = failure(fetcher, base + "/bomb");
    assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(e).hasMessageContaining("decompressed");
    // Inflating the whole gigabyte takes seconds; stopping at 4 MiB takes milliseconds.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void contentTypeHookRefusesBeforeReading() {
    assertThat(failure(base + "/image").kind()).isEqualTo(Kind.REFUSED_CONTENT_TYPE);
  }

  // --- server side ---

  private void route(String path, HttpHandler handler) {
    server.createContext(path, exchange -> {
      hits.incrementAndGet();
      exchange.getRequestHeaders().forEach((k, v) -> lastHeaders.put(k.toLowerCase(), v.get(0)));
      try {
        handler.handle(exchange);
      } finally {
        exchange.close();
      }
    });
  }

  private void feed(HttpExchange exchange) throws IOException {
    var h = exchange.getResponseHeaders();
    h.set("ETag", ETAG);
    h.set("Last-Modified", LAST_MODIFIED);
    h.set("Cache-Control", "max-age=300");
    h.set("Content-Type", "application/rss+xml; charset=utf-8");
    var req = exchange.getRequestHeaders();
    if (ETAG.equals(req.getFirst("If-None-Match")) && LAST_MODIFIED.equals(req.getFirst("If-Modified-Since"))) {
      h.set("Retry-After", "120");
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    boolean gzip = String.valueOf(req.getFirst("Accept-Encoding")).contains("gzip");
    lastHeaders.put("served-gzip", String.valueOf(gzip));
    send(exchange, 200, FEED, gzip);
  }

  private void hops(HttpExchange exchange) throws IOException {
    int n = Integer.parseInt(exchange.getRequestURI().getQuery().substring(2));
    if (n == 0) {
      send(exchange, 200, FEED, false);
    } else {
      exchange.getResponseHeaders().set("Location", "/hops?n=" + (n - 1));
      exchange.sendResponseHeaders(302, -1);
    }
  }

  private void stallBody(HttpExchange exchange) throws IOException {
    exchange.sendResponseHeaders(200, 1000);
    exchange.getResponseBody().write(new byte[10]);
    exchange.getResponseBody().flush();
    sleep(3_000);
  }

  private void bigChunked(HttpExchange exchange) throws IOException {
    exchange.sendResponseHeaders(200, 0);
    byte[] chunk = new byte[64 * 1024];
    try (OutputStream out = exchange.getResponseBody()) {
      for (int i = 0; i < 64; i++) {
        out.write(chunk);
      }
    } catch (IOException clientWentAway) {
      // expected: the fetcher cancels at its cap
    }
  }

  /** 1 GiB of zeros as 1024 concatenated gzip members of 1 MiB each: about 1 MB on the wire. */
  private void bomb(HttpExchange exchange) throws IOException {
    ByteArrayOutputStream member = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
      gz.write(new byte[1024 * 1024]);
    }
    byte[] one = member.toByteArray();
    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
    exchange.sendResponseHeaders(200, (long) one.length * 1024);
    try (OutputStream out = exchange.getResponseBody()) {
      for (int i = 0; i < 1024; i++) {
        out.write(one);
      }
    } catch (IOException clientWentAway) {
      // fine either way: the fetcher may stop reading
    }
  }

  private static HttpHandler redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(status, -1);
    };
  }

  private static void send(HttpExchange exchange, int status, byte[] body, boolean gzip) throws IOException {
    byte[] bytes = body;
    if (gzip) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(body);
      }
      bytes = out.toByteArray();
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    } catch (IOException clientWentAway) {
      // the fetcher refused the body by its headers
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private FetchException failure(String url) {
    return failure(fetcher(), url);
  }

  private static FetchException failure(SafeFetcher fetcher, String url) {
    try {
      FetchResult result = fetcher.fetch(FetchRequest.of(url));
      throw new AssertionError("expected a failure for " + url + " but got " + result.status());
    } catch (FetchException e) {
      return e;
    }
  }
}
