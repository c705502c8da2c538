package newsdesk.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.article.ArticleJson;

/**
 * The local API Gateway: an HTTP server that turns each request into the HTTP API (payload format
 * 2.0) event API Gateway would send, hands it to the API handler through the Lambda runtime's
 * serializer, and writes the handler's response back, so the same handler class serves locally and
 * in the cloud. It follows API Gateway where clients can tell: the path arrives decoded, repeated
 * headers and query parameters are joined with commas, cookies move to their own list, bodies that
 * are not text arrive base64-encoded, a failing handler is a 500 {@code Internal Server Error}, and
 * only the 2.0 response fields (status, headers, cookies, body) count. Request bodies are limited to
 * 1 MB here, far above anything the read API accepts.
 */
public final class HttpBridge implements AutoCloseable {

  static final int MAX_BODY_BYTES = 1024 * 1024;
  private static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;
  static final Duration API_TIMEOUT = Duration.ofSeconds(30);
  static final String FUNCTION = "newsdesk-api";
  private static final int THREADS = 8;
  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> api;
  private final Log log;
  private HttpServer server;
  private ExecutorService threads;

  public HttpBridge(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> api, Log log) {
    this.api = api;
    this.log = log;
  }

  /** Starts serving; port 0 picks a free one. Returns the address actually bound. */
  public synchronized InetSocketAddress start(InetSocketAddress address) throws IOException {
    server = HttpServer.create(address, 0);
    AtomicInteger count = new AtomicInteger();
    // A bounded pool: a burst of clients queues instead of starting a thread each.
    threads = Executors.newFixedThreadPool(THREADS, task -> {
      Thread thread = new Thread(task, "newsdesk-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(threads);
    server.createContext("/", this::exchange);
    server.start();
    return server.getAddress();
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(1); // lets requests in flight finish, for up to a second
      threads.shutdown();
      server = null;
    }
  }

  private void exchange(HttpExchange exchange) {
    long start = System.nanoTime();
    int status = 500;
    try (exchange) {
      byte[] body = body(exchange);
      if (body == null) {
        status = send(exchange, error(413, "Request Entity Too Large"));
      } else {
        String requestId = requestId();
        APIGatewayV2HTTPEvent event = LambdaJson.read(event(exchange, body, requestId), APIGatewayV2HTTPEvent.class);
        APIGatewayV2HTTPResponse response = invoke(event);
        exchange.getResponseHeaders().set("apigw-requestid", requestId);
        status = send(exchange, response);
      }
    } catch (IOException | RuntimeException e) {
      log.error("http", exchange.getRequestMethod() + " " + exchange.getRequestURI() + " failed", e);
    } finally {
      log.info("http", exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + status + " "
          + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
  }

  private APIGatewayV2HTTPResponse invoke(APIGatewayV2HTTPEvent event) {
    APIGatewayV2HTTPResponse response;
    try {
      response = api.handleRequest(event, new LocalContext(FUNCTION, API_TIMEOUT));
    } catch (RuntimeException e) {
      log.error("http", "handler failed", e);
      return error(500, "Internal Server Error");
    }
    if (response == null || response.getStatusCode() < 100 || response.getStatusCode() > 599) {
      log.info("http", "handler returned no valid status code: " + response);
      return error(500, "Internal Server Error");
    }
    return response;
  }

  /** The request body, or null when it is over the limit; nothing past the limit is buffered. */
  private static byte[] body(HttpExchange exchange) throws IOException {
    if (declaredLength(exchange) > MAX_DRAINED_BYTES) {
      return null; // not worth reading: the connection is closed after the 413 instead
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length <= MAX_BODY_BYTES) {
        return body;
      }
      // Closing with the body unread resets the connection, and the client never reads the 413:
      // drop the rest of what a client plausibly sends, then answer.
      // Read, not skip: the JDK server's request stream skips past the end of the body and blocks.
      byte[] buffer = new byte[64 * 1024];
      long dropped = 0;
      int read;
      while (dropped < MAX_DRAINED_BYTES && (read = in.read(buffer)) > 0) {
        dropped += read;
      }
      return null;
    }
  }

  private static long declaredLength(HttpExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst("content-length");
    try {
      return length == null ? -1 : Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1; // the server has refused malformed lengths before this point
    }
  }

  /** The payload format 2.0 event for this request, as JSON. */
  private static String event(HttpExchange exchange, byte[] body, String requestId) {
    String rawPath = exchange.getRequestURI().getRawPath();
    String path = decodePath(rawPath == null || rawPath.isEmpty() ? "/" : rawPath);
    String rawQuery = exchange.getRequestURI().getRawQuery();
    Headers requestHeaders = exchange.getRequestHeaders();
    String sourceIp = exchange.getRemoteAddress().getAddress().getHostAddress();
    Instant now = Instant.now();

    ObjectNode event = ArticleJson.MAPPER.createObjectNode()
        .put("version", "2.0")
        .put("routeKey", "$default")
        .put("rawPath", path)
        .put("rawQueryString", rawQuery == null ? "" : rawQuery);

    List<String> cookies = new ArrayList<>();
    ObjectNode headers = event.putObject("headers");
    requestHeaders.forEach((name, values) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("cookie")) {
        for (String value : values) {
          for (String cookie : value.split(";")) {
            if (!cookie.isBlank()) {
              cookies.add(cookie.trim());
            }
          }
        }
      } else {
        headers.put(lower, String.join(",", values));
      }
    });
    if (!headers.has("x-forwarded-for")) {
      headers.put("x-forwarded-for", sourceIp);
    }
    headers.put("x-forwarded-proto", "http");
    headers.put("x-forwarded-port", String.valueOf(exchange.getLocalAddress().getPort()));
    if (!cookies.isEmpty()) {
      ArrayNode list = event.putArray("cookies");
      cookies.forEach(list::add);
    }
    Map<String, String> query = query(rawQuery);
    if (!query.isEmpty()) {
      ObjectNode parameters = event.putObject("queryStringParameters");
      query.forEach(parameters::put);
    }

    String host = requestHeaders.getFirst("host") == null ? "localhost" : requestHeaders.getFirst("host");
    String domain = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.split(":")[0];
    ObjectNode context = event.putObject("requestContext")
        .put("accountId", "000000000000")
        .put("apiId", "local")
        .put("domainName", domain)
        .put("domainPrefix", domain.split("\\.")[0])
        .put("requestId", requestId)
        .put("routeKey", "$default")
        .put("stage", "$default")
        .put("time", REQUEST_TIME.format(now))
        .put("timeEpoch", now.toEpochMilli());
    String userAgent = requestHeaders.getFirst("user-agent");
    context.putObject("http")
        .put("method", exchange.getRequestMethod())
        .put("path", path)
        .put("protocol", exchange.getProtocol())
        .put("sourceIp", sourceIp)
        .put("userAgent", userAgent == null ? "" : userAgent);

    if (body.length > 0) {
      boolean text = isText(requestHeaders.getFirst("content-type"));
      event.put("body", text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body));
      event.put("isBase64Encoded", !text);
    } else {
      event.put("isBase64Encoded", false);
    }
    return ArticleJson.write(event);
  }

  /** Decoded query parameters in order of first appearance; repeated names joined with commas. */
  private static Map<String, String> query(String rawQuery) {
    Map<String, String> query = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decodeQuery(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decodeQuery(pair.substring(equals + 1));
      query.merge(name, value, (first, next) -> first + "," + next);
    }
    return query;
  }

  private static String decodeQuery(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text; // a stray '%': pass it on as written rather than failing the request
    }
  }

  /** Percent-decoding without form rules: a '+' in a path is a plus sign. */
  private static String decodePath(String rawPath) {
    return decodeQuery(rawPath.replace("+", "%2B"));
  }

  /** Bodies that API Gateway passes as text; everything else arrives base64-encoded. */
  private static boolean isText(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
    return type.startsWith("text/") || type.equals("application/json") || type.endsWith("+json")
        || type.equals("application/xml") || type.endsWith("+xml") || type.equals("application/javascript")
        || type.equals("application/x-www-form-urlencoded") || type.equals("application/graphql");
  }

  private static int send(HttpExchange exchange, APIGatewayV2HTTPResponse response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((name, value) -> {
        String lower = name.toLowerCase(Locale.ROOT);
        // The server frames the body itself; a handler's framing headers would contradict it.
        if (!lower.equals("content-length") && !lower.equals("transfer-encoding") && value != null) {
          headers.set(name, value);
        }
      });
    }
    if (response.getCookies() != null) {
      response.getCookies().forEach(cookie -> headers.add("set-cookie", cookie));
    }
    String body = response.getBody();
    byte[] bytes = body == null ? new byte[0]
        : response.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    int status = response.getStatusCode();
    boolean bodiless = exchange.getRequestMethod().equals("HEAD") || status == 204 || status == 304 || status < 200;
    if (bodiless || bytes.length == 0) {
      exchange.sendResponseHeaders(status, -1);
    } else {
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    return status;
  }

  /** API Gateway's own error responses: a JSON message, no handler involved. */
  private static APIGatewayV2HTTPResponse error(int status, String message) {
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(status)
        .withHeaders(Map.of("content-type", "application/json"))
        .withBody(ArticleJson.write(Map.of("message", message)))
        .build();
  }

  private static String requestId() {
    // API Gateway's ids are short base64 strings (96 random bits here); handlers only log them.
    byte[] random = new byte[12];
    ThreadLocalRandom.current().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
