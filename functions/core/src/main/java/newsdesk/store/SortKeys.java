package newsdesk.store;

import java.time.DateTimeException;
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

  /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: the range {@link #instant} writes in four-digit years. */
  private static final Instant MIN = Instant.ofEpochSecond(-62_167_219_200L);
  private static final Instant MAX = Instant.ofEpochSecond(253_402_300_799L, 999_000_000);

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
      Positions.FIXED.parse(sortKey.substring(0, INSTANT_LENGTH));
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
      Positions.FIXED.parse(sortKey.substring(0, INSTANT_LENGTH));
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
    // Written digit by digit: the same text as the pattern uuuu-MM-dd'T'HH:mm:ss.SSS'Z' in UTC
    // (milliseconds cut, not rounded), without building and running a formatter, which a cold
    // start does interpreted for every stored article (docs/cold-start.md, round 9).
    LocalDateTime t = LocalDateTime.ofEpochSecond(clamped.getEpochSecond(), clamped.getNano(), ZoneOffset.UTC);
    char[] out = new char[INSTANT_LENGTH];
    digits(out, 0, t.getYear(), 4);
    out[4] = '-';
    digits(out, 5, t.getMonthValue(), 2);
    out[7] = '-';
    digits(out, 8, t.getDayOfMonth(), 2);
    out[10] = 'T';
    digits(out, 11, t.getHour(), 2);
    out[13] = ':';
    digits(out, 14, t.getMinute(), 2);
    out[16] = ':';
    digits(out, 17, t.getSecond(), 2);
    out[19] = '.';
    digits(out, 20, t.getNano() / 1_000_000, 3);
    out[23] = 'Z';
    return new String(out);
  }

  private static void digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
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
    Optional<Instant> common = common(v);
    if (common != null) {
      return common;
    }
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

  /**
   * The two shapes pages and feeds nearly always give, {@code yyyy-MM-dd} and
   * {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)}, read without the JDK's parser (whose first
   * use on a cold start is a few milliseconds of interpreted resolving); null for anything else,
   * an invalid field included, which the parser then reads or refuses exactly as before.
   */
  private static Optional<Instant> common(String v) {
    int n = v.length();
    if (n < 10 || !digitsAt(v, 0, 4) || v.charAt(4) != '-' || !digitsAt(v, 5, 2) || v.charAt(7) != '-'
        || !digitsAt(v, 8, 2)) {
      return null;
    }
    int year = number(v, 0, 4);
    int month = number(v, 5, 2);
    int day = number(v, 8, 2);
    try {
      if (n == 10) {
        return Optional.of(LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      if (n < 20 || v.charAt(10) != 'T' || !digitsAt(v, 11, 2) || v.charAt(13) != ':' || !digitsAt(v, 14, 2)
          || v.charAt(16) != ':' || !digitsAt(v, 17, 2)) {
        return null;
      }
      int at = 19;
      int nano = 0;
      if (v.charAt(at) == '.') {
        int start = ++at;
        while (at < n && v.charAt(at) >= '0' && v.charAt(at) <= '9') {
          at++;
        }
        int width = at - start;
        if (width < 1 || width > 9) {
          return null;
        }
        nano = number(v, start, width);
        for (int i = width; i < 9; i++) {
          nano *= 10;
        }
      }
      ZoneOffset offset;
      if (at == n - 1 && v.charAt(at) == 'Z') {
        offset = ZoneOffset.UTC;
      } else if (at == n - 6 && (v.charAt(at) == '+' || v.charAt(at) == '-') && digitsAt(v, at + 1, 2)
          && v.charAt(at + 3) == ':' && digitsAt(v, at + 4, 2)) {
        int sign = v.charAt(at) == '-' ? -1 : 1;
        offset = ZoneOffset.ofHoursMinutes(sign * number(v, at + 1, 2), sign * number(v, at + 4, 2));
      } else {
        return null;
      }
      return Optional.of(LocalDateTime.of(year, month, day, number(v, 11, 2), number(v, 14, 2), number(v, 17, 2), nano)
          .toInstant(offset));
    } catch (DateTimeException invalid) {
      return null;
    }
  }

  private static boolean digitsAt(String v, int at, int width) {
    for (int i = at; i < at + width; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String v, int at, int width) {
    int value = 0;
    for (int i = at; i < at + width; i++) {
      value = value * 10 + (v.charAt(i) - '0');
    }
    return value;
  }

  /** The positions' parser, built only where a position is read back (a listing's cursor), not to write keys. */
  private static final class Positions {
    static final DateTimeFormatter FIXED =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  }
}
