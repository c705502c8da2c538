package newsdesk.aws;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import newsdesk.feed.RawArchive;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@link RawArchive} on S3: one PutObject into the raw bucket with the metadata as user metadata
 * ({@code x-amz-meta-*}), which {@link S3RawObjects} hands back to Ingest. User metadata travel as
 * HTTP headers, so a value with characters outside printable US-ASCII (an IRI, an item id in
 * Cyrillic) is stored percent-encoded as UTF-8 instead of being mangled by S3; S3's 2 KB limit on
 * all user metadata together is far above what the poller writes (ids, one URL, two dates).
 */
public final class S3RawArchive implements RawArchive {

  private final Supplier<S3Client> s3;
  private final String bucket;

  public S3RawArchive(S3Client s3, String bucket) {
    this(() -> s3, bucket);
  }

  /**
   * With the client supplied on first use (e.g. {@code AwsClients::s3}, which builds it once): a poll
   * run that archives nothing then never pays for the S3 client's classes at a cold start.
   */
  public S3RawArchive(Supplier<S3Client> s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  @Override
  public void prime() {
    s3.get();
  }

  @Override
  public void put(String key, byte[] body, String contentType, Map<String, String> metadata) throws IOException {
    Map<String, String> headerSafe = new LinkedHashMap<>();
    metadata.forEach((name, value) -> headerSafe.put(name, headerSafe(value)));
    try {
      s3.get().putObject(b -> b.bucket(bucket).key(key).contentType(contentType).metadata(headerSafe),
          RequestBody.fromBytes(body));
    } catch (SdkException e) {
      throw new IOException("S3 PutObject " + bucket + "/" + key + " failed: " + e.getMessage(), e);
    }
  }

  static String headerSafe(String value) {
    boolean plain = value.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    if (plain) {
      return value;
    }
    StringBuilder out = new StringBuilder();
    value.codePoints().forEach(cp -> {
      if (cp >= 0x20 && cp < 0x7F) {
        out.appendCodePoint(cp);
      } else {
        out.append(URLEncoder.encode(new String(Character.toChars(cp)), StandardCharsets.UTF_8));
      }
    });
    return out.toString();
  }
}
