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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsdesk.article.Rejection;
import newsdesk.article.Source;
import newsdesk.aws.DynamoArticleStore;
import newsdesk.aws.DynamoFeedStore;
import newsdesk.article.PlainJson;
import newsdesk.aws.telemetry.Telemetry;
import newsdesk.emulator.Dynalite;
import newsdesk.feed.Feed;
import newsdesk.read.ArticleApi;
import newsdesk.store.ArticleFixtures;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
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
      "api-openapi.json", "api-list-publishers.json", "api-list-sections.json", "api-list-copies.json");

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

    assertThat(handler.prime()).isEqualTo(400);
    handler.beforeCheckpoint(null);
    assertThat(output.size()).as("priming is no request: nothing logged or counted").isZero();
  }

  @Test
  void anEventThatIsNotJsonFailsTheInvocationAsTheRuntimeWould() {
    assertThatThrownBy(() -> Invocation.stream(handler(), "{\"rawPath\": ".getBytes(StandardCharsets.UTF_8), context()))
        .isInstanceOf(IOException.class);
  }

  @Test
  void filtersArticlesAndBindsTheCursorToTheFilter() throws IOException {
    story("r1", "2022-01-01", "Reuters", "World");
    story("r2", "2022-02-01", "Reuters", "World");
    story("r3", "2022-03-01", "Reuters", "World");
    story("r0", "2021-12-31", "Reuters", "World");
    story("a1", "2022-02-15", "AP", "World");
    ApiHandler handler = handler();

    APIGatewayV2HTTPResponse first = handler.handleRequest(event("api-list-articles-filtered.json"), context());
    JsonNode page = JSON.readTree(first.getBody());
    assertThat(page.path("items").findValuesAsText("id")).containsExactly("r3", "r2");
    String next = page.path("next").asText();

    APIGatewayV2HTTPEvent second = event("api-list-articles-filtered.json");
    second.getQueryStringParameters().put("cursor", next);
    JsonNode rest = JSON.readTree(handler.handleRequest(second, context()).getBody());
    assertThat(rest.path("items").findValuesAsText("id")).containsExactly("r1");
    assertThat(rest.path("next").isNull()).isTrue();

    APIGatewayV2HTTPEvent foreign = event("api-list-articles.json");
    foreign.getQueryStringParameters().put("cursor", next);
    APIGatewayV2HTTPResponse refused = handler.handleRequest(foreign, context());
    assertThat(refused.getStatusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.getBody()).path("detail").asText()).contains("'cursor'");
  }

  @Test
  void badFiltersAreRefusedNamingTheParameter() throws IOException {
    Map<String, String> bad = Map.of("since", "last week", "until", "2022-13-01", "publisher", " ",
        "tag", "x".repeat(201));
    for (Map.Entry<String, String> parameter : bad.entrySet()) {
      for (String sample : List.of("api-list-articles.json", "api-json-feed.json", "api-atom-feed.json")) {
        APIGatewayV2HTTPEvent event = event(sample);
        Map<String, String> query = new HashMap<>(event.getQueryStringParameters() == null
            ? Map.of() : event.getQueryStringParameters());
        query.put(parameter.getKey(), parameter.getValue());
        event.setQueryStringParameters(query);

        APIGatewayV2HTTPResponse response = handler().handleRequest(event, context());

        assertThat(response.getStatusCode()).as(sample + " " + parameter).isEqualTo(400);
        assertThat(JSON.readTree(response.getBody()).path("detail").asText()).contains("'" + parameter.getKey() + "'");
      }
    }
    APIGatewayV2HTTPEvent reversed = event("api-list-articles.json");
    reversed.setQueryStringParameters(Map.of("since", "2022-02-01", "until", "2022-01-01"));
    assertThat(handler().handleRequest(reversed, context()).getStatusCode()).isEqualTo(400);
  }

  @Test
  void theStoryFeedsTakeTheSameFilters() throws IOException {
    Instant at = Instant.parse("2026-11-28T09:00:00Z");
    store.put(ArticleFixtures.faceted("r1", "2022-01-01", "Reuters", "World", "en", List.of(), List.of("Ukraine")), at);
    store.put(ArticleFixtures.faceted("a1", "2022-01-02", "AP", "World", "en", List.of(), List.of("Markets")), at);
    APIGatewayV2HTTPEvent json = event("api-json-feed.json");
    json.setQueryStringParameters(Map.of("tag", "ukraine"));
    APIGatewayV2HTTPEvent atom = event("api-atom-feed.json");
    atom.setQueryStringParameters(Map.of("publisher", "AP"));

    assertThat(JSON.readTree(handler().handleRequest(json, context()).getBody()).path("items").findValuesAsText("id"))
        .containsExactly("r1");
    assertThat(handler().handleRequest(atom, context()).getBody())
        .contains("urn:newsdesk:article:a1").doesNotContain("urn:newsdesk:article:r1");
  }

  @Test
  void publishersAndSectionsAreListedWithCounts() throws IOException {
    story("r1", "2022-01-01", "Reuters", "World");
    story("r2", "2022-01-02", "Reuters", "Business");
    story("a1", "2022-01-02", "AP", "World");

    JsonNode publishers = JSON.readTree(handler().handleRequest(event("api-list-publishers.json"), context()).getBody());
    JsonNode sections = JSON.readTree(handler().handleRequest(event("api-list-sections.json"), context()).getBody());

    assertThat(publishers.toString()).isEqualTo("{\"items\":[{\"name\":\"AP\",\"count\":1},{\"name\":\"Reuters\",\"count\":2}]}");
    assertThat(sections.toString()).isEqualTo("{\"items\":[{\"name\":\"Business\",\"count\":1},{\"name\":\"World\",\"count\":2}]}");
  }

  @Test
  void noRequestPathIssuesAScanOrAWrite() throws IOException {
    Set<String> operations = java.util.concurrent.ConcurrentHashMap.newKeySet();
    ExecutionInterceptor recorder = new ExecutionInterceptor() {
      @Override
      public void beforeExecution(software.amazon.awssdk.core.interceptor.Context.BeforeExecution context, ExecutionAttributes attributes) {
        operations.add(context.request().getClass().getSimpleName());
      }
    };
    DynamoDbClient recorded = DynamoDbClient.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("scan", "scan")))
        .endpointOverride(Dynalite.endpoint())
        .overrideConfiguration(c -> c.addExecutionInterceptor(recorder))
        .build();
    fill();
    story("r1", "2022-01-01", "Reuters", "World");
    story("r2", "2022-02-01", "Reuters", "Business");
    String table = env.get("TABLE_NAME");
    ApiHandler handler = new ApiHandler(
        new ArticleApi(new DynamoArticleStore(recorded, table), new DynamoFeedStore(recorded, table)), telemetry);
    List<APIGatewayV2HTTPEvent> requests = new ArrayList<>();
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(Invocation.ROOT.resolve("events"))) {
      for (java.nio.file.Path file : files.filter(f -> f.getFileName().toString().startsWith("api-")).sorted().toList()) {
        requests.add(event(file.getFileName().toString()));
      }
    }
    APIGatewayV2HTTPEvent combined = event("api-list-articles.json");
    combined.setQueryStringParameters(Map.of("publisher", "reuters", "section", "world", "tag", "ukraine",
        "until", "2026-12-31", "limit", "1"));
    requests.add(combined);
    APIGatewayV2HTTPEvent paged = event("api-list-articles.json");
    paged.setQueryStringParameters(new HashMap<>(Map.of("limit", "1")));
    paged.getQueryStringParameters().put("cursor",
        JSON.readTree(handler.handleRequest(event("api-list-articles.json"), context()).getBody()).path("next").asText());
    requests.add(paged);
    Set<String> routes = new java.util.HashSet<>();

    for (APIGatewayV2HTTPEvent request : requests) {
      APIGatewayV2HTTPResponse response = handler.handleRequest(request, context());
      assertThat(response.getStatusCode()).as(request.getRawPath() + " " + request.getQueryStringParameters())
          .isEqualTo(200);
      routes.add(request.getRouteKey());
    }

    assertThat(routes).containsExactlyInAnyOrderElementsOf(ArticleApi.ROUTES);
    assertThat(operations).as("what the API asked DynamoDB").doesNotContain("ScanRequest")
        .isSubsetOf("GetItemRequest", "QueryRequest").contains("GetItemRequest", "QueryRequest");
    recorded.close();
  }

  @Test
  void listsTheOtherArticlesCarryingTheSameStory() throws IOException {
    Instant at = Instant.parse("2026-11-28T09:00:00Z");
    store.put(ArticleFixtures.published(ID, "2022-01-01").withDuplicateOf(null), at);
    store.put(ArticleFixtures.published("copy1", "2022-01-02").withDuplicateOf(ID), at);
    store.put(ArticleFixtures.published("copy2", "2022-01-03").withDuplicateOf(ID), at);
    store.put(ArticleFixtures.published("other", "2022-01-04").withDuplicateOf(null), at);

    JsonNode ofOriginal = JSON.readTree(handler().handleRequest(event("api-list-copies.json"), context()).getBody());
    APIGatewayV2HTTPEvent fromCopy = event("api-list-copies.json");
    fromCopy.setRawPath("/articles/copy1/copies");
    JsonNode ofCopy = JSON.readTree(handler().handleRequest(fromCopy, context()).getBody());
    APIGatewayV2HTTPEvent missing = event("api-list-copies.json");
    missing.setRawPath("/articles/nope/copies");

    assertThat(ofOriginal.path("items").findValuesAsText("id")).containsExactly("copy2", "copy1");
    assertThat(ofCopy.path("items").findValuesAsText("id")).containsExactly("copy2", ID);
    assertThat(handler().handleRequest(missing, context()).getStatusCode()).isEqualTo(404);
  }

  @Test
  void feedsArePagedByCursorInIdOrder() throws IOException {
    DynamoFeedStore feedStore = new DynamoFeedStore(Dynalite.client(), env.get("TABLE_NAME"));
    for (String id : List.of("c", "a", "e", "b", "d")) {
      feedStore.put(new Feed(id, "https://example.com/" + id, null, null, null, null, null, 0, null, null));
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      APIGatewayV2HTTPEvent request = event("api-list-feeds.json");
      request.setQueryStringParameters(new HashMap<>(Map.of("limit", "2")));
      if (cursor != null) {
        request.getQueryStringParameters().put("cursor", cursor);
      }
      JsonNode page = JSON.readTree(handler().handleRequest(request, context()).getBody());
      seen.addAll(page.path("items").findValuesAsText("id"));
      cursor = page.path("next").isNull() ? null : page.path("next").asText();
    } while (cursor != null && ++pages < 10);

    assertThat(seen).containsExactly("a", "b", "c", "d", "e");
    APIGatewayV2HTTPEvent articleCursor = event("api-list-feeds.json");
    articleCursor.setQueryStringParameters(Map.of("cursor", newsdesk.read.Cursor.encode("c")));
    assertThat(handler().handleRequest(articleCursor, context()).getStatusCode()).isEqualTo(400);
  }

  @Test
  void rejectionsArePagedByCursor() throws IOException {
    for (int i = 0; i < 3; i++) {
      store.putRejection(new Rejection(new Source("raw", "incoming/" + i + ".html", null, null, "text/html", null, null),
          "empty", "No text.", "2.1.0", "2026-11-28T09:0" + i + ":00Z"));
    }
    APIGatewayV2HTTPEvent first = event("api-list-rejections.json");
    first.setQueryStringParameters(new HashMap<>(Map.of("limit", "2")));
    JsonNode page = JSON.readTree(handler().handleRequest(first, context()).getBody());
    APIGatewayV2HTTPEvent second = event("api-list-rejections.json");
    second.setQueryStringParameters(new HashMap<>(Map.of("limit", "2", "cursor", page.path("next").asText())));
    JsonNode rest = JSON.readTree(handler().handleRequest(second, context()).getBody());
    APIGatewayV2HTTPEvent foreign = event("api-list-rejections.json");
    foreign.setQueryStringParameters(Map.of("cursor", newsdesk.read.Cursor.encode("2026-11-28T09:00:00.000Z#a1")));

    assertThat(page.path("items").findValuesAsText("source")).hasSize(2);
    assertThat(page.path("items").get(0).path("source").path("key").asText()).isEqualTo("incoming/2.html");
    assertThat(rest.path("items").get(0).path("source").path("key").asText()).isEqualTo("incoming/0.html");
    assertThat(rest.path("next").isNull()).isTrue();
    assertThat(handler().handleRequest(foreign, context()).getStatusCode()).isEqualTo(400);
  }

  /** A stored story with these facets, no authors and no tags. */
  void story(String id, String published, String publisher, String section) {
    store.put(ArticleFixtures.faceted(id, published, publisher, section, "en", List.of(), List.of()),
        Instant.parse("2026-11-28T09:00:00Z"));
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
