package newsdesk.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newsdesk.article.Article;
import newsdesk.extract.Extraction;
import newsdesk.extract.Extractor;
import newsdesk.extract.RawPage;
import newsdesk.function.ApiHandler;
import newsdesk.local.store.EmbeddedArticleStore;
import newsdesk.local.store.EmbeddedDatabase;
import newsdesk.local.store.EmbeddedFeedStore;
import newsdesk.read.ArticleApi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Warm time per request of the API's Lambda handler over the embedded store, for the requests
 * readers make most — a page of 20, a filtered page, one article as JSON and as sanitized HTML —
 * against a baseline measured in the same run: the bare store read of a page of 20 (no routing,
 * no JSON, no ETag). The store holds the ~50 corpus pages ExtractionBenchmark uses, extracted once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadApiBenchmark {

  private EmbeddedDatabase db;
  private EmbeddedArticleStore store;
  private ApiHandler handler;
  private APIGatewayV2HTTPEvent page;
  private APIGatewayV2HTTPEvent filtered;
  private APIGatewayV2HTTPEvent json;
  private APIGatewayV2HTTPEvent html;

  @Setup(Level.Trial)
  public void load() throws IOException {
    db = EmbeddedDatabase.inMemory("bench-" + System.nanoTime());
    store = new EmbeddedArticleStore(db);
    Path shared = Path.of(System.getProperty("newsdesk.root", ".")).toAbsolutePath().resolve("../shared").normalize();
    Extractor extractor = new Extractor();
    Article first = null;
    int stored = 0;
    for (RawPage raw : ExtractionBenchmark.pages(shared)) {
      if (extractor.extract(raw) instanceof Extraction.Extracted extracted) {
        store.put(extracted.article(), Instant.parse("2026-11-28T10:00:00Z"));
        first = first == null ? extracted.article() : first;
        stored++;
      }
    }
    if (first == null) {
      throw new IllegalStateException("no page became an article");
    }
    handler = new ApiHandler(new ArticleApi(store, new EmbeddedFeedStore(db)),
        new newsdesk.aws.telemetry.Telemetry("bench", new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
            java.time.Clock.systemUTC()));
    page = request("/articles", Map.of("limit", "20"));
    filtered = request("/articles", Map.of("limit", "20", "language", first.language() == null ? "en" : first.language()));
    json = request("/articles/" + first.id(), Map.of());
    html = request("/articles/" + first.id(), Map.of("format", "html"));
    System.out.printf("%nReadApiBenchmark: %d articles in the embedded store%n", stored);
  }

  @TearDown(Level.Trial)
  public void close() {
    db.close();
  }

  @Benchmark
  public Object storeListBaseline() {
    return store.list(null, 20);
  }

  @Benchmark
  public Object listPage() {
    return handler.handleRequest(page, null);
  }

  @Benchmark
  public Object filteredPage() {
    return handler.handleRequest(filtered, null);
  }

  @Benchmark
  public Object articleJson() {
    return handler.handleRequest(json, null);
  }

  @Benchmark
  public Object articleHtml() {
    return handler.handleRequest(html, null);
  }

  private static APIGatewayV2HTTPEvent request(String path, Map<String, String> query) {
    APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
    event.setRawPath(path);
    event.setRouteKey("GET " + path);
    event.setQueryStringParameters(query);
    event.setHeaders(Map.of("accept", "*/*"));
    event.setRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath(path).build())
        .build());
    return event;
  }
}
