package newsdesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A real HTTP client against the bridge and a real handler that records what it was given. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpBridgeTest {

  private final AtomicReference<APIGatewayV2HTTPEvent> received = new AtomicReference<>();
  private final AtomicReference<Context> context = new AtomicReference<>();
  private final AtomicInteger calls = new AtomicInteger();
  private volatile APIGatewayV2HTTPResponse answer;
  private volatile RuntimeException failure;

  private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler = (event, ctx) -> {
    calls.incrementAndGet();
    received.set(event);
    context.set(ctx);
    if (failure != null) {
      throw failure;
    }
    return answer;
  };

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private HttpBridge bridge;
  private URI base;

  // One server for all tests: stopping one waits for its connections to go idle.
  @BeforeAll
  void start() throws Exception {
    bridge = new HttpBridge(handler, Log.SILENT);
    InetSocketAddress bound = bridge.start(new InetSocketAddress("127.0.0.1", 0));
    base = URI.create("http://127.0.0.1:" + bound.getPort());
  }

  @AfterAll
  void stop() {
    bridge.close();
  }

  @BeforeEach
  void reset() {
    received.set(null);
    context.set(null);
    calls.set(0);
    answer = response(200, "text/plain", "ok");
    failure = null;
  }

  @Test
  void turnsARequestIntoAnHttpApiEvent() throws Exception {
    long before = Instant.now().toEpochMilli();
    HttpResponse<String> response = client.send(
        HttpRequest.newBuilder(base.resolve("/articles/a%20b+c?q=a+b&q=c&plus=%2B&flag&empty=&caf%C3%A9=%C3%BC"))
            .header("X-Multi", "one")
            .header("X-Multi", "two")
            .header("Cookie", "a=1; b=2")
            .header("User-Agent", "bridge-test")
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    APIGatewayV2HTTPEvent event = received.get();
    assertThat(event.getVersion()).isEqualTo("2.0");
    assertThat(event.getRouteKey()).isEqualTo("$default");
    assertThat(event.getRawPath()).isEqualTo("/articles/a b+c");
    assertThat(event.getRawQueryString()).isEqualTo("q=a+b&q=c&plus=%2B&flag&empty=&caf%C3%A9=%C3%BC");
    assertThat(event.getQueryStringParameters()).containsExactlyInAnyOrderEntriesOf(
        Map.of("q", "a b,c", "plus", "+", "flag", "", "empty", "", "café", "ü"));
    assertThat(event.getHeaders()).containsEntry("x-multi", "one,two")
        .containsEntry("user-agent", "bridge-test")
        .containsEntry("x-forwarded-for", "127.0.0.1")
        .containsKey("host")
        .doesNotContainKey("cookie");
    assertThat(event.getHeaders().keySet()).allMatch(name -> name.equals(name.toLowerCase()));
    assertThat(event.getCookies()).containsExactly("a=1", "b=2");
    assertThat(event.getBody()).isNull();
    assertThat(event.getIsBase64Encoded()).isFalse();

    APIGatewayV2HTTPEvent.RequestContext request = event.getRequestContext();
    assertThat(request.getHttp().getMethod()).isEqualTo("GET");
    assertThat(request.getHttp().getPath()).isEqualTo("/articles/a b+c");
    assertThat(request.getHttp().getProtocol()).isEqualTo("HTTP/1.1");
    assertThat(request.getHttp().getSourceIp()).isEqualTo("127.0.0.1");
    assertThat(request.getHttp().getUserAgent()).isEqualTo("bridge-test");
    assertThat(request.getRouteKey()).isEqualTo("$default");
    assertThat(request.getStage()).isEqualTo("$default");
    assertThat(request.getRequestId()).isNotBlank();
    assertThat(request.getTimeEpoch()).isBetween(before, Instant.now().toEpochMilli());
    assertThat(response.headers().firstValue("apigw-requestid")).contains(request.getRequestId());

    assertThat(context.get().getAwsRequestId()).isNotBlank();
    assertThat(context.get().getRemainingTimeInMillis()).isBetween(1, 30_000);
  }

  @Test
  void aRequestWithoutQueryHasNoParameters() throws Exception {
    client.send(HttpRequest.newBuilder(base.resolve("/articles")).build(), HttpResponse.BodyHandlers.discarding());

    assertThat(received.get().getRawQueryString()).isEmpty();
    assertThat(received.get().getQueryStringParameters()).isNull();
    assertThat(received.get().getCookies()).isNull();
  }

  @Test
  void passesTextBodiesAsTextAndOthersAsBase64() throws Exception {
    client.send(HttpRequest.newBuilder(base.resolve("/x")).header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString("{\"a\":\"ü\"}")).build(), HttpResponse.BodyHandlers.discarding());
    assertThat(received.get().getBody()).isEqualTo("{\"a\":\"ü\"}");
    assertThat(received.get().getIsBase64Encoded()).isFalse();
    assertThat(received.get().getRequestContext().getHttp().getMethod()).isEqualTo("POST");

    byte[] binary = {0, 1, 2, (byte) 0xff};
    client.send(HttpRequest.newBuilder(base.resolve("/x")).header("Content-Type", "application/octet-stream")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(binary)).build(), HttpResponse.BodyHandlers.discarding());
    assertThat(received.get().getIsBase64Encoded()).isTrue();
    assertThat(Base64.getDecoder().decode(received.get().getBody())).isEqualTo(binary);
  }

  @Test
  void writesStatusHeadersCookiesAndBody() throws Exception {
    answer = APIGatewayV2HTTPResponse.builder()
        .withStatusCode(404)
        .withHeaders(Map.of("content-type", "application/problem+json", "cache-control", "no-store",
            "content-length", "999"))
        .withCookies(List.of("a=1; Path=/", "b=2"))
        .withBody("{\"title\":\"Not Found\"}")
        .build();

    HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/nothing")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("content-type")).contains("application/problem+json");
    assertThat(response.headers().firstValue("cache-control")).contains("no-store");
    assertThat(response.headers().allValues("set-cookie")).containsExactly("a=1; Path=/", "b=2");
    assertThat(response.headers().firstValue("content-length")).contains("21");
    assertThat(response.body()).isEqualTo("{\"title\":\"Not Found\"}");
  }

  @Test
  void decodesBase64ResponseBodies() throws Exception {
    byte[] image = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
    answer = APIGatewayV2HTTPResponse.builder().withStatusCode(200)
        .withHeaders(Map.of("content-type", "image/png"))
        .withBody(Base64.getEncoder().encodeToString(image)).withIsBase64Encoded(true).build();

    HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(base.resolve("/logo.png")).build(),
        HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.body()).isEqualTo(image);
  }

  @Test
  void headAndNotModifiedHaveNoBody() throws Exception {
    answer = response(304, "application/json", "");
    HttpResponse<String> notModified = client.send(HttpRequest.newBuilder(base.resolve("/articles"))
        .header("If-None-Match", "\"x\"").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(notModified.statusCode()).isEqualTo(304);
    assertThat(notModified.body()).isEmpty();
    assertThat(received.get().getHeaders()).containsEntry("if-none-match", "\"x\"");

    answer = response(200, "application/json", "{}");
    HttpResponse<String> head = client.send(HttpRequest.newBuilder(base.resolve("/articles"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(received.get().getRequestContext().getHttp().getMethod()).isEqualTo("HEAD");
  }

  @Test
  void bodiesOverOneMegabyteAre413WithoutCallingTheHandler() throws Exception {
    byte[] justFits = new byte[HttpBridge.MAX_BODY_BYTES];
    HttpResponse<String> fits = client.send(HttpRequest.newBuilder(base.resolve("/upload"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(justFits)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(fits.statusCode()).isEqualTo(200);
    assertThat(calls.get()).isEqualTo(1);

    HttpResponse<String> tooLarge = client.send(HttpRequest.newBuilder(base.resolve("/upload"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[HttpBridge.MAX_BODY_BYTES + 1])).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.body()).contains("Request Entity Too Large");
    assertThat(calls.get()).isEqualTo(1);
  }

  @Test
  void aFailingHandlerIsAnInternalServerErrorAndTheServerCarriesOn() throws Exception {
    failure = new IllegalStateException("boom");
    HttpResponse<String> failed = client.send(HttpRequest.newBuilder(base.resolve("/articles")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");

    failure = null;
    answer = APIGatewayV2HTTPResponse.builder().withBody("no status").build();
    assertThat(client.send(HttpRequest.newBuilder(base.resolve("/articles")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(500);

    answer = response(200, "text/plain", "fine");
    assertThat(client.send(HttpRequest.newBuilder(base.resolve("/articles")).build(),
        HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("fine");
  }

  private static APIGatewayV2HTTPResponse response(int status, String type, String body) {
    return APIGatewayV2HTTPResponse.builder().withStatusCode(status)
        .withHeaders(Map.of("content-type", type)).withBody(body).build();
  }
}
