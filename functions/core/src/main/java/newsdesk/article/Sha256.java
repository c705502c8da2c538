package newsdesk.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 fingerprints as hex, the one hash behind content hashes, ids, item keys, ETags and cursor
 * checks. Truncated forms keep the leading bytes: collisions stay negligible at 8 or more bytes for
 * the volumes a news store holds.
 */
public final class Sha256 {

  /**
   * Cloned for each hash: looking the algorithm up in the providers every time cost a third of
   * hashing an article's text.
   */
  private static final MessageDigest PROTOTYPE = lookUp();

  private Sha256() {}

  /** A fresh digest (MessageDigest instances are not thread-safe), for hashing streams. */
  public static MessageDigest digest() {
    try {
      return (MessageDigest) PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      return lookUp();
    }
  }

  private static MessageDigest lookUp() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The full 64-character hex hash of the text's UTF-8 bytes. */
  public static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8), 32);
  }

  /** The hex of the first {@code bytes} bytes of the text's hash. */
  public static String hex(String text, int bytes) {
    return hex(text.getBytes(StandardCharsets.UTF_8), bytes);
  }

  /** The full hex hash of what was fed to {@code digest} (one from {@link #digest()}), which is reset. */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The hex of the first {@code bytes} bytes of the data's hash. */
  public static String hex(byte[] data, int bytes) {
    return HexFormat.of().formatHex(digest().digest(data), 0, bytes);
  }
}
