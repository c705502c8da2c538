package newsdesk.read;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import newsdesk.article.Sha256;

/**
 * The opaque paging cursor clients pass back: the store's position wrapped with a version and a
 * check value, base64url-encoded. Clients never see raw keys, and a cursor that was edited,
 * truncated or made for something else fails to decode (400) instead of reaching the store.
 * The check also covers the list the cursor was issued for ({@code scope}, e.g. a filter), so a
 * cursor replayed against another filter is refused rather than silently skipping articles.
 * The check is not a secret: a forged cursor can only name another position in a public list.
 */
public final class Cursor {

  private static final String VERSION = "c1";
  private static final int MAX_LENGTH = 512;

  private Cursor() {}

  public static String encode(String position) {
    return encode(position, "");
  }

  /** A cursor valid only for the list described by {@code scope}. */
  public static String encode(String position, String scope) {
    String plain = VERSION + "|" + position + "|" + check(position, scope);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The position inside a cursor, or empty when the cursor is not one of ours. */
  public static Optional<String> decode(String cursor) {
    return decode(cursor, "");
  }

  /** The position inside a cursor issued for {@code scope}, or empty. */
  public static Optional<String> decode(String cursor, String scope) {
    if (cursor == null || cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int first = plain.indexOf('|');
    int last = plain.lastIndexOf('|');
    if (first < 0 || last <= first || !VERSION.equals(plain.substring(0, first))) {
      return Optional.empty();
    }
    String position = plain.substring(first + 1, last);
    if (position.isEmpty() || !check(position, scope).equals(plain.substring(last + 1))) {
      return Optional.empty();
    }
    return Optional.of(position);
  }

  private static String check(String position, String scope) {
    // An empty scope keeps the check of cursors issued before scopes existed.
    return Sha256.hex(VERSION + "|" + position + (scope.isEmpty() ? "" : "|" + scope), 8);
  }
}
