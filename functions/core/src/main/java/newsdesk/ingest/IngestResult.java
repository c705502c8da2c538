package newsdesk.ingest;

/**
 * What ingesting one raw object came to. {@code articleId} is set for every outcome but a
 * rejection; {@code reason} and {@code detail} only for rejections (and for duplicates of one).
 */
public record IngestResult(Outcome outcome, String articleId, String reason, String detail) {

  /** The four ways an ingestion ends; only a transient failure (an exception) is not one of them. */
  public enum Outcome {
    /** A new article was stored. */
    STORED,
    /** The object replaced an article's earlier content. */
    UPDATED,
    /** The object (version) was already processed, or carried content already stored: nothing changed. */
    DUPLICATE,
    /** The object is not an article; a rejection record says why. */
    REJECTED
  }
}
