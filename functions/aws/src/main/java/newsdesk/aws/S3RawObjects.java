package newsdesk.aws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import newsdesk.ingest.RawObjects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * {@link RawObjects} on S3: one GetObject of the given version, sent as a plain SigV4-signed GET
 * through the SDK's own HTTP client and signer rather than through an {@code S3Client}. Ingest
 * reads objects and nothing else, and the S3 client costs its cold start about 600 classes (the
 * S3 model, the XML protocol, the endpoint rules) for that one call; see docs/cold-start.md for the
 * figures. What the S3 client did for this call is done here, each part tested against s3rver or
 * a local HTTP server ({@code S3RawObjectsTest}):
 *
 * <ul>
 *   <li>Addressing: with an endpoint override (an emulator) by path, {@code endpoint/bucket/key};
 *       in AWS virtual-hosted, {@code https://bucket.s3.region.amazonaws.com/key}, or by path on
 *       the regional endpoint for a bucket name that cannot be a host name (dots, capitals). The key
 *       is percent-encoded once, slashes kept, and signed as sent (S3 signs neither double-encoded
 *       nor normalized paths), with an unsigned payload, as the S3 client signs this call.
 *   <li>Retries: up to {@value #ATTEMPTS} attempts when the connection fails or S3 answers 500,
 *       502, 503 or 504, with jittered exponential backoff from {@value #BASE_DELAY_MS} ms, as the
 *       SDK's standard retry mode does.
 *   <li>Outcomes: missing objects, versions or buckets (any 404, or error code
 *       {@code NoSuchVersion}) are final; every other failure is a transient {@link IOException}
 *       for the caller to retry. S3 answers 403, not 404, for a missing key when the role lacks
 *       {@code s3:ListBucket}; that stays transient so a permission mistake is loud rather than
 *       silently dropping uploads.
 *   <li>Size: the limit is checked against Content-Length before any body byte is read, and again
 *       while reading, so an oversized or lying object never gets buffered whole.
 *   <li>The object as stored: bytes as they are (a gzip object stays compressed, its
 *       Content-Encoding reported), Content-Type, version id, ETag and user metadata
 *       ({@code x-amz-meta-*}, names lower-cased as S3 stores them, prefix removed).
 * </ul>
 */
public final class S3RawObjects implements RawObjects, AutoCloseable {

  static final int ATTEMPTS = 3;
  static final long BASE_DELAY_MS = 100;

  private static final int CHUNK = 64 * 1024;
  private static final int MAX_ERROR_BODY = 64 * 1024;
  private static final String META = "x-amz-meta-";

  private final SdkHttpClient http;
  private final AwsCredentialsProvider credentials;
  private final String region;
  private final URI endpoint;
  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

  /**
   * @param http the HTTP client (closed with this object)
   * @param region the bucket's region, which the request is signed for
   * @param endpoint an endpoint override addressed by path (an emulator), or {@code null} for AWS
   */
  public S3RawObjects(SdkHttpClient http, AwsCredentialsProvider credentials, String region, URI endpoint) {
    this.http = Objects.requireNonNull(http);
    this.credentials = Objects.requireNonNull(credentials);
    this.region = Objects.requireNonNull(region);
    this.endpoint = endpoint;
  }

  @Override
  public RawObject read(String bucket, String key, String versionId, long maxBytes)
      throws IOException, ObjectMissingException, ObjectTooLargeException {
    SdkHttpFullRequest request = request(bucket, key, versionId);
    IOException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (attempt > 1) {
        backOff(attempt);
      }
      try {
        return attempt(request, bucket, key, versionId, maxBytes);
      } catch (Retryable e) {
        last = e;
      } catch (InterruptedIOException e) {
        throw e;
      } catch (IOException e) {
        last = new Retryable("S3 GetObject " + bucket + "/" + key + " failed: " + e, e);
      }
    }
    throw new IOException(last.getMessage() + " (after " + ATTEMPTS + " attempts)", last.getCause());
  }

  private RawObject attempt(SdkHttpFullRequest request, String bucket, String key, String versionId, long maxBytes)
      throws IOException, ObjectMissingException, ObjectTooLargeException {
    SdkHttpFullRequest signed = sign(request);
    HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder().request(signed).build()).call();
    SdkHttpResponse head = response.httpResponse();
    try (AbortableInputStream body = response.responseBody().orElse(AbortableInputStream.createEmpty())) {
      int status = head.statusCode();
      if (status != 200) {
        String code = errorCode(body);
        String failure = "S3 GetObject " + bucket + "/" + key + " failed: HTTP " + status
            + (code == null ? "" : " " + code);
        if (status == 404 || "NoSuchVersion".equals(code)) {
          throw missing(bucket, key, versionId);
        }
        if (status == 500 || status == 502 || status == 503 || status == 504) {
          throw new Retryable(failure, null);
        }
        throw new IOException(failure);
      }
      String length = head.firstMatchingHeader("Content-Length").orElse(null);
      if (length != null && Long.parseLong(length.trim()) > maxBytes) {
        body.abort(); // don't let the connection drain the body we refuse
        throw new ObjectTooLargeException(Long.parseLong(length.trim()), maxBytes);
      }
      byte[] bytes = readAtMost(body, maxBytes);
      return new RawObject(bytes, header(head, "Content-Type"), header(head, "Content-Encoding"),
          header(head, "x-amz-version-id"), header(head, "ETag"), metadata(head));
    }
  }

  private SdkHttpFullRequest request(String bucket, String key, String versionId) {
    SdkHttpFullRequest.Builder request = SdkHttpFullRequest.builder().method(SdkHttpMethod.GET);
    String encodedKey = SdkHttpUtils.urlEncodeIgnoreSlashes(key);
    if (endpoint != null) {
      String base = endpoint.getRawPath() == null ? "" : endpoint.getRawPath().replaceAll("/+$", "");
      request.protocol(endpoint.getScheme()).host(endpoint.getHost()).port(endpoint.getPort())
          .encodedPath(base + "/" + SdkHttpUtils.urlEncode(bucket) + "/" + encodedKey);
    } else {
      String suffix = region.startsWith("cn-") ? ".amazonaws.com.cn" : ".amazonaws.com";
      request.protocol("https");
      if (hostable(bucket)) {
        request.host(bucket + ".s3." + region + suffix).encodedPath("/" + encodedKey);
      } else {
        request.host("s3." + region + suffix).encodedPath("/" + SdkHttpUtils.urlEncode(bucket) + "/" + encodedKey);
      }
    }
    if (versionId != null) {
      request.putRawQueryParameter("versionId", versionId);
    }
    return request.build();
  }

  private SdkHttpFullRequest sign(SdkHttpFullRequest request) {
    return (SdkHttpFullRequest) signer.sign(r -> r.identity(credentials.resolveCredentials())
        .request(request)
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
        .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
        .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
        // As the S3 client signs a GetObject: x-amz-content-sha256: UNSIGNED-PAYLOAD (there is no body).
        .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)).request();
  }

  /** A bucket name that is a valid host label on its own: lower case, digits, hyphens, no dots (TLS). */
  static boolean hostable(String bucket) {
    if (bucket.length() < 3 || bucket.length() > 63 || bucket.startsWith("-") || bucket.endsWith("-")) {
      return false;
    }
    for (int i = 0; i < bucket.length(); i++) {
      char c = bucket.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static void backOff(int attempt) throws InterruptedIOException {
    long ceiling = BASE_DELAY_MS << (attempt - 2);
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry S3");
    }
  }

  private static String header(SdkHttpResponse response, String name) {
    return response.firstMatchingHeader(name).orElse(null);
  }

  private static Map<String, String> metadata(SdkHttpResponse response) {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      if (name.startsWith(META) && !header.getValue().isEmpty()) {
        metadata.put(name.substring(META.length()), header.getValue().get(0));
      }
    }
    return metadata;
  }

  /** The {@code <Code>} of S3's XML error body, if it has one (a HEAD-like empty body has none). */
  private static String errorCode(InputStream body) {
    byte[] bytes;
    try {
      bytes = body.readNBytes(MAX_ERROR_BODY);
    } catch (IOException unreadable) {
      return null;
    }
    String xml = new String(bytes, StandardCharsets.UTF_8);
    int start = xml.indexOf("<Code>");
    int end = xml.indexOf("</Code>", start + 1);
    return start < 0 || end < 0 ? null : xml.substring(start + "<Code>".length(), end).trim();
  }

  private static byte[] readAtMost(AbortableInputStream in, long maxBytes) throws IOException, ObjectTooLargeException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    long total = 0;
    for (int n; (n = in.read(chunk, 0, chunk.length)) != -1; ) {
      total += n;
      if (total > maxBytes) {
        in.abort();
        throw new ObjectTooLargeException(total, maxBytes);
      }
      out.write(chunk, 0, n);
    }
    return out.toByteArray();
  }

  private static ObjectMissingException missing(String bucket, String key, String versionId) {
    return new ObjectMissingException("s3://" + bucket + "/" + key + (versionId == null ? "" : " version " + versionId)
        + " does not exist");
  }

  @Override
  public void close() {
    http.close();
  }

  /** A failure another attempt may not meet: a 5xx answer or a broken connection. */
  private static final class Retryable extends IOException {
    Retryable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
