package newsdesk.feed.parse;

/**
 * The body is not a feed we can read: empty, too large, an HTML page, JSON that is not a JSON
 * Feed, or XML with another root. {@link #getMessage()} says which, for the feed's error state.
 */
public final class NotAFeedException extends Exception {

  private static final long serialVersionUID = 1L;

  public NotAFeedException(String reason) {
    super(reason);
  }
}
