package newsdesk.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import newsdesk.article.ArticleJson;

/**
 * The S3 {@code ObjectCreated:Put} notification for one object, written as S3 delivers it to
 * Lambda: a single record, the time in UTC with milliseconds, the key URL-encoded (a space becomes
 * {@code +}, a {@code +} becomes {@code %2B}, {@code /} stays), size, ETag and a sequencer that
 * grows with every event so that consumers may order them.
 */
final class ObjectCreatedEvent {

  private static final DateTimeFormatter EVENT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() * 1000);

  private ObjectCreatedEvent() {}

  static String json(String bucket, String key, long size, String etag, Instant time) {
    ObjectNode object = ArticleJson.MAPPER.createObjectNode()
        .put("key", encodeKey(key))
        .put("size", size)
        .put("eTag", etag)
        .put("sequencer", String.format("%016X", SEQUENCE.incrementAndGet()));
    ObjectNode s3 = ArticleJson.MAPPER.createObjectNode()
        .put("s3SchemaVersion", "1.0")
        .put("configurationId", "newsdesk-inbox");
    s3.putObject("bucket")
        .put("name", bucket)
        .put("arn", "arn:aws:s3:::" + bucket)
        .putObject("ownerIdentity").put("principalId", "LOCAL");
    s3.set("object", object);

    ObjectNode record = ArticleJson.MAPPER.createObjectNode()
        .put("eventVersion", "2.1")
        .put("eventSource", "aws:s3")
        .put("awsRegion", "us-east-1")
        .put("eventTime", EVENT_TIME.format(time))
        .put("eventName", "ObjectCreated:Put");
    record.putObject("userIdentity").put("principalId", "AWS:LOCAL");
    record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
    record.putObject("responseElements")
        .put("x-amz-request-id", String.format("%016X", ThreadLocalRandom.current().nextLong()))
        .put("x-amz-id-2", Long.toHexString(ThreadLocalRandom.current().nextLong()));
    record.set("s3", s3);

    ObjectNode event = ArticleJson.MAPPER.createObjectNode();
    event.putArray("Records").add(record);
    return ArticleJson.write(event);
  }

  /** The key as S3 writes it into event notifications: form-URL-encoded, path separators kept. */
  static String encodeKey(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
  }
}
