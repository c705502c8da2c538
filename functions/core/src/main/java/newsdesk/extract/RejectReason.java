package newsdesk.extract;

/** Why a page is not stored as an article; {@link #code()} is what rejection records and the CLI show. */
public enum RejectReason {
  EMPTY("empty"),
  BINARY("binary"),
  TOO_LARGE("too-large"),
  UNREADABLE("unreadable"),
  NOT_ARTICLE("not-article"),
  MISSING("missing"),
  /** The page would take longer to extract than its budget ({@link Deadline}). */
  TOO_COMPLEX("too-complex");

  private final String code;

  RejectReason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
