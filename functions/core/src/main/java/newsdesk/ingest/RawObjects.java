package newsdesk.ingest;

import java.io.IOException;
import java.util.Map;

/**
 * The port to the raw-object bucket (S3 in the cloud, the inbox folder locally). Reads one object
 * version, refusing to buffer more than a limit.
 */
public interface RawObjects {

  /**
   * Reads the object. {@code versionId} may be null (unversioned bucket or latest).
   *
   * @throws ObjectMissingException the object (version) no longer exists: not transient, not retried
   * @throws ObjectTooLargeException it is larger than {@code maxBytes}: nothing beyond the size was read
   * @throws IOException a transient failure worth a retry
   */
  RawObject read(String bucket, String key, String versionId, long maxBytes)
      throws IOException, ObjectMissingException, ObjectTooLargeException;

  /** One raw object as read: bytes plus what the store said about them. */
  record RawObject(
      byte[] bytes, String contentType, String contentEncoding, String versionId, String etag,
      Map<String, String> metadata) {}

  /** The object or version is gone. */
  final class ObjectMissingException extends Exception {
    public ObjectMissingException(String message) {
      super(message);
    }
  }

  /** The object exceeds the size limit. */
  final class ObjectTooLargeException extends Exception {
    private final long size;

    public ObjectTooLargeException(long size, long limit) {
      super("object is " + size + " bytes, over the " + limit + "-byte limit");
      this.size = size;
    }

    public long size() {
      return size;
    }
  }
}
