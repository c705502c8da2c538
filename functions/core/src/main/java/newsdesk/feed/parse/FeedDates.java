package newsdesk.feed.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds actually contain, which are only loosely RFC 822 or ISO 8601: two-digit
 * years, named and military zones, numeric offsets with or without a colon, IANA zone ids,
 * JavaScript {@code Date.toString()} output, wrong weekdays, missing commas, date-only values and
 * Unix timestamps. A value is either an {@link OffsetDateTime} or, when the feed gave no time, a
 * {@link LocalDate}. Nothing here throws: an unreadable value is empty and the caller logs it.
 */
public final class FeedDates {

  /**
   * A date read from a feed, with a warning when part of it was assumed (a missing zone read as
   * UTC); {@code value} is an {@link OffsetDateTime} or a {@link LocalDate}.
   */
  public record FeedDate(Temporal value, String warning) {

    /** The value as an ISO-8601 string with offset; a date-only value is midnight UTC. */
    public String iso() {
      return toOffset().toString();
    }

    public OffsetDateTime toOffset() {
      return value instanceof LocalDate d ? d.atStartOfDay().atOffset(ZoneOffset.UTC) : (OffsetDateTime) value;
    }
  }

  /** Longer inputs are not dates; bounding them keeps the regexes cheap on hostile feeds. */
  private static final int MAX_LENGTH = 100;

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DIGITS = Pattern.compile("-?\\d{9,13}");
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-?(\\d{2})-?(\\d{2})"
              + "(?:[Tt ](\\d{1,2}):?(\\d{2})(?::?(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?"
              + " ?(Z|z|[+-]\\d{2}(?::?\\d{2})?(?: [A-Za-z]{1,5})?|UTC|GMT|UT)?)?");
  /** Leading weekday, with or without comma; its value is ignored (feeds get it wrong). */
  private static final Pattern WEEKDAY =
      Pattern.compile("^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,? *|\\p{L}{2,10}\\.?, *)", Pattern.CASE_INSENSITIVE);
  /** RFC 822 order: day month year [time] [zone], separators space, dash or comma. */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(\\d{1,2})\\.?[ -]([\\p{L}]{3,9})\\.?[ ,-]+(\\d{2,4})"
              + "(?:[ ,T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9})\\d*)?)?)?(?: *(.*))?");
  /** US and JavaScript order: month day[,] year [time] [zone]. */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(\\p{L}{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})"
              + "(?:,? (\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9})\\d*)?)?)?(?: *(.*))?");
  /** C asctime order: month day time [zone] year. */
  private static final Pattern ASCTIME =
      Pattern.compile("(\\p{L}{3,9}) (\\d{1,2}) (\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?: ([A-Za-z]{1,5}))? (\\d{4})");
  private static final Pattern NUMERIC_ZONE = Pattern.compile("(?:GMT|UTC|UT)?([+-])(\\d{1,2})(?::?(\\d{2}))?");
  private static final Pattern ZONE_NAME_SUFFIX = Pattern.compile(" [A-Za-z]{1,5}");
  private static final Pattern PARENTHESIZED = Pattern.compile("\\(.*\\)");
  private static final Pattern IANA = Pattern.compile("[A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?");

  /**
   * Month names by their first three letters: English, plus the German, French, Spanish,
   * Portuguese, Italian and Dutch ones that localized feed generators write despite RFC 822.
   * French juin/juillet share "jui" and are told apart by their fourth letter.
   */
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
          Map.entry("mär", 3), Map.entry("mrz", 3), Map.entry("mai", 5), Map.entry("okt", 10), Map.entry("dez", 12),
          Map.entry("janv", 1), Map.entry("fév", 2), Map.entry("fev", 2), Map.entry("avr", 4), Map.entry("juin", 6),
          Map.entry("juil", 7), Map.entry("aoû", 8), Map.entry("aou", 8), Map.entry("déc", 12),
          Map.entry("ene", 1), Map.entry("abr", 4), Map.entry("ago", 8), Map.entry("set", 9), Map.entry("dic", 12),
          Map.entry("out", 10), Map.entry("gen", 1), Map.entry("mag", 5), Map.entry("giu", 6), Map.entry("lug", 7),
          Map.entry("ott", 10), Map.entry("maa", 3), Map.entry("mei", 5));

  /** Zone abbreviations seen in feeds, in hours; ambiguous ones (IST, CST as China) take the US/UK reading. */
  private static final Map<String, Integer> NAMED_ZONES =
      Map.ofEntries(
          Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
          Map.entry("WET", 0), Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("MET", 1),
          Map.entry("WEST", 1), Map.entry("CEST", 2), Map.entry("MEST", 2), Map.entry("EET", 2),
          Map.entry("EEST", 3), Map.entry("MSK", 3), Map.entry("JST", 9), Map.entry("KST", 9),
          Map.entry("AEST", 10), Map.entry("AEDT", 11), Map.entry("NZST", 12), Map.entry("NZDT", 13),
          Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
          Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
          Map.entry("AKST", -9), Map.entry("AKDT", -8), Map.entry("HST", -10), Map.entry("AST", -4),
          Map.entry("ADT", -3));

  static final String ZONE_ASSUMED = "no time zone; read as UTC";

  private FeedDates() {}

  /** The date as an {@link OffsetDateTime} or {@link LocalDate}, or empty when unreadable. */
  public static Optional<Temporal> parse(String text) {
    return read(text).map(FeedDate::value);
  }

  /** Like {@link #parse} but keeps the warning for values whose zone was assumed. */
  public static Optional<FeedDate> read(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = SPACES.matcher(text.strip()).replaceAll(" ");
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(readTrimmed(s));
    } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
      // Out-of-range fields (31 February, hour 25, offset +19) make the value unreadable.
      return Optional.empty();
    }
  }

  private static FeedDate readTrimmed(String s) {
    if (DIGITS.matcher(s).matches()) {
      long n = Long.parseLong(s);
      // Ten or fewer digits are seconds (until the year 2286); more are milliseconds.
      Instant instant = s.replace("-", "").length() <= 10 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
      return new FeedDate(instant.atOffset(ZoneOffset.UTC), null);
    }
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return iso(m);
    }
    String rest = WEEKDAY.matcher(s).replaceFirst("");
    m = DAY_MONTH_YEAR.matcher(rest);
    if (m.matches()) {
      return assemble(year(m.group(3)), month(m.group(2)), m.group(1), m, 4, m.group(8));
    }
    m = MONTH_DAY_YEAR.matcher(rest);
    if (m.matches()) {
      return assemble(year(m.group(3)), month(m.group(1)), m.group(2), m, 4, m.group(8));
    }
    m = ASCTIME.matcher(rest);
    if (m.matches()) {
      LocalDateTime local =
          LocalDateTime.of(year(m.group(7)), month(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), intOrZero(m.group(5)));
      return zoned(local, m.group(6));
    }
    return null;
  }

  private static FeedDate iso(Matcher m) {
    LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    if (m.group(4) == null) {
      return new FeedDate(date, null);
    }
    LocalDateTime local = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), intOrZero(m.group(6)), nanos(m.group(7)));
    return zoned(local, m.group(8));
  }

  /** Builds the value from a match whose time groups start at {@code timeGroup}: hour, minute, second, fraction. */
  private static FeedDate assemble(int year, int month, String day, Matcher m, int timeGroup, String zone) {
    if (month == 0) {
      return null;
    }
    LocalDate date = LocalDate.of(year, month, Integer.parseInt(day));
    if (m.group(timeGroup) == null) {
      return zone == null || zone.isBlank() ? new FeedDate(date, null) : null;
    }
    LocalDateTime local =
        date.atTime(Integer.parseInt(m.group(timeGroup)), Integer.parseInt(m.group(timeGroup + 1)),
            intOrZero(m.group(timeGroup + 2)), nanos(m.group(timeGroup + 3)));
    return zoned(local, zone);
  }

  /** Applies the zone text; none means UTC with a warning, an unknown one makes the value unreadable. */
  private static FeedDate zoned(LocalDateTime local, String zoneText) {
    String zone = zoneText == null ? "" : PARENTHESIZED.matcher(zoneText).replaceAll("").strip();
    if (zone.isEmpty()) {
      return new FeedDate(local.atOffset(ZoneOffset.UTC), ZONE_ASSUMED);
    }
    Matcher numeric = NUMERIC_ZONE.matcher(zone);
    // "+0000 GMT" and Go's "-0700 MST": the number is exact, the name only decoration.
    if (numeric.lookingAt() && (numeric.end() == zone.length() || ZONE_NAME_SUFFIX.matcher(zone).region(numeric.end(), zone.length()).matches())) {
      int hours = Integer.parseInt(numeric.group(2));
      int minutes = intOrZero(numeric.group(3));
      int sign = numeric.group(1).equals("-") ? -1 : 1;
      return new FeedDate(local.atOffset(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes)), null);
    }
    Integer hours = NAMED_ZONES.get(zone.toUpperCase(Locale.ROOT));
    if (hours == null && zone.length() == 1) {
      hours = military(Character.toUpperCase(zone.charAt(0)));
    }
    if (hours != null) {
      return new FeedDate(local.atOffset(ZoneOffset.ofHours(hours)), null);
    }
    if (IANA.matcher(zone).matches()) {
      return new FeedDate(local.atZone(ZoneId.of(zone)).toOffsetDateTime(), null);
    }
    return null;
  }

  /**
   * Military zone letters: A–M east (+1…+12, no J), N–Y west (−1…−12), Z is UTC. RFC 1123 notes
   * RFC 822 had the signs reversed; feeds that use them follow the nautical convention used here.
   */
  private static Integer military(char c) {
    if (c == 'Z') {
      return 0;
    }
    if (c >= 'A' && c <= 'I') {
      return c - 'A' + 1;
    }
    if (c >= 'K' && c <= 'M') {
      return c - 'K' + 10;
    }
    if (c >= 'N' && c <= 'Y') {
      return -(c - 'N' + 1);
    }
    return null;
  }

  /** Two-digit years pivot as RFC 5322 says: 00–49 are 20xx, 50–99 are 19xx (never year 0008). */
  private static int year(String text) {
    int y = Integer.parseInt(text);
    if (text.length() <= 2) {
      return y < 50 ? 2000 + y : 1900 + y;
    }
    if (text.length() == 3) {
      return 1900 + y; // RFC 5322 4.3: three-digit years are added to 1900
    }
    return y;
  }

  /** The month of an English name or abbreviation (Sept, September), or 0 when unknown. */
  private static int month(String name) {
    if (name.length() < 3) {
      return 0;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.length() >= 4 && MONTHS.containsKey(lower.substring(0, 4))) {
      return MONTHS.get(lower.substring(0, 4));
    }
    return MONTHS.getOrDefault(lower.substring(0, 3), 0);
  }

  private static int intOrZero(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }

  private static int nanos(String fraction) {
    if (fraction == null) {
      return 0;
    }
    return Integer.parseInt((fraction + "000000000").substring(0, 9));
  }
}
