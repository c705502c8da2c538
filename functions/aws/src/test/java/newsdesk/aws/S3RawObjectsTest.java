package newsdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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

/** {@link S3RawObjects} against s3rver: S3's REST protocol on loopback, not a mock. */
class S3RawObjectsTest {

  private static final String BUCKET = "raw-" + UUID.randomUUID().toString().substring(0, 8);
  private static S3Client s3;
  private static S3RawObjects objects;

  @BeforeAll
  static void bucket() {
    s3 = S3rver.client();
    s3.createBucket(b -> b.bucket(BUCKET));
    objects = new S3RawObjects(s3);
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
      assertThatThrownBy(() -> new S3RawObjects(offline.s3()).read(BUCKET, "k", null, 1_000))
          .isInstanceOf(IOException.class);
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
