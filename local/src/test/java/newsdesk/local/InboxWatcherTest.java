package newsdesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real watcher on a real folder, delivering to a handler that records the objects it was sent. */
class InboxWatcherTest {

  private static final long WAIT_SECONDS = 5;

  @TempDir
  Path inbox;

  private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
  private volatile boolean failNext;
  private final RequestHandler<S3Event, String> ingest = (event, context) -> {
    assertThat(context.getFunctionName()).isEqualTo(InboxWatcher.FUNCTION);
    for (var record : event.getRecords()) {
      S3ObjectEntity object = record.getS3().getObject();
      deliveries.add(new Delivery(record.getS3().getBucket().getName(), object.getKey(), object.getUrlDecodedKey(),
          object.getSizeAsLong(), object.geteTag()));
    }
    if (failNext) {
      failNext = false;
      throw new IllegalStateException("store unavailable");
    }
    return "ok";
  };
  private InboxWatcher watcher;

  @AfterEach
  void stop() {
    if (watcher != null) {
      watcher.close();
    }
  }

  @Test
  void deliversFilesAlreadyThereAtStart() throws Exception {
    write("waiting.txt", "hello");
    start();

    Delivery delivery = next();
    assertThat(delivery.bucket()).isEqualTo("inbox");
    assertThat(delivery.key()).isEqualTo("waiting.txt");
    assertThat(delivery.size()).isEqualTo(5);
    assertThat(delivery.etag()).isEqualTo(InboxObjects.etag(inbox.resolve("waiting.txt")));
    assertNothingMore();
  }

  @Test
  void deliversNewFilesInNewSubfoldersWithS3EncodedKeys() throws Exception {
    start();
    write("2026/11/my story+1.html", "<p>x</p>");

    Delivery delivery = next();
    assertThat(delivery.encodedKey()).isEqualTo("2026/11/my+story%2B1.html");
    assertThat(delivery.key()).isEqualTo("2026/11/my story+1.html");
    assertThat(Files.exists(inbox.resolve("2026/11/my story+1.html"))).as("raw objects are kept").isTrue();
  }

  @Test
  void redeliversAChangedFileOnce() throws Exception {
    Path file = write("page.txt", "first version");
    start();
    String first = next().etag();

    Files.writeString(file, "second, longer version");
    Delivery changed = next();

    assertThat(changed.key()).isEqualTo("page.txt");
    assertThat(changed.etag()).isNotEqualTo(first);
    assertNothingMore();
  }

  @Test
  void ignoresHiddenAndPartialFilesUntilTheyAreRenamed() throws Exception {
    start();
    write(".hidden.txt", "no");
    write(".git/config", "no");
    Path partial = write("download.html.part", "<p>half");
    write("editor.txt~", "no");
    assertNothingMore();

    Files.move(partial, inbox.resolve("download.html"));
    assertThat(next().key()).isEqualTo("download.html");
    assertNothingMore();
  }

  @Test
  void waitsUntilAFileStopsGrowing() throws Exception {
    start();
    Path file = inbox.resolve("slow.txt");
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      for (int i = 0; i < 5; i++) {
        out.write("chunk of a slow copy\n".getBytes());
        out.flush();
        Thread.sleep(InboxWatcher.SETTLE.toMillis() / 4);
      }
    }

    assertThat(next().size()).isEqualTo(Files.size(file));
    assertNothingMore();
  }

  @Test
  void aFailedIngestLeavesTheFileAndTouchingItRetries() throws Exception {
    failNext = true;
    Path file = write("flaky.txt", "content");
    start();
    assertThat(next().key()).isEqualTo("flaky.txt");
    assertNothingMore();

    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    assertThat(next().key()).isEqualTo("flaky.txt");
  }

  @Test
  void aFileDeletedAndAddedAgainIsNewAgain() throws Exception {
    Path file = write("again.txt", "x");
    start();
    next();

    Files.delete(file);
    Thread.sleep(2 * InboxWatcher.RESCAN.toMillis());
    write("again.txt", "x");

    assertThat(next().key()).isEqualTo("again.txt");
  }

  private void start() throws IOException {
    watcher = new InboxWatcher(inbox, ingest, Log.SILENT);
    watcher.start();
  }

  private Delivery next() throws InterruptedException {
    Delivery delivery = deliveries.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(delivery).as("a delivery within " + WAIT_SECONDS + " s").isNotNull();
    return delivery;
  }

  /** A rescan and two settle periods pass without another delivery. */
  private void assertNothingMore() throws InterruptedException {
    List<Delivery> more = new ArrayList<>();
    Delivery extra = deliveries.poll(InboxWatcher.RESCAN.toMillis() + 2 * InboxWatcher.SETTLE.toMillis(),
        TimeUnit.MILLISECONDS);
    if (extra != null) {
      more.add(extra);
      deliveries.drainTo(more);
    }
    assertThat(more).isEmpty();
  }

  private Path write(String key, String content) throws IOException {
    Path file = inbox.resolve(key);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private record Delivery(String bucket, String encodedKey, String key, long size, String etag) {}
}
