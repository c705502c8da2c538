package newsdesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxArchiveTest {

  @TempDir
  Path inbox;

  @Test
  void pageIsAVisibleFileAndItsMetadataAHiddenOne() throws Exception {
    String key = "feeds/reuters/2022/02/abc.html"; // the inbox is the bucket's incoming/
    new InboxArchive(inbox).put("incoming/" + key, "<p>page</p>".getBytes(StandardCharsets.UTF_8), "text/html",
        Map.of("feed-id", "reuters", "page-url", "https://example.com/a"));

    assertThat(Files.readString(inbox.resolve(key))).isEqualTo("<p>page</p>");
    assertThat(InboxArchive.metadata(inbox, key)).containsEntry("feed-id", "reuters")
        .containsEntry("page-url", "https://example.com/a").containsEntry("content-type", "text/html");
    try (Stream<Path> files = Files.walk(inbox)) {
      // what the inbox watcher delivers: regular files with no hidden part in their path
      List<Path> visible = files.filter(Files::isRegularFile).filter(p -> !hidden(inbox.relativize(p))).toList();
      assertThat(visible).containsExactly(inbox.resolve(key));
    }
  }

  @Test
  void aFileDroppedByHandHasNoMetadata() throws Exception {
    assertThat(InboxArchive.metadata(inbox, "page.html")).isEmpty();
  }

  @Test
  void keysCannotLeaveTheInbox() {
    assertThatThrownBy(() -> new InboxArchive(inbox).put("incoming/../../outside.html", new byte[] {1}, "text/html", Map.of()))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> new InboxArchive(inbox).put("elsewhere/page.html", new byte[] {1}, "text/html", Map.of()))
        .isInstanceOf(IOException.class);
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
