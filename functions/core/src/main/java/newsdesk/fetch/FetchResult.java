package newsdesk.fetch;

/**
 * The final response after redirects. {@code finalUrl} is where it came from;
 * {@code permanentRedirect} is true when there was at least one redirect and every hop was
 * permanent (301 or 308), the only case in which the poller should store the new URL. Header
 * values are as sent (null when absent); {@code body} is decompressed, empty for 304, and never
 * larger than the fetcher's cap.
 */
public record FetchResult(
    int status,
    String finalUrl,
    boolean permanentRedirect,
    String etag,
    String lastModified,
    String cacheControl,
    String retryAfter,
    String contentType,
    byte[] body) {

  public boolean notModified() {
    return status == 304;
  }

  public boolean ok() {
    return status >= 200 && status < 300;
  }
}
