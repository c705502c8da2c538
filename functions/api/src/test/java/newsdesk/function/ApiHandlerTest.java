package newsdesk.function;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsdesk.aws.DynamoArticleStore;
import newsdesk.aws.telemetry.Telemetry;
import newsdesk.emulator.Dynalite;
import newsdesk.store.ArticleFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives {@link ApiHandler}, wired as in Lambda ({@link ApiHandler#fromEnvironment}), against a
 * dynalite table, with the HTTP API events in {@code events/} deserialized by the Lambda runtime's
 * own serializer.
 */
class ApiHandlerTest {

  static final Path ROOT = Path.of(System.getProperty("newsdesk.root", "../.."));
  static final ObjectMapper JSON = new ObjectMapper();
  /** The id events/api-get-article.json asks for. */
  static final String ID = idAskedFor();

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
    try (InputStream in = Files.newInputStream(ROOT.resolve("events").resolve(name))) {
      return LambdaEventSerializers
          .serializerFor(APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPEvent.class.getClassLoader())
          .fromJson(in);
    }
  }

  static Context context() {
    return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
        (proxy, method, args) -> "getAwsRequestId".equals(method.getName()) ? "req-2" : null);
  }

  List<JsonNode> lines() {
    return output.toString(StandardCharsets.UTF_8).lines().map(ApiHandlerTest::parse).toList();
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not a JSON line: " + line, e);
    }
  }
}
