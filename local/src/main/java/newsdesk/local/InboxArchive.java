package newsdesk.local;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import newsdesk.article.ArticleJson;
import newsdesk.feed.RawArchive;

/**
 * {@link RawArchive} on the local stack's inbox folder, which stands in for the bucket's
 * {@code incoming/} prefix: key {@code incoming/feeds/…} is the file {@code <inbox>/feeds/…}, whose
 * inbox key (its path below the inbox, what the watcher reports) is {@code feeds/…}. Its metadata —
 * what S3 keeps as user metadata — go to {@code <inbox>/.metadata/<inbox key>.json}. The
 * inbox watcher delivers every visible file and skips hidden ones, so the metadata folder is never
 * ingested itself; {@link #metadata} reads it back for the inbox's raw-object reader. The metadata
 * are written first and the page last, by an atomic rename from a hidden temporary name, so the
 * watcher never sees a half-written page nor a page whose metadata are not there yet.
 */
public final class InboxArchive implements RawArchive {

  /** The hidden folder below the inbox that mirrors archived keys with their metadata. */
  public static final String METADATA = ".metadata";

  /** The entry of the metadata file that holds the page's content type, which S3 keeps apart from user metadata. */
  public static final String CONTENT_TYPE = "content-type";

  private final Path inbox;

  public InboxArchive(Path inbox) {
    this.inbox = inbox.toAbsolutePath().normalize();
  }

  @Override
  public void put(String key, byte[] body, String contentType, Map<String, String> metadata) throws IOException {
    if (!key.startsWith(INCOMING)) {
      throw new IOException("the inbox holds only " + INCOMING + " keys, not " + key);
    }
    String inboxKey = key.substring(INCOMING.length());
    Path file = inside(inbox, inboxKey);
    Map<String, String> stored = new LinkedHashMap<>(metadata);
    stored.put(CONTENT_TYPE, contentType);
    writeAtomically(inside(inbox.resolve(METADATA), inboxKey + ".json"), ArticleJson.writeBytes(stored));
    writeAtomically(file, body);
  }

  /**
   * The metadata archived with the file whose inbox key (path below the inbox) is {@code inboxKey},
   * or none (a file dropped into the inbox by hand).
   */
  @SuppressWarnings("unchecked")
  public static Map<String, String> metadata(Path inbox, String inboxKey) throws IOException {
    Path file = inside(inbox.toAbsolutePath().normalize().resolve(METADATA), inboxKey + ".json");
    try {
      return Map.copyOf(ArticleJson.read(Files.readAllBytes(file), Map.class));
    } catch (NoSuchFileException e) {
      return Map.of();
    }
  }

  private static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.write(temp, bytes);
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** {@code root/key}, refusing keys that would leave {@code root} ({@code ../}). */
  private static Path inside(Path root, String key) throws IOException {
    Path file = root.resolve(key).normalize();
    if (!file.startsWith(root) || file.equals(root)) {
      throw new IOException("key " + key + " names nothing inside " + root);
    }
    return file;
  }
}
