package newsdesk.feed.parse;

/**
 * A media file attached to an item (RSS enclosure, Atom {@code rel="enclosure"} link, JSON Feed
 * attachment). {@code type} may be null; {@code length} is in bytes, or -1 when not given or not a
 * number.
 */
public record Enclosure(String url, String type, long length) {}
