package newsdesk.function;

import static newsdesk.function.Invocation.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsdesk.article.Rejection;
import newsdesk.article.Source;
import newsdesk.aws.DynamoArticleStore;
import newsdesk.aws.DynamoFeedStore;
import newsdesk.aws.PlainJson;
import newsdesk.aws.telemetry.Telemetry;
import newsdesk.emulator.Dynalite;
import newsdesk.feed.Feed;
import newsdesk.read.ArticleApi;
import newsdesk.store.ArticleFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives {@link ApiHandler}, wired as in Lambda ({@link ApiHandler#fromEnvironment}), against a
 * dynalite table, with the HTTP API events in {@code events/} deserialized by the Lambda runtime's
 * own serializer.
 */
class ApiHandlerTest {

  /** The id events/api-get-article.json asks for. */
  static final String ID = idAskedFor();
  /** A sample request per route, each answered 200 once {@link #fill} has run. */
  static final List<String> ROUTE_SAMPLES = List.of("api-list-articles.json", "api-get-article.json",
      "api-list-rejections.json", "api-list-feeds.json", "api-json-feed.json", "api-atom-feed.json",
      "api-openapi.json");

  final ByteArrayOutputStream output = new ByteArrayOutputStream();
  final Telemetry telemetry = new Telemetry("api", new PrintStream(output, true, StandardCharsets.UTF_8),
      Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));
  Map<String, String> env;
  DynamoArticleStore store;

  @BeforeEach
  void freshTable() {
    env = new HashMap<>(Dynalite.environment());
    env.put("TABLE_NAME", Dynalite.newTable("api"));
    store = new DynamoArticleStore(Dynalite.client(), env.get("TABLE_NAME"));
  }

  @Test
  void listsArticlesAsJson() throws IOException {
    store.put(ArticleFixtures.full(ID), Instant.parse("2026-11-28T09:00:00Z"));

    APIGatewayV2HTTPResponse response = handler().handleRequest(event("api-list-articles.json"), context());

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getHeaders()).containsEntry("content-type", "application/json");
    assertThat(response.getIsBase64Encoded()).isFalse();
    JsonNode body = JSON.readTree(response.getBody());
    assertThat(body.path("items").findValuesAsText("id")).containsExactly(ID);
    assertThat(body.path("items").get(0).has("body")).as("lists never carry bodies").isFalse();
  }

  @Test
  void returnsTheArticleTheRawPathNames() throws IOException {
    store.put(ArticleFixtures.full(ID), Instant.parse("2026-11-28T09:00:00Z"));

    APIGatewayV2HTTPResponse response = handler().handleRequest(event("api-get-article.json"), context());

    assertThat(response.getStatusCode()).isEqualTo(200);
    JsonNode article = JSON.readTree(response.getBody());
    assertThat(article.path("id").asText()).isEqualTo(ID);
    assertThat(article.path("body").isArray()).isTrue();
  }

  @Test
  void anUnknownArticleIsAProblemDocument() throws IOException {
    APIGatewayV2HTTPResponse response = handler().handleRequest(event("api-get-article.json"), context());

    assertThat(response.getStatusCode()).isEqualTo(404);
    assertThat(response.getHeaders()).containsEntry("content-type", "application/problem+json");
    assertThat(JSON.readTree(response.getBody()).path("status").asInt()).isEqualTo(404);
  }

  @Test
  void headersReachTheApiLowerCased() throws IOException {
    store.put(ArticleFixtures.full(ID), Instant.parse("2026-11-28T09:00:00Z"));
    ApiHandler handler = handler();
    String etag = handler.handleRequest(event("api-get-article.json"), context()).getHeaders().get("etag");
    APIGatewayV2HTTPEvent conditional = event("api-get-article.json");
    conditional.getHeaders().put("If-None-Match", etag);

    APIGatewayV2HTTPResponse response = handler.handleRequest(conditional, context());

    assertThat(response.getStatusCode()).isEqualTo(304);
  }

  @Test
  void anUnreachableTableIsA500WithoutInternals() throws IOException {
    // Nothing listens on port 1 of loopback: the store call fails as in an outage.
    env.put("DYNAMODB_ENDPOINT", "http://127.0.0.1:1");

    APIGatewayV2HTTPResponse response = handler().handleRequest(event("api-list-articles.json"), context());

    assertThat(response.getStatusCode()).isEqualTo(500);
    assertThat(response.getHeaders()).containsEntry("content-type", "application/problem+json");
    assertThat(JSON.readTree(response.getBody()).path("status").asInt()).isEqualTo(500);
    assertThat(response.getBody()).doesNotContain("Exception", "127.0.0.1", "newsdesk", env.get("TABLE_NAME"));
    JsonNode log = lines().get(0);
    assertThat(log.path("level").asText()).isEqualTo("ERROR");
    assertThat(log.path("error").asText()).contains("Exception");
  }

  @Test
  void logsAndMeasuresEachRequestByRoute() throws IOException {
    handler().handleRequest(event("api-get-article.json"), context());

    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(2);
    JsonNode log = lines.get(0);
    assertThat(log.path("requestId").asText()).isEqualTo("req-2");
    assertThat(log.path("route").asText()).isEqualTo("GET /articles/{id}");
    assertThat(log.path("status").asInt()).isEqualTo(404);
    JsonNode emf = lines.get(1);
    JsonNode directive = emf.path("_aws").path("CloudWatchMetrics").get(0);
    assertThat(directive.path("Namespace").asText()).isEqualTo("Newsdesk");
    assertThat(directive.path("Dimensions").toString()).isEqualTo("[[\"Function\"],[\"Function\",\"Route\"]]");
    assertThat(directive.path("Metrics").findValuesAsText("Name"))
        .containsExactly("Requests", "Status4xx", "Status5xx", "DurationMs");
    assertThat(directive.path("Metrics").findValuesAsText("Unit"))
        .containsExactly("Count", "Count", "Count", "Milliseconds");
    assertThat(emf.path("Route").asText()).isEqualTo("GET /articles/{id}");
    assertThat(emf.path("Requests").asInt()).isEqualTo(1);
    assertThat(emf.path("Status4xx").asInt()).isEqualTo(1);
    assertThat(emf.path("Status5xx").asInt()).isZero();
  }

  @Test
  void everyRouteSampleIsAnsweredWithAStrongEtagAndRevalidates() throws IOException {
    fill();
    ApiHandler handler = handler();
    List<String> routes = new java.util.ArrayList<>();
    for (String sample : ROUTE_SAMPLES) {
      routes.add(event(sample).getRouteKey());
    }
    assertThat(routes).as("a sample per route").containsExactlyInAnyOrderElementsOf(ArticleApi.ROUTES);
    for (String sample : ROUTE_SAMPLES) {
      APIGatewayV2HTTPResponse response = handler.handleRequest(event(sample), context());
      assertThat(response.getStatusCode()).as(sample).isEqualTo(200);
      assertThat(response.getHeaders().get("cache-control")).as(sample).startsWith("public, max-age=");
      String etag = response.getHeaders().get("etag");
      assertThat(etag).as(sample).matches("\"[0-9a-f]{32}\"");

      APIGatewayV2HTTPEvent conditional = event(sample);
      conditional.getHeaders().put("if-none-match", etag);
      APIGatewayV2HTTPResponse revalidated = handler.handleRequest(conditional, context());
      assertThat(revalidated.getStatusCode()).as(sample).isEqualTo(304);
      assertThat(revalidated.getBody()).as(sample).isEmpty();
    }
  }

  @Test
  void everyRouteSampleRefusesAnUnknownParameterAsAProblem() throws IOException {
    ApiHandler handler = handler();
    for (String sample : ROUTE_SAMPLES) {
      APIGatewayV2HTTPEvent event = event(sample);
      Map<String, String> query = event.getQueryStringParameters() == null
          ? new HashMap<>() : new HashMap<>(event.getQueryStringParameters());
      query.put("sort", "oldest");
      event.setQueryStringParameters(query);

      APIGatewayV2HTTPResponse response = handler.handleRequest(event, context());

      assertThat(response.getStatusCode()).as(sample).isEqualTo(400);
      assertThat(response.getHeaders()).as(sample).containsEntry("content-type", "application/problem+json");
      assertThat(JSON.readTree(response.getBody()).path("detail").asText()).as(sample).contains("'sort'");
    }
  }

  @Test
  void theArticleIsNegotiatedFromTheAcceptHeader() throws IOException {
    store.put(ArticleFixtures.full(ID), Instant.parse("2026-11-28T09:00:00Z"));
    APIGatewayV2HTTPEvent html = event("api-get-article.json");
    html.getHeaders().put("accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    APIGatewayV2HTTPEvent pdf = event("api-get-article.json");
    pdf.getHeaders().put("accept", "application/pdf");

    APIGatewayV2HTTPResponse page = handler().handleRequest(html, context());
    APIGatewayV2HTTPResponse refused = handler().handleRequest(pdf, context());

    assertThat(page.getStatusCode()).isEqualTo(200);
    assertThat(page.getHeaders()).containsEntry("content-type", "text/html; charset=utf-8").containsEntry("vary", "Accept");
    assertThat(page.getBody()).contains("<article", "<h1>");
    assertThat(refused.getStatusCode()).isEqualTo(406);
    assertThat(refused.getHeaders()).containsEntry("content-type", "application/problem+json");
  }

  @Test
  void rejectionsAndFeedsComeFromTheTable() throws IOException {
    fill();

    JsonNode rejections = JSON.readTree(handler().handleRequest(event("api-list-rejections.json"), context()).getBody());
    JsonNode feedList = JSON.readTree(handler().handleRequest(event("api-list-feeds.json"), context()).getBody());

    assertThat(rejections.path("items").findValuesAsText("reason")).containsExactly("not_article");
    assertThat(feedList.path("items").findValuesAsText("id")).containsExactly("reuters");
    assertThat(feedList.path("items").get(0).path("consecutiveErrors").asInt()).isEqualTo(1);
  }

  @Test
  void theStoryFeedsListTheStoredArticle() throws IOException {
    fill();

    APIGatewayV2HTTPResponse json = handler().handleRequest(event("api-json-feed.json"), context());
    APIGatewayV2HTTPResponse atom = handler().handleRequest(event("api-atom-feed.json"), context());

    assertThat(json.getHeaders()).containsEntry("content-type", "application/feed+json");
    assertThat(JSON.readTree(json.getBody()).path("items").findValuesAsText("id")).containsExactly(ID);
    assertThat(atom.getHeaders()).containsEntry("content-type", "application/atom+xml; charset=utf-8");
    assertThat(atom.getBody()).startsWith("<?xml").contains("<id>urn:newsdesk:article:" + ID + "</id>");
  }

  @Test
  void theStreamLambdaInvokesAnswersAsTheTypedHandlerForEverySampleAndVariant() throws IOException {
    fill();
    ApiHandler handler = handler();
    // The Lambda runtime takes a RequestStreamHandler's stream signature before the typed one.
    assertThat(handler).isInstanceOf(RequestStreamHandler.class);
    for (String sample : ROUTE_SAMPLES) {
      ObjectNode plain = (ObjectNode) JSON.readTree(Invocation.eventBytes(sample));
      ObjectNode unknownParameter = plain.deepCopy();
      unknownParameter.withObject("/queryStringParameters").put("sort", "oldest");
      ObjectNode html = plain.deepCopy();
      html.withObject("/headers").put("accept", "text/html");
      ObjectNode stale = plain.deepCopy();
      stale.withObject("/headers").put("if-none-match", "\"0123\"");
      ObjectNode bare = plain.deepCopy();
      bare.remove(List.of("headers", "queryStringParameters", "pathParameters", "cookies"));
      for (ObjectNode variant : List.of(plain, unknownParameter, html, stale, bare)) {
        byte[] bytes = JSON.writeValueAsBytes(variant);
        APIGatewayV2HTTPEvent typed = Invocation.event(bytes, APIGatewayV2HTTPEvent.class);

        assertThat(Invocation.runtimeJson(HttpApiJson.event(PlainJson.read(new java.io.ByteArrayInputStream(bytes))), APIGatewayV2HTTPEvent.class))
            .as(sample + " event " + variant).isEqualTo(Invocation.runtimeJson(typed, APIGatewayV2HTTPEvent.class));
        assertThat(Invocation.withoutNulls(Invocation.stream(handler, bytes, context())))
            .as(sample + " response " + variant)
            .isEqualTo(Invocation.runtimeJson(handler.handleRequest(typed, context()), APIGatewayV2HTTPResponse.class));
      }
    }
  }

  @Test
  void primingBeforeASnapshotAnswersItsBuiltInRequestWithoutTheTable() throws IOException {
    // An unreachable table: a priming step that reached out would fail here.
    env.put("DYNAMODB_ENDPOINT", "http://127.0.0.1:1");
    ApiHandler handler = handler();

    assertThat(handler.prime()).isEqualTo(200);
    handler.beforeCheckpoint(null);
    assertThat(output.size()).as("priming is no request: nothing logged or counted").isZero();
  }

  @Test
  void anEventThatIsNotJsonFailsTheInvocationAsTheRuntimeWould() {
    assertThatThrownBy(() -> Invocation.stream(handler(), "{\"rawPath\": ".getBytes(StandardCharsets.UTF_8), context()))
        .isInstanceOf(IOException.class);
  }

  /** One article, one rejection and one feed: something on every route. */
  void fill() {
    store.put(ArticleFixtures.full(ID), Instant.parse("2026-11-28T09:00:00Z"));
    store.putRejection(new Rejection(new Source("raw", "incoming/index.html", "v1", null, "text/html", null, null),
        "not_article", "An index page.", "2.1.0", "2026-11-28T09:30:00Z"));
    new DynamoFeedStore(Dynalite.client(), env.get("TABLE_NAME")).put(new Feed("reuters",
        "https://example.com/rss", "Reuters", null, null, "2026-11-28T09:00:00Z", "2026-11-28T09:15:00Z", 1,
        "HTTP 503", null));
  }

  ApiHandler handler() {
    return new ApiHandler(ApiHandler.fromEnvironment(env), telemetry);
  }

  static String idAskedFor() {
    try {
      return event("api-get-article.json").getPathParameters().get("id");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static APIGatewayV2HTTPEvent event(String name) throws IOException {
    return Invocation.event(name, APIGatewayV2HTTPEvent.class);
  }

  static Context context() {
    return Invocation.context("req-2", 60_000);
  }

  List<JsonNode> lines() {
    return Invocation.jsonLines(output);
  }
}
