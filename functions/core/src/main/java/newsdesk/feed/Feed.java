package newsdesk.feed;

/**
 * A subscribed feed and its polling state. ETag and Last-Modified are kept exactly as the server
 * sent them, to be sent back on the next conditional GET. Times are ISO-8601 instants.
 */
public record Feed(
    String id,
    String url,
    String title,
    String etag,
    String lastModified,
    String lastPoll,
    String nextPoll,
    int consecutiveErrors,
    String lastError,
    String disabledReason) {}
