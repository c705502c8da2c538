package newsdesk.extract;

/**
 * A raw page as uploaded or fetched: its bytes (possibly gzip-compressed, in any charset), the
 * declared content type and encoding if any, the name it arrived under (object key or file path)
 * and the URL it was fetched from, if known. Extraction uses the hints; it never trusts them blindly.
 */
public record RawPage(byte[] bytes, String contentType, String contentEncoding, String name, String url) {

  public static RawPage of(byte[] bytes, String name) {
    return new RawPage(bytes, null, null, name, null);
  }
}
