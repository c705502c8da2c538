package newsdesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import newsdesk.ingest.RawObjects.ObjectMissingException;
import newsdesk.ingest.RawObjects.ObjectTooLargeException;
import newsdesk.ingest.RawObjects.RawObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxObjectsTest {

  @TempDir
  Path inbox;

  @Test
  void readsAFileByItsKeyWithTypeAndContentHash() throws Exception {
    write("story.html", "<p>Hello</p>");

    RawObject object = new InboxObjects(inbox).read("inbox", "story.html", null, 1000);

    assertThat(new String(object.bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>Hello</p>");
    assertThat(object.contentType()).isEqualTo("text/html");
    assertThat(object.contentEncoding()).isNull();
    assertThat(object.versionId()).isNull();
    assertThat(object.etag()).matches("[0-9a-f]{32}").isEqualTo(InboxObjects.etag(object.bytes()));
    assertThat(object.metadata()).isEmpty();
  }

  @Test
  void keysAreSlashSeparatedPathsBelowTheInbox() throws Exception {
    Path nested = write("2026/11/a b+c ü.txt", "text");
    InboxObjects objects = new InboxObjects(inbox);

    assertThat(objects.key(nested)).isEqualTo("2026/11/a b+c ü.txt");
    assertThat(objects.read("inbox", "2026/11/a b+c ü.txt", null, 100).contentType()).isEqualTo("text/plain");
  }

  @Test
  void aChangedFileHasAnotherEtag() throws Exception {
    InboxObjects objects = new InboxObjects(inbox);
    write("page.htm", "first");
    String before = objects.read("inbox", "page.htm", null, 100).etag();
    write("page.htm", "second");

    assertThat(objects.read("inbox", "page.htm", null, 100).etag()).isNotEqualTo(before);
    assertThat(InboxObjects.etag(inbox.resolve("page.htm"))).isEqualTo(InboxObjects.etag(
        "second".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void gzipFilesKeepTheirBytesAndDeclareTheEncoding() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write("<p>Hi</p>".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(inbox.resolve("page.html.gz"), zipped.toByteArray());

    RawObject object = new InboxObjects(inbox).read("inbox", "page.html.gz", null, 1000);

    assertThat(object.bytes()).isEqualTo(zipped.toByteArray());
    assertThat(object.contentType()).isEqualTo("text/html");
    assertThat(object.contentEncoding()).isEqualTo("gzip");
  }

  @Test
  void unknownExtensionsAreBinaryAsOnS3() throws Exception {
    write("page", "x");
    assertThat(new InboxObjects(inbox).read("inbox", "page", null, 10).contentType())
        .isEqualTo("binary/octet-stream");
  }

  @Test
  void refusesFilesOverTheLimitBeforeReadingThem() throws Exception {
    write("big.txt", "0123456789");

    assertThatThrownBy(() -> new InboxObjects(inbox).read("inbox", "big.txt", null, 9))
        .isInstanceOfSatisfying(ObjectTooLargeException.class, e -> assertThat(e.size()).isEqualTo(10));
    assertThat(new InboxObjects(inbox).read("inbox", "big.txt", null, 10).bytes()).hasSize(10);
  }

  @Test
  void missingFilesOtherBucketsVersionsAndEscapesAreMissingObjects() throws Exception {
    write("here.txt", "x");
    Files.createDirectories(inbox.resolve("folder"));
    InboxObjects objects = new InboxObjects(inbox.resolve("."));

    assertThatThrownBy(() -> objects.read("inbox", "gone.txt", null, 10)).isInstanceOf(ObjectMissingException.class);
    assertThatThrownBy(() -> objects.read("other", "here.txt", null, 10)).isInstanceOf(ObjectMissingException.class);
    assertThatThrownBy(() -> objects.read("inbox", "here.txt", "v1", 10)).isInstanceOf(ObjectMissingException.class);
    assertThatThrownBy(() -> objects.read("inbox", "../here.txt", null, 10)).isInstanceOf(ObjectMissingException.class);
    assertThatThrownBy(() -> objects.read("inbox", "folder", null, 10)).isInstanceOf(ObjectMissingException.class);
    assertThatThrownBy(() -> objects.read("inbox", "", null, 10)).isInstanceOf(ObjectMissingException.class);
  }

  private Path write(String key, String content) throws IOException {
    Path file = inbox.resolve(key);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }
}
