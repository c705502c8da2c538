package newsdesk.store;

/**
 * An article whose compressed document exceeds {@link StoredArticle#MAX_DOC_BYTES}. Not transient:
 * retrying the same article fails the same way, so ingestion should record it as a rejection.
 */
public final class ArticleTooLargeException extends RuntimeException {
  private final int compressedBytes;

  public ArticleTooLargeException(String id, int compressedBytes, int limit) {
    super("article " + id + " is " + compressedBytes + " bytes compressed, over the " + limit + "-byte limit");
    this.compressedBytes = compressedBytes;
  }

  public int compressedBytes() {
    return compressedBytes;
  }
}
