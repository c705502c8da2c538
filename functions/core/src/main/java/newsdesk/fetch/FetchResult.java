package newsdesk.fetch;

/**
 * The final response after redirects. {@code finalUrl} is where it came from;
 * {@code permanentRedirect} is true when there was at least one redirect and every hop was
 * permanent (301 or 308). {@code movedTo} is where the leading run of permanent hops ends (null if
 * the first hop was not permanent): the URL the poller should store, even when a temporary hop
 * follows (301 to B, then 302 to C: the feed lives at B, C is today's mirror). Header values are as
 * sent (null when absent); {@code body} is decompressed, empty for 304, and never larger than the
 * fetcher's cap.
 */
public record FetchResult(
    int status,
    String finalUrl,
    boolean permanentRedirect,
    String movedTo,
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
