package newsdesk.fetch;

/**
 * A fetch that produced no usable response, with the {@link Kind} the poller records in the
 * feed's error state (a refused address is a configuration problem, a timeout is transient).
 */
public final class FetchException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the fetch failed. */
  public enum Kind {
    /** Not an absolute http(s) URL, or a redirect Location that is not one. */
    REFUSED_URL,
    /** The host resolves to an address the {@link AddressPolicy} refuses. */
    REFUSED_ADDRESS,
    UNKNOWN_HOST,
    TOO_MANY_REDIRECTS,
    REDIRECT_LOOP,
    TIMEOUT,
    /** The body, compressed or decompressed, is over the cap. */
    TOO_LARGE,
    /** The content-type hook said no. */
    REFUSED_CONTENT_TYPE,
    /** Connection or protocol failure, including a corrupt gzip body. */
    IO
  }

  private final Kind kind;

  public FetchException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public FetchException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
