package newsdesk.function;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsdesk.ingest.RawObjects;

/**
 * Raw objects in memory, keyed by bucket and decoded key, recording every read so tests can see
 * exactly which key, version and size limit the handler asked for. A key can be made to fail
 * transiently, as S3 does under throttling or a network fault.
 */
final class MemoryBucket implements RawObjects {

  record Read(String bucket, String key, String versionId) {}

  final Map<String, byte[]> objects = new HashMap<>();
  final List<Read> reads = new ArrayList<>();
  final Map<String, IOException> failures = new HashMap<>();

  void put(String bucket, String key, byte[] bytes) {
    objects.put(bucket + "/" + key, bytes);
  }

  @Override
  public RawObject read(String bucket, String key, String versionId, long maxBytes)
      throws IOException, ObjectMissingException, ObjectTooLargeException {
    reads.add(new Read(bucket, key, versionId));
    IOException failure = failures.get(bucket + "/" + key);
    if (failure != null) {
      throw failure;
    }
    byte[] bytes = objects.get(bucket + "/" + key);
    if (bytes == null) {
      throw new ObjectMissingException("no object " + bucket + "/" + key);
    }
    if (bytes.length > maxBytes) {
      throw new ObjectTooLargeException(bytes.length, maxBytes);
    }
    return new RawObject(bytes, "text/plain", null, versionId, null, Map.of());
  }
}
