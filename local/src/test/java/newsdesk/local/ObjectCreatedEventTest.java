package newsdesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The events go through the Lambda runtime's own serializer, as they do in the cloud. */
class ObjectCreatedEventTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "story.html            | story.html",
      "my story.txt          | my+story.txt",
      "a+b.txt               | a%2Bb.txt",
      "2026/11/naïve café.html | 2026/11/na%C3%AFve+caf%C3%A9.html",
      "q&a=100%.txt          | q%26a%3D100%25.txt",
      "日本/記事.txt          | %E6%97%A5%E6%9C%AC/%E8%A8%98%E4%BA%8B.txt"})
  void keysAreEncodedAsS3DoesAndDecodeBackToTheFileName(String key, String encoded) {
    S3Event event = LambdaJson.read(ObjectCreatedEvent.json("inbox", key, 12, "abc", Instant.EPOCH), S3Event.class);

    String delivered = event.getRecords().get(0).getS3().getObject().getKey();
    assertThat(delivered).isEqualTo(encoded);
    assertThat(URLDecoder.decode(delivered, StandardCharsets.UTF_8)).isEqualTo(key);
    assertThat(event.getRecords().get(0).getS3().getObject().getUrlDecodedKey()).isEqualTo(key);
  }

  @Test
  void carriesTheFieldsHandlersRead() {
    Instant time = Instant.parse("2026-11-28T10:00:00Z");
    S3Event event = LambdaJson.read(ObjectCreatedEvent.json("inbox", "k.txt", 1234, "0123abcd", time), S3Event.class);

    assertThat(event.getRecords()).hasSize(1);
    S3EventNotificationRecord record = event.getRecords().get(0);
    assertThat(record.getEventName()).isEqualTo("ObjectCreated:Put");
    assertThat(record.getEventSource()).isEqualTo("aws:s3");
    assertThat(record.getEventTime().getMillis()).isEqualTo(time.toEpochMilli());
    assertThat(record.getS3().getBucket().getName()).isEqualTo("inbox");
    assertThat(record.getS3().getBucket().getArn()).isEqualTo("arn:aws:s3:::inbox");
    assertThat(record.getS3().getObject().getSizeAsLong()).isEqualTo(1234);
    assertThat(record.getS3().getObject().geteTag()).isEqualTo("0123abcd");
    assertThat(record.getS3().getObject().getSequencer()).isNotEmpty();
  }

  @Test
  void sequencersGrowFromEventToEvent() {
    String first = LambdaJson.read(ObjectCreatedEvent.json("inbox", "a", 1, "e", Instant.EPOCH), S3Event.class)
        .getRecords().get(0).getS3().getObject().getSequencer();
    String second = LambdaJson.read(ObjectCreatedEvent.json("inbox", "a", 1, "e", Instant.EPOCH), S3Event.class)
        .getRecords().get(0).getS3().getObject().getSequencer();

    assertThat(second).hasSameSizeAs(first).isGreaterThan(first);
  }
}
