package newsdesk.aws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import newsdesk.ingest.RawObjects;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link RawObjects} on S3: one streaming GetObject of the given version. The size limit is
 * checked against Content-Length before any body byte is read, and again while reading, so an
 * oversized or lying object never gets buffered whole. Missing objects or versions (NoSuchKey,
 * NoSuchVersion, any 404) are final; every other SDK or I/O failure is reported as a transient
 * {@link IOException} for the caller to retry. Note that S3 answers 403, not 404, for a missing key
 * when the role lacks {@code s3:ListBucket}; that stays transient here so a permission mistake is
 * loud rather than silently dropping uploads.
 */
public final class S3RawObjects implements RawObjects {

  private static final int CHUNK = 64 * 1024;

  private final S3Client s3;

  public S3RawObjects(S3Client s3) {
    this.s3 = s3;
  }

  @Override
  public RawObject read(String bucket, String key, String versionId, long maxBytes)
      throws IOException, ObjectMissingException, ObjectTooLargeException {
    ResponseInputStream<GetObjectResponse> in;
    try {
      in = s3.getObject(b -> b.bucket(bucket).key(key).versionId(versionId));
    } catch (NoSuchKeyException e) {
      throw missing(bucket, key, versionId);
    } catch (S3Exception e) {
      if (e.statusCode() == 404 || "NoSuchVersion".equals(errorCode(e))) {
        throw missing(bucket, key, versionId);
      }
      throw new IOException("S3 GetObject " + bucket + "/" + key + " failed: " + e.getMessage(), e);
    } catch (SdkException e) {
      throw new IOException("S3 GetObject " + bucket + "/" + key + " failed: " + e.getMessage(), e);
    }
    try (in) {
      GetObjectResponse response = in.response();
      Long length = response.contentLength();
      if (length != null && length > maxBytes) {
        in.abort(); // don't let the connection drain the body we refuse
        throw new ObjectTooLargeException(length, maxBytes);
      }
      byte[] bytes = readAtMost(in, maxBytes);
      return new RawObject(bytes, response.contentType(), response.contentEncoding(), response.versionId(),
          response.eTag(), response.metadata());
    } catch (SdkException e) {
      throw new IOException("S3 read of " + bucket + "/" + key + " failed: " + e.getMessage(), e);
    }
  }

  private static byte[] readAtMost(ResponseInputStream<?> in, long maxBytes) throws IOException, ObjectTooLargeException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    long total = 0;
    for (int n; (n = read(in, chunk)) != -1; ) {
      total += n;
      if (total > maxBytes) {
        in.abort();
        throw new ObjectTooLargeException(total, maxBytes);
      }
      out.write(chunk, 0, n);
    }
    return out.toByteArray();
  }

  private static int read(InputStream in, byte[] chunk) throws IOException {
    return in.read(chunk, 0, chunk.length);
  }

  private static String errorCode(S3Exception e) {
    return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
  }

  private static ObjectMissingException missing(String bucket, String key, String versionId) {
    return new ObjectMissingException("s3://" + bucket + "/" + key + (versionId == null ? "" : " version " + versionId)
        + " does not exist");
  }
}
