package newsdesk.article;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where an article or rejection came from: the raw object (bucket, key, version, ETag), the URL it
 * was fetched from, the feed that found it. Fields are null where unknown (a file on the CLI has
 * only a key).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(
    String bucket, String key, String versionId, String etag, String contentType, String fetchedUrl, String feedId) {

  public static Source ofPath(String path) {
    return new Source(null, path, null, null, null, null, null);
  }

  /** The identity of the raw object this came from: one article or rejection per object key. */
  public String objectKey() {
    return (bucket == null ? "" : bucket) + "/" + key;
  }
}
