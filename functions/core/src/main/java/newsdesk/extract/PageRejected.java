package newsdesk.extract;

/**
 * Thrown inside the extraction pipeline when a page turns out not to be an article (or not
 * readable at all); {@link Extractor} turns it into an {@link Extraction.Rejected}. An exception
 * keeps the deep decoding and scoring code free of result plumbing; no stack trace is filled in
 * because it is an expected outcome, not an error.
 */
public final class PageRejected extends RuntimeException {

  private final RejectReason reason;

  public PageRejected(RejectReason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  public RejectReason reason() {
    return reason;
  }

  public Extraction.Rejected toExtraction() {
    return new Extraction.Rejected(reason, getMessage());
  }
}
