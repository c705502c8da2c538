package newsdesk.fetch;

/**
 * What to fetch: the URL and the validators from the last successful fetch, sent back exactly as
 * the server gave them ({@code If-None-Match} from the ETag, {@code If-Modified-Since} from
 * Last-Modified) so an unchanged feed costs a 304 and no body. Validators may be null.
 */
public record FetchRequest(String url, String etag, String lastModified) {

  public static FetchRequest of(String url) {
    return new FetchRequest(url, null, null);
  }
}
