package newsdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import newsdesk.emulator.S3rver;
import newsdesk.ingest.RawObjects.ObjectMissingException;
import newsdesk.ingest.RawObjects.ObjectTooLargeException;
import newsdesk.ingest.RawObjects.RawObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@link S3RawObjects} against s3rver (S3's REST protocol on loopback) and, for what s3rver cannot
 * do (version ids, server errors, showing the request), against a local HTTP server playing S3.
 * s3rver checks the access key id but not the signature, so the request is also compared with
 * the one the SDK's own S3 client sends for the same GetObject.
 */
class S3RawObjectsTest {

  private static final String BUCKET = "raw-" + UUID.randomUUID().toString().substring(0, 8);
  private static S3Client s3;
  private static S3RawObjects objects;

  @BeforeAll
  static void bucket() {
    s3 = S3rver.client();
    s3.createBucket(b -> b.bucket(BUCKET));
    objects = S3rver.rawObjects();
  }

  @Test
  void readsAnObjectWithItsMetadata() throws Exception {
    byte[] page = "<html><body><p>Kyiv</p></body></html>".getBytes(StandardCharsets.UTF_8);
    s3.putObject(b -> b.bucket(BUCKET).key("incoming/page.html").contentType("text/html; charset=utf-8")
        .metadata(Map.of("page-url", "https://example.com/a", "feed-id", "reuters")), RequestBody.fromBytes(page));

    RawObject object = objects.read(BUCKET, "incoming/page.html", null, 1_000);

    assertThat(object.bytes()).isEqualTo(page);
    assertThat(object.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(object.etag()).isNotBlank();
    assertThat(object.versionId()).isNull(); // s3rver has no versioning
    assertThat(object.metadata()).containsEntry("page-url", "https://example.com/a").containsEntry("feed-id", "reuters");
  }

  @Test
  void keysWithSpacesAndPlusSignsAreReadAsGiven() throws Exception {
    String key = "incoming/Ukraine talks + NATO (2022).txt";
    s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString("plus and spaces"));

    assertThat(new String(objects.read(BUCKET, key, null, 1_000).bytes(), StandardCharsets.UTF_8))
        .isEqualTo("plus and spaces");
    assertThatThrownBy(() -> objects.read(BUCKET, "incoming/Ukraine talks   NATO (2022).txt", null, 1_000))
        .isInstanceOf(ObjectMissingException.class);
  }

  @Test
  void gzipContentEncodingIsReportedAndTheBytesLeftCompressed() throws Exception {
    byte[] gzipped = gzip("<p>compressed page</p>".repeat(100));
    s3.putObject(b -> b.bucket(BUCKET).key("incoming/page.html.gz").contentType("text/html").contentEncoding("gzip"),
        RequestBody.fromBytes(gzipped));

    RawObject object = objects.read(BUCKET, "incoming/page.html.gz", null, 100_000);

    assertThat(object.contentEncoding()).isEqualTo("gzip");
    assertThat(object.bytes()).isEqualTo(gzipped);
  }

  @Test
  void objectOverTheLimitIsRefusedFromItsLength() throws Exception {
    s3.putObject(b -> b.bucket(BUCKET).key("incoming/big.html"), RequestBody.fromBytes(new byte[5 * 1024 * 1024]));

    long start = System.nanoTime();
    assertThatThrownBy(() -> objects.read(BUCKET, "incoming/big.html", null, 1024))
        .isInstanceOfSatisfying(ObjectTooLargeException.class, e -> assertThat(e.size()).isEqualTo(5 * 1024 * 1024));
    assertThat(System.nanoTime() - start).as("refused without downloading 5 MB").isLessThan(2_000_000_000L);
    // exactly at the limit is allowed
    assertThat(objects.read(BUCKET, "incoming/big.html", null, 5 * 1024 * 1024).bytes()).hasSize(5 * 1024 * 1024);
  }

  @Test
  void missingObjectIsFinal() {
    assertThatThrownBy(() -> objects.read(BUCKET, "incoming/never-uploaded.html", null, 1_000))
        .isInstanceOf(ObjectMissingException.class)
        .hasMessageContaining("never-uploaded.html");
  }

  @Test
  void missingBucketIsFinalToo() {
    assertThatThrownBy(() -> objects.read("no-such-bucket-" + UUID.randomUUID(), "k", null, 1_000))
        .isInstanceOf(ObjectMissingException.class);
  }

  @Test
  void unreachableEndpointIsTransient() {
    try (AwsClients offline = AwsClients.fromEnvironment(Map.of("S3_ENDPOINT", "http://127.0.0.1:9"))) {
      assertThatThrownBy(() -> offline.rawObjects().read(BUCKET, "k", null, 1_000))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("after 3 attempts");
    }
  }

  @Test
  void keysWithAnyCharactersAreSignedAndReadAsGiven() throws Exception {
    String key = "incoming/ünïcødé ~!$&'()*,;=@%25 – 東京/a.txt";
    s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString("any key"));

    assertThat(new String(objects.read(BUCKET, key, null, 1_000).bytes(), StandardCharsets.UTF_8)).isEqualTo("any key");
  }

  @Test
  void wrongCredentialsAreTransientNotMissing() throws Exception {
    s3.putObject(b -> b.bucket(BUCKET).key("incoming/guarded.txt"), RequestBody.fromString("guarded"));
    Map<String, String> env = new HashMap<>(S3rver.environment());
    env.put("AWS_ACCESS_KEY_ID", "NOT-S3RVER"); // s3rver checks the key id, not the signature
    try (AwsClients wrong = AwsClients.fromEnvironment(env)) {
      // 403: a permission mistake must stay loud (retried by Lambda), never become "missing"
      assertThatThrownBy(() -> wrong.rawObjects().read(BUCKET, "incoming/guarded.txt", null, 1_000))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("HTTP 403");
    }
  }

  @Test
  void aVersionIdIsAskedForAndSignedAndTheVersionReported() throws Exception {
    try (FakeS3 fake = new FakeS3(exchange -> {
      exchange.getResponseHeaders().add("x-amz-version-id", "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY");
      exchange.getResponseHeaders().add("ETag", "\"abc\"");
      exchange.getResponseHeaders().add("Content-Type", "text/html");
      exchange.getResponseHeaders().add("x-amz-meta-Page-Url", "https://example.com/a");
      return 200;
    })) {
      RawObject object = fake.objects().read("raw", "incoming/a b+c.html", "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY", 1_000);

      assertThat(object.versionId()).isEqualTo("3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY");
      assertThat(object.etag()).isEqualTo("\"abc\"");
      assertThat(object.metadata()).containsEntry("page-url", "https://example.com/a");
      String request = fake.requests().get(0);
      assertThat(request).startsWith("GET /raw/incoming/a%20b%2Bc.html?versionId=3HL4kqtJlcpXroDTDmJ%2BrmSpXd3dIbrHY ");
      assertThat(request).contains("authorization: AWS4-HMAC-SHA256 Credential=S3RVER/")
          .contains("/us-east-1/s3/aws4_request").contains("x-amz-content-sha256: UNSIGNED-PAYLOAD");
    }
  }

  @Test
  void theRequestIsTheOneTheS3ClientSends() throws Exception {
    try (FakeS3 fake = new FakeS3(exchange -> 200)) {
      String key = "incoming/ünï cødé+~!$&'()*,;=@%25/東京.html";
      fake.objects().read("raw-bucket", key, "v+1/=", 1_000);
      fake.clients.s3().getObjectAsBytes(b -> b.bucket("raw-bucket").key(key).versionId("v+1/="));

      String ours = fake.requests().get(0);
      String sdks = fake.requests().get(1);
      assertThat(firstLine(ours)).isEqualTo(firstLine(sdks));
      assertThat(header(ours, "x-amz-content-sha256")).isEqualTo(header(sdks, "x-amz-content-sha256"));
      assertThat(header(ours, "authorization")).startsWith(header(sdks, "authorization").substring(0, 60));
      assertThat(header(ours, "authorization")).contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date,");
    }
  }

  private static String firstLine(String request) {
    return request.substring(0, request.indexOf('\n'));
  }

  private static String header(String request, String name) {
    return request.lines().filter(line -> line.startsWith(name + ": ")).findFirst().orElseThrow()
        .substring(name.length() + 2);
  }

  @Test
  void serverErrorsAreRetriedThenSucceed() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (FakeS3 fake = new FakeS3(exchange -> calls.incrementAndGet() < 3 ? 503 : 200)) {
      assertThat(new String(fake.objects().read("raw", "k", null, 1_000).bytes(), StandardCharsets.UTF_8))
          .isEqualTo("body");
      assertThat(calls).hasValue(3);
    }
  }

  @Test
  void persistentServerErrorsAreTransientAfterThreeAttempts() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (FakeS3 fake = new FakeS3(exchange -> {
      calls.incrementAndGet();
      return 500;
    })) {
      assertThatThrownBy(() -> fake.objects().read("raw", "k", null, 1_000))
          .isInstanceOf(IOException.class).hasMessageContaining("HTTP 500 InternalError");
      assertThat(calls).hasValue(3);
    }
  }

  @Test
  void aMissingVersionIsFinalAndNotRetried() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (FakeS3 fake = new FakeS3(exchange -> {
      calls.incrementAndGet();
      return 400; // S3 answers an unknown version id of another object with 400 NoSuchVersion
    }, "NoSuchVersion")) {
      assertThatThrownBy(() -> fake.objects().read("raw", "k", "v1", 1_000)).isInstanceOf(ObjectMissingException.class);
      assertThat(calls).hasValue(1);
    }
  }

  @Test
  void bucketNamesThatAreNoHostNamesGoByPath() {
    assertThat(S3RawObjects.hostable("newsdesk-raw-123")).isTrue();
    assertThat(S3RawObjects.hostable("my.bucket")).isFalse(); // dots break the TLS wildcard certificate
    assertThat(S3RawObjects.hostable("Upper")).isFalse();
    assertThat(S3RawObjects.hostable("-dash")).isFalse();
    assertThat(S3RawObjects.hostable("ab")).isFalse();
  }

  /**
   * A real HTTP server on loopback answering as S3 would: the status the test chooses, an XML
   * error body with a code for errors, {@code body} for 200; it records each request's line and headers.
   */
  private static final class FakeS3 implements AutoCloseable {
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AwsClients clients;

    FakeS3(ToIntFunction<HttpExchange> status) throws IOException {
      this(status, null);
    }

    FakeS3(ToIntFunction<HttpExchange> status, String errorCode) throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", exchange -> {
        StringBuilder request = new StringBuilder(exchange.getRequestMethod()).append(' ')
            .append(exchange.getRequestURI().getRawPath()).append('?').append(exchange.getRequestURI().getRawQuery())
            .append(" \n");
        exchange.getRequestHeaders().forEach((name, values) ->
            request.append(name.toLowerCase(Locale.ROOT)).append(": ").append(String.join(",", values)).append('\n'));
        requests.add(request.toString().replace("?null ", " "));
        int code = status.applyAsInt(exchange);
        byte[] body = (code == 200 ? "body" : "<Error><Code>" + (errorCode != null ? errorCode
            : code == 500 ? "InternalError" : "ServiceUnavailable") + "</Code></Error>").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(code, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
      });
      server.start();
      clients = AwsClients.fromEnvironment(Map.of("S3_ENDPOINT", "http://127.0.0.1:" + server.getAddress().getPort(),
          "AWS_ACCESS_KEY_ID", "S3RVER", "AWS_SECRET_ACCESS_KEY", "S3RVER"));
    }

    S3RawObjects objects() {
      return clients.rawObjects();
    }

    List<String> requests() {
      return requests;
    }

    @Override
    public void close() {
      clients.close();
      server.stop(0);
    }
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
