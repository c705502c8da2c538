package newsdesk.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import newsdesk.ingest.RawObjects;
import newsdesk.article.Sha256;

/**
 * The inbox folder as the raw-object bucket: bucket {@value #BUCKET}, one object per file, its key
 * the file's path below the inbox with {@code /} separators. The folder keeps no versions, so the
 * version id is always null and the ETag, a hash of the content, is what tells a changed file from
 * a redelivered event. Content type and encoding are guessed from the name, as an upload tool
 * would set them on S3, except for pages the poller archived: their content type and user metadata
 * ({@code feed-id}, {@code page-url}, …) come from {@link InboxArchive}'s hidden metadata folder.
 */
public final class InboxObjects implements RawObjects {

  public static final String BUCKET = "inbox";

  private final Path inbox;

  public InboxObjects(Path inbox) {
    this.inbox = inbox.toAbsolutePath().normalize();
  }

  @Override
  public RawObject read(String bucket, String key, String versionId, long maxBytes)
      throws IOException, ObjectMissingException, ObjectTooLargeException {
    if (!BUCKET.equals(bucket)) {
      throw new ObjectMissingException("no bucket '" + bucket + "' here; the inbox is bucket '" + BUCKET + "'");
    }
    if (versionId != null && !versionId.isEmpty()) {
      throw new ObjectMissingException("the inbox keeps no versions; asked for version " + versionId);
    }
    Path file = file(key);
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new ObjectMissingException("no file " + key + " in the inbox");
    }
    if (Files.isDirectory(file)) {
      throw new ObjectMissingException(key + " is a folder, not an object");
    }
    if (size > maxBytes) {
      throw new ObjectTooLargeException(size, maxBytes);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // The file may have grown since it was measured: never buffer more than the limit.
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (NoSuchFileException e) {
      throw new ObjectMissingException("no file " + key + " in the inbox");
    }
    if (bytes.length > maxBytes) {
      throw new ObjectTooLargeException(Files.size(file), maxBytes);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean gzip = name.endsWith(".gz");
    String typeName = gzip ? name.substring(0, name.length() - 3) : name;
    // Pages the poller archived carry their metadata beside them (InboxArchive); hand-dropped files have none.
    Map<String, String> metadata = new HashMap<>(InboxArchive.metadata(inbox, key));
    String archivedType = metadata.remove(InboxArchive.CONTENT_TYPE);
    return new RawObject(bytes, archivedType != null ? archivedType : contentType(typeName), gzip ? "gzip" : null, null,
        etag(bytes), Map.copyOf(metadata));
  }

  /** The file behind a key; keys that would leave the inbox ({@code ../}) name no object. */
  Path file(String key) throws ObjectMissingException {
    Path file = key == null || key.isEmpty() ? inbox : inbox.resolve(key).normalize();
    if (!file.startsWith(inbox) || file.equals(inbox)) {
      throw new ObjectMissingException("key " + key + " names nothing inside the inbox");
    }
    return file;
  }

  /** The key of a file inside the inbox: its relative path with {@code /}, on every OS. */
  String key(Path file) {
    Path relative = inbox.relativize(file.toAbsolutePath().normalize());
    StringBuilder key = new StringBuilder();
    for (Path part : relative) {
      if (key.length() > 0) {
        key.append('/');
      }
      key.append(part);
    }
    return key.toString();
  }

  /**
   * The ETag of some content: hex of its SHA-256, cut to the 32 characters of an S3 ETag so that it
   * fits wherever one does. Any change to the bytes changes it, which is all ingestion asks.
   */
  public static String etag(byte[] bytes) {
    return Sha256.hex(bytes, 16);
  }

  /** {@link #etag(byte[])} of a file, read as a stream so that large files are not buffered. */
  public static String etag(Path file) throws IOException {
    MessageDigest digest = Sha256.digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return hex(digest.digest());
  }

  private static String hex(byte[] sha256) {
    return HexFormat.of().formatHex(sha256, 0, 16);
  }

  static String contentType(String name) {
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return "text/html";
    }
    if (name.endsWith(".xhtml")) {
      return "application/xhtml+xml";
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return "text/plain";
    }
    if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
      return "application/xml";
    }
    if (name.endsWith(".json")) {
      return "application/json";
    }
    // What S3 stores when an upload names no type: the extractor sniffs the bytes itself.
    return "binary/octet-stream";
  }

}
