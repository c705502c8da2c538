package newsdesk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import newsdesk.article.Article;
import newsdesk.article.Rejection;
import newsdesk.feed.Feed;

/**
 * The lexically ordered keys every store sorts by, so that DynamoDB (string range keys) and the
 * embedded store (indexed VARCHAR columns) order articles, rejections and due feeds identically.
 * Instants are written fixed-width in UTC with milliseconds ({@code 2022-01-27T08:30:00.000Z}):
 * only then is string order the same as time order. An article sorts by its published time — a
 * date-only value counts as that day at 00:00Z — and, without a usable one, by the time it was
 * stored; its id follows a {@code #} so that keys are unique and ties break deterministically.
 */
public final class SortKeys {

  /** Length of {@link #instant}'s output, which lets a key be split without trusting the id. */
  public static final int INSTANT_LENGTH = 24;

  private static final DateTimeFormatter FIXED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final Instant MIN = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999Z");

  private SortKeys() {}

  /** {@code <published or at>#<id>}. */
  public static String article(Article article, Instant at) {
    return instant(parse(article.published()).orElse(at)) + "#" + article.id();
  }

  /** The id inside an {@link #article} key; rejects anything that is not one. */
  public static String articleId(String sortKey) {
    if (sortKey == null || sortKey.length() <= INSTANT_LENGTH + 1 || sortKey.charAt(INSTANT_LENGTH) != '#') {
      throw new IllegalArgumentException("not an article position: " + sortKey);
    }
    try {
      FIXED.parse(sortKey.substring(0, INSTANT_LENGTH));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an article position: " + sortKey, e);
    }
    return sortKey.substring(INSTANT_LENGTH + 1);
  }

  /**
   * {@code <at>#<objectKey>#<version or ->}, unique per stored rejection so that it can be a paging
   * position; an unparseable {@code at} sorts as the epoch rather than failing the write.
   */
  public static String rejection(Rejection rejection) {
    return instant(parse(rejection.at()).orElse(Instant.EPOCH)) + "#" + rejection.source().objectKey() + "#"
        + rejectionVersion(rejection);
  }

  /** The object version a rejection is stored under: its S3 version id, {@code -} when unversioned. */
  public static String rejectionVersion(Rejection rejection) {
    return rejection.source().versionId() == null ? "-" : rejection.source().versionId();
  }

  /** The {@code [objectKey, version]} inside a {@link #rejection} key; rejects anything that is not one. */
  public static String[] rejectionKey(String sortKey) {
    int last = sortKey == null ? -1 : sortKey.lastIndexOf('#');
    if (last <= INSTANT_LENGTH + 1 || sortKey.charAt(INSTANT_LENGTH) != '#') {
      throw new IllegalArgumentException("not a rejection position: " + sortKey);
    }
    try {
      FIXED.parse(sortKey.substring(0, INSTANT_LENGTH));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a rejection position: " + sortKey, e);
    }
    return new String[] {sortKey.substring(INSTANT_LENGTH + 1, last), sortKey.substring(last + 1)};
  }

  /**
   * When an enabled feed is due, as {@code <nextPoll>#<id>}; null for a disabled feed, which is
   * never due. A feed without a next poll time has never been polled and is due at once.
   */
  public static String feedDue(Feed feed) {
    if (feed.disabledReason() != null) {
      return null;
    }
    return instant(parse(feed.nextPoll()).orElse(Instant.EPOCH)) + "#" + feed.id();
  }

  /**
   * The exclusive upper bound of {@link #feedDue} keys due at {@code now}: {@code $} sorts right
   * after {@code #}, so every feed due at exactly {@code now}, whatever its id, is included.
   */
  public static String dueBefore(Instant now) {
    return instant(now) + "$";
  }

  /** Fixed-width UTC; times outside years 0000–9999 are clamped so that the width never changes. */
  public static String instant(Instant instant) {
    Instant clamped = instant.isBefore(MIN) ? MIN : instant.isAfter(MAX) ? MAX : instant;
    return FIXED.format(clamped);
  }

  /**
   * An ISO-8601 time as an instant: date-only is that day at 00:00Z, a date-time without offset is
   * taken as UTC, anything else is empty.
   */
  public static Optional<Instant> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    try {
      if (v.length() == 10) {
        return Optional.of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      return Optional.of(OffsetDateTime.parse(v).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notLocal) {
        return Optional.empty();
      }
    }
  }
}
