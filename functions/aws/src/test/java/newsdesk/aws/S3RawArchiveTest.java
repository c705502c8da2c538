package newsdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import newsdesk.emulator.S3rver;
import newsdesk.ingest.RawObjects.RawObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** {@link S3RawArchive} against s3rver, read back through {@link S3RawObjects} as Ingest reads it. */
class S3RawArchiveTest {

  private static String bucket;
  private static S3Client s3;

  // In @BeforeAll, not a static initializer: without Node the emulator skips the class instead of failing it.
  @BeforeAll
  static void emulator() {
    s3 = S3rver.client();
    bucket = S3rver.newBucket("archive");
  }

  @Test
  void pageAndMetadataAreWhatIngestReads() throws Exception {
    byte[] page = "<html><body><p>Kyiv</p></body></html>".getBytes(StandardCharsets.UTF_8);
    String key = "incoming/feeds/reuters/2022/02/abc.html";

    new S3RawArchive(s3, bucket).put(key, page, "text/html; charset=utf-8", Map.of(
        "feed-id", "reuters", "item-id", "tag:reuters.com,2022:1", "page-url", "https://example.com/a",
        "item-published", "2022-02-01T10:00:00Z"));

    RawObject object = S3rver.rawObjects().read(bucket, key, null, 1_000);
    assertThat(object.bytes()).isEqualTo(page);
    assertThat(object.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(object.metadata()).containsEntry("feed-id", "reuters").containsEntry("item-id", "tag:reuters.com,2022:1")
        .containsEntry("page-url", "https://example.com/a").containsEntry("item-published", "2022-02-01T10:00:00Z");
  }

  @Test
  void nonAsciiValuesArePercentEncoded() throws Exception {
    String key = "incoming/feeds/ua/2022/02/def.html";
    new S3RawArchive(s3, bucket).put(key, new byte[] {'x'}, "text/html", Map.of("page-url", "https://приклад.укр/новини"));

    assertThat(S3rver.rawObjects().read(bucket, key, null, 1_000).metadata())
        .containsEntry("page-url", "https://%D0%BF%D1%80%D0%B8%D0%BA%D0%BB%D0%B0%D0%B4.%D1%83%D0%BA%D1%80/"
            + "%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8");
  }

  @Test
  void missingBucketIsAnIoFailure() {
    assertThatThrownBy(() -> new S3RawArchive(s3, "no-such-bucket-" + UUID.randomUUID())
        .put("incoming/x.html", new byte[] {'x'}, "text/html", Map.of()))
        .isInstanceOf(IOException.class);
  }
}
