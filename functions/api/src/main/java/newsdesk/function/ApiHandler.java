package newsdesk.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import newsdesk.aws.AwsClients;
import newsdesk.aws.DynamoArticleStore;
import newsdesk.aws.DynamoFeedStore;
import newsdesk.article.PlainJson;
import newsdesk.aws.telemetry.Metric;
import newsdesk.aws.telemetry.Telemetry;
import newsdesk.read.ApiRequest;
import newsdesk.read.ApiResponse;
import newsdesk.read.ArticleApi;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Lambda entry point behind the HTTP API (payload format 2.0): translates the API Gateway event
 * into an {@link ApiRequest}, lets {@link ArticleApi} answer it, and translates the answer back.
 * All HTTP behaviour lives in {@link ArticleApi}, so the local HTTP bridge serves the same
 * responses. An unexpected exception becomes a plain 500 problem document: the details go to the
 * log, never to the client.
 *
 * <p>In Lambda the stream signature is the one invoked: the runtime prefers it to the typed one
 * (it takes the longest {@code handleRequest}, and a {@link RequestStreamHandler} first), which
 * spares the cold start the runtime's own event serializer; the local stack and tests call the
 * typed one, and both give the same response.
 */
public final class ApiHandler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, RequestStreamHandler, Resource {

  static final String FUNCTION = "api";

  private static final String INTERNAL_ERROR = "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\","
      + "\"status\":500,\"detail\":\"The request could not be answered. Try again later.\"}";

  private final ArticleApi api;
  private final Telemetry telemetry;

  /**
   * What Lambda calls: wires the DynamoDB store from the environment once, at init, and registers
   * for SnapStart's checkpoint so the snapshot also holds the request path warm.
   */
  public ApiHandler() {
    this(fromEnvironment(System.getenv()));
    Core.getGlobalContext().register(this);
  }

  /** Before a SnapStart snapshot: answer a built-in request; see {@link #prime()}. */
  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) throws IOException {
    prime();
  }

  @Override
  public void afterRestore(org.crac.Context<? extends Resource> context) {
    // Nothing to renew: priming leaves no time- or identity-bound state behind.
  }

  /**
   * Reads a built-in {@code GET /articles?limit=0} event, answers it and writes the response, all in
   * memory: the bad limit is refused before any table read (the event, routing, parameter checks and
   * a problem document), and {@link ArticleApi#prime()} then runs a list's and a get's reading and
   * writing on a built-in story. Nothing is logged or counted, so a snapshot holds the first list and
   * get warm without a request that never happened in the metrics.
   *
   * @return the status of the built-in request (400, or priming missed its point)
   */
  int prime() throws IOException {
    String event = "{\"version\":\"2.0\",\"routeKey\":\"GET /articles\",\"rawPath\":\"/articles\","
        + "\"rawQueryString\":\"limit=0\",\"headers\":{\"accept\":\"application/json\"},"
        + "\"queryStringParameters\":{\"limit\":\"0\"},\"requestContext\":{\"http\":{\"method\":\"GET\"}}}";
    ApiResponse response = api.handle(request(HttpApiJson.event(
        PlainJson.read(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8))))));
    PlainJson.write(OutputStream.nullOutputStream(), HttpApiJson.response(gatewayResponse(response)));
    ArticleApi.prime();
    return response.status();
  }

  public ApiHandler(ArticleApi api) {
    this(api, Telemetry.toStdout(FUNCTION));
  }

  public ApiHandler(ArticleApi api, Telemetry telemetry) {
    this.api = Objects.requireNonNull(api);
    this.telemetry = Objects.requireNonNull(telemetry);
  }

  /** The cloud wiring: one DynamoDB client for both stores, built at init (before a SnapStart snapshot). */
  static ArticleApi fromEnvironment(Map<String, String> env) {
    String table = Objects.requireNonNull(env.get("TABLE_NAME"), "TABLE_NAME is not set");
    DynamoDbClient dynamo = AwsClients.fromEnvironment(env).dynamo();
    // The feed status route reads the same table: a consistent Query, within the read-only policy.
    return new ArticleApi(new DynamoArticleStore(dynamo, table), new DynamoFeedStore(dynamo, table));
  }

  /** What Lambda invokes: the event read and the response written with {@link PlainJson}. */
  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    APIGatewayV2HTTPResponse response = handleRequest(HttpApiJson.event(PlainJson.read(input)), context);
    PlainJson.write(output, HttpApiJson.response(response));
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    long start = System.nanoTime();
    String route = event.getRouteKey() == null ? "$default" : event.getRouteKey();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("requestId", context == null ? null : context.getAwsRequestId());
    fields.put("route", route);
    ApiResponse response;
    try {
      response = api.handle(request(event));
    } catch (RuntimeException e) {
      fields.put("error", e.getClass().getName());
      fields.put("detail", e.getMessage());
      response = new ApiResponse(500,
          Map.of("content-type", "application/problem+json", "cache-control", "no-store"), INTERNAL_ERROR);
    }
    long durationMs = Telemetry.millisSince(start);
    int status = response.status();
    fields.put("status", status);
    fields.put("durationMs", durationMs);
    telemetry.log(status >= 500 ? "ERROR" : "INFO", "request", fields);
    telemetry.metrics(Map.of("Route", route), List.of(
        Metric.count("Requests", 1),
        Metric.count("Status4xx", status >= 400 && status < 500 ? 1 : 0),
        Metric.count("Status5xx", status >= 500 ? 1 : 0),
        Metric.milliseconds("DurationMs", durationMs)));
    return gatewayResponse(response);
  }

  private static APIGatewayV2HTTPResponse gatewayResponse(ApiResponse response) {
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(response.status())
        .withHeaders(new HashMap<>(response.headers()))
        .withBody(response.body())
        .withIsBase64Encoded(false)
        .build();
  }

  /**
   * The request as the read API sees it. API Gateway already lower-cases header names in payload
   * 2.0; lower-casing again keeps direct invocations (tests, {@code sam local}) to the same contract.
   */
  static ApiRequest request(APIGatewayV2HTTPEvent event) {
    String method = event.getRequestContext() == null || event.getRequestContext().getHttp() == null
        ? null : event.getRequestContext().getHttp().getMethod();
    Map<String, String> headers = new HashMap<>();
    if (event.getHeaders() != null) {
      event.getHeaders().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
    }
    return new ApiRequest(method, event.getRawPath(), event.getQueryStringParameters(), headers);
  }
}
