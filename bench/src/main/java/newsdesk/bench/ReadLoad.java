package newsdesk.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.article.Article;
import newsdesk.aws.telemetry.Telemetry;
import newsdesk.extract.Extraction;
import newsdesk.extract.Extractor;
import newsdesk.extract.RawPage;
import newsdesk.function.ApiHandler;
import newsdesk.local.LocalStack;
import newsdesk.local.Log;
import newsdesk.local.store.EmbeddedArticleStore;
import newsdesk.local.store.EmbeddedDatabase;
import newsdesk.local.store.EmbeddedFeedStore;
import newsdesk.read.ArticleApi;

/**
 * A bounded load on the local stack's HTTP API from a local client: {@value #REQUESTS} requests
 * over {@value #CLIENTS} concurrent connections, cycling through a page of 20, a filtered page,
 * an article as JSON and as HTML, the publishers and the Atom feed, over the ~50 corpus pages
 * extracted into the embedded store. Prints errors (anything but 200; must be 0) and latency
 * percentiles, and the same client against a bare JDK HTTP server answering a fixed 2 KB body in
 * the same run, the floor the local HTTP path itself costs. A bench main, not a test.
 */
public final class ReadLoad {

  static final int REQUESTS = 10_000;
  static final int CLIENTS = 8;

  private ReadLoad() {}

  public static void main(String[] args) throws Exception {
    Path data = Files.createTempDirectory("newsdesk-load");
    Path shared = Path.of(System.getProperty("newsdesk.root", ".")).toAbsolutePath().resolve("../shared").normalize();
    List<RawPage> pages = ExtractionBenchmark.pages(shared);
    List<Article> stored = new ArrayList<>();
    LocalStack.Settings settings = new LocalStack.Settings(data.resolve("data"), data.resolve("inbox"), "127.0.0.1", 0,
        Duration.ofDays(1));
    LocalStack stack = new LocalStack(settings, s -> {
      EmbeddedDatabase db = EmbeddedDatabase.inDirectory(s.data());
      EmbeddedArticleStore store = new EmbeddedArticleStore(db);
      Extractor extractor = new Extractor();
      for (RawPage raw : pages) {
        if (extractor.extract(raw) instanceof Extraction.Extracted extracted) {
          store.put(extracted.article(), Instant.now());
          stored.add(extracted.article());
        }
      }
      Telemetry quiet = new Telemetry("api", new PrintStream(OutputStream.nullOutputStream()), Clock.systemUTC());
      return new LocalStack.Functions((e, c) -> "", new ApiHandler(new ArticleApi(store, new EmbeddedFeedStore(db)), quiet),
          (e, c) -> "", db);
    }, Log.SILENT);
    stack.start();
    Article first = stored.get(0);
    String language = first.language() == null ? "en" : first.language();
    List<URI> uris = List.of(
        stack.uri().resolve("/articles?limit=20"),
        stack.uri().resolve("/articles?limit=20&language=" + language),
        stack.uri().resolve("/articles/" + first.id()),
        stack.uri().resolve("/articles/" + first.id() + "?format=html"),
        stack.uri().resolve("/publishers"),
        stack.uri().resolve("/feed.atom"));
    try {
      HttpServer bare = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      byte[] fixed = "x".repeat(2048).getBytes(StandardCharsets.UTF_8);
      bare.createContext("/", exchange -> {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, fixed.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(fixed);
        }
      });
      bare.setExecutor(Executors.newFixedThreadPool(CLIENTS));
      bare.start();
      URI floor = URI.create("http://127.0.0.1:" + bare.getAddress().getPort() + "/");
      System.out.printf("ReadLoad: %d articles, %d requests, %d clients%n", stored.size(), REQUESTS, CLIENTS);
      run("warm-up", uris, 2_000);
      double[] api = run("api", uris, REQUESTS);
      double[] base = run("bare server (floor)", List.of(floor), REQUESTS);
      System.out.printf(Locale.ROOT, "api / floor: p50 %.2f×, p99 %.2f×%n", api[0] / base[0], api[1] / base[1]);
      bare.stop(0);
      ((ExecutorService) bare.getExecutor()).shutdownNow();
    } finally {
      stack.close();
    }
  }

  /** Sends {@code count} GETs round-robin over the URIs from {@value #CLIENTS} threads; returns p50, p99 in ms. */
  static double[] run(String label, List<URI> uris, int count) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long[] nanos = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < CLIENTS; t++) {
      workers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          long sent = System.nanoTime();
          try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uris.get(i % uris.size()))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          nanos[i] = System.nanoTime() - sent;
        }
        return null;
      }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Arrays.sort(nanos);
    double p50 = nanos[count / 2] / 1e6;
    double p99 = nanos[(int) (count * 0.99)] / 1e6;
    System.out.printf(Locale.ROOT, "%-20s %6d requests, errors %d, %.0f req/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        label, count, errors.get(), count / seconds, p50, p99, nanos[count - 1] / 1e6);
    return new double[] {p50, p99};
  }
}
