package newsdesk.extract.convention;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as news pages print them, read into the contract's ISO-8601 form: a date-time with its offset
 * when the time is known, a bare date when only the day is. Also infers the publication day of a
 * text dump that states none, from the weekday the lead mentions ("said on Thursday") and the full
 * dates that captions and text carry.
 */
public final class PublicationDate {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("mai", 5), Map.entry("mär", 3), Map.entry("mae", 3),
      Map.entry("okt", 10), Map.entry("dez", 12));
  // English month names, and the German ones that do not start like them (März, Mai, Oktober, Dezember).
  private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mär|Mae|Mai|Okt|Dez)[a-z]*\\.?";
  // A year is never glued to a time: "28.09.19" and "12:44" in two spans read as "28.09.1912:44".
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b(?!:\\d)");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b(?!:\\d)");
  /**
   * "13 juin 2019", "13 de junio de 2019", "15 августа 2016", "1er mars 2020": day first with a month
   * named in another language ({@link NamedMonths}), or an English or German one written in a way the
   * pattern above does not take ("13 de Junio de 2019", a no-break space); a date that pattern read
   * is not read again.
   */
  private static final Pattern DAY_NAMED_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:\\.|er|º|°)?[\\s\u00a0]+(?:de[\\s\u00a0]+)?"
      + "(\\p{L}{3,12})\\.?,?[\\s\u00a0]+(?:de[\\s\u00a0]+)?((?:19|20)\\d\\d)\\b(?!:\\d)");
  private static final Pattern ENGLISH_OR_GERMAN_MONTH = Pattern.compile(MONTH);
  private static final Pattern SHORT_DOTTED_LINE = Pattern.compile("[\\s\u00a0]*(?:\\p{L}+(?:[,:]|[\\s\u00a0]+am:?)[\\s\u00a0]+)?"
      + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d\\d)(?:[\\s\u00a0,|•·-]+(?:um[\\s\u00a0]+)?\\d{1,2}[:.]\\d\\d(?:[\\s\u00a0]*(?:Uhr|h))?)?"
      + "[\\s\u00a0|•·]*");
  private static final int MAX_SHORT_DOTTED_LINE = 40;
  /** "18.05.2014": day first, as everywhere dots separate a date's parts. */
  private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)(?![\\d.:]\\d)");
  /** A day in a URL path: /2014/05/18/ or /2014-05-18-title. */
  private static final Pattern URL_DAY = Pattern.compile("/((?:19|20)\\d\\d)([/-])(\\d{1,2})\\2(\\d{1,2})(?=[/.\\-_]|$)");
  private static final Pattern ISO_DATE = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
  private static final Pattern MONTH_DAY = Pattern.compile("^" + MONTH + "\\s+(\\d{1,2})$");
  private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Pattern ISO_LIKE = Pattern.compile(
      "^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|UTC|GMT)?)?$");
  private static final Pattern RFC_1123_SHAPE = Pattern.compile("^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} [A-Z][a-z]{2} \\d{4} ");
  private static final Pattern READING_TIME = Pattern.compile("(?i)\\d+\\s*min(?:ute)?s?\\s*read");
  private static final Pattern DATE_PARTS = Pattern.compile(
      "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?"
          + "|\\d+(?:st|nd|rd|th)?|[ap]\\.?m\\.?|\\b(?:gmt|utc|bst|cet|cest|e[sd]?t|p[sd]?t|c[sd]?t|m[sd]?t|z)\\b"
          + "|\\b(?:last modified|modified|published|updated|posted)(?: on)?\\b|[\\s,.:|/+\\-–—•·]");
  private static final Pattern DATE_WORDS = Pattern.compile(
      "(?i)^(?:published|updated|posted|last updated|first published|modified)?\\s*(?:on\\s*)?[:\\s]*");
  private static final int MAX_TIMESTAMP_WORDS = 16;
  /** A time of day as date lines print it: "21:25", "9:25pm", "11:30 p.m.", "21h25". */
  private static final Pattern TIME_OF_DAY = Pattern.compile(
      "(?i)(?<![\\d:])([01]?\\d|2[0-3])[:h]([0-5]\\d)(?::[0-5]\\d)?(?!\\d)(?:\\s?([ap])\\.?\\s?m\\b\\.?)?");
  private static final Pattern ISO_OFFSET_END = Pattern.compile("T.*[+-]\\d\\d:\\d\\d$");
  private static final Pattern SLASH_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)(?![\\d/])");
  /** The offsets in use run from UTC-12:00 to UTC+14:00, in steps of a quarter hour. */
  private static final long MIN_OFFSET_MINUTES = -12 * 60;
  private static final long MAX_OFFSET_MINUTES = 14 * 60;
  /** How far from midnight UTC a timestamp may be for a printed day without a time to move it. */
  private static final int MAX_UNCHECKED_OFFSET_HOURS = 6;
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

  private PublicationDate() {}

  /** Reads a machine date (ISO-8601 variants, RFC 1123, "January 27, 2022") into contract form, or null. */
  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 64) {
      return null;
    }
    try {
      Matcher m = ISO_LIKE.matcher(s);
      if (m.matches()) {
        // The pattern has checked the shape: the fields are read as numbers and range-checked by
        // java.time's factories, which refuse what its strict ISO formatters refuse, at a fraction
        // of their cost (most declared dates on a page come this way).
        String day = m.group(1);
        LocalDate date = LocalDate.of(number(day, 0, 4), number(day, 5, 7), number(day, 8, 10));
        if (m.group(2) == null) {
          return date.toString();
        }
        LocalTime time = isoTime(m.group(2));
        if (time == null) {
          return null;
        }
        LocalDateTime local = date.atTime(time);
        String zone = m.group(3);
        if (zone == null) {
          // No offset printed: keep the local time rather than invent a zone.
          return local.toString();
        }
        String offset = zone.equals("UTC") || zone.equals("GMT") || zone.equals("Z") ? "Z"
            : zone.length() == 3 ? zone + ":00"
            : zone.contains(":") ? zone : zone.substring(0, 3) + ":" + zone.substring(3);
        return OffsetDateTime.of(local, ZoneOffset.of(offset)).toString();
      }
      // The RFC 1123 formatter loads locale data on first use: only try it on strings shaped like one.
      if (RFC_1123_SHAPE.matcher(s).find()) {
        try {
          return ZonedDateTime.parse(s, RFC_1123).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
          // Not RFC 1123 after all; read it as prose below.
        }
      }
      List<LocalDate> dates = datesIn(s);
      return dates.isEmpty() ? null : dates.get(0).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A UTC timestamp ({@code Z}) told in the page's own day: where the date line the page prints beside
   * the story names another day than the timestamp's UTC day, the printed day is the page's word for
   * its local day. When the line also prints the time, the same instant is given with the offset the
   * two imply ("3 de mayo de 2022 21:25" beside {@code 2022-05-04T00:25Z}: {@code 2022-05-03T21:25-03:00});
   * without a time, only the printed day is known to be right, and it is what is returned, where an
   * offset of at most six hours makes it the timestamp's day. The timestamp is returned unchanged when it
   * has an offset of its own, when the printed day is its own, or when no such offset (with a printed
   * time, any in use: UTC-12 to UTC+14) makes the printed day or time the timestamp's.
   */
  public static String inPrintedDay(String timestamp, LocalDate printedDay, String printedLine) {
    if (timestamp == null || printedDay == null || !timestamp.endsWith("Z") || timestamp.indexOf('T') < 0) {
      return timestamp;
    }
    OffsetDateTime instant;
    try {
      instant = OffsetDateTime.parse(timestamp);
    } catch (DateTimeParseException e) {
      return timestamp;
    }
    LocalDateTime utc = instant.toLocalDateTime();
    if (printedDay.equals(utc.toLocalDate())) {
      return timestamp;
    }
    LocalTime printedTime = timeIn(printedLine);
    if (printedTime != null) {
      long minutes = Duration.between(utc.truncatedTo(java.time.temporal.ChronoUnit.MINUTES), printedDay.atTime(printedTime))
          .toMinutes();
      if (minutes % 15 != 0 || minutes < MIN_OFFSET_MINUTES || minutes > MAX_OFFSET_MINUTES) {
        return timestamp;
      }
      return instant.withOffsetSameInstant(ZoneOffset.ofTotalSeconds((int) minutes * 60)).toString();
    }
    // Without a time to check it by, a printed day is taken only for a timestamp near midnight: far
    // from it, another day printed is more often another event's (a print edition, the first story).
    boolean near = printedDay.equals(utc.minusHours(MAX_UNCHECKED_OFFSET_HOURS).toLocalDate())
        || printedDay.equals(utc.plusHours(MAX_UNCHECKED_OFFSET_HOURS).toLocalDate());
    return near ? printedDay.toString() : timestamp;
  }

  /**
   * {@code published} as another declared source writes the same instant with the page's own offset
   * ("2019-10-18T22:04Z" in JSON-LD, "Sat, 19 Oct 2019 00:04:00 +0200" in a meta tag): the zone is kept
   * where the page writes one. {@code declared} holds the raw values, unread ones and nulls included.
   */
  public static String withWrittenOffset(String published, List<String> declared) {
    if (published == null || !published.endsWith("Z") || published.indexOf('T') < 0) {
      return published;
    }
    Instant instant;
    try {
      instant = OffsetDateTime.parse(published).toInstant();
    } catch (DateTimeParseException e) {
      return published; // Not an instant after all: left as it was read.
    }
    for (String c : declared) {
      String iso = normalize(c);
      try {
        if (iso != null && !iso.endsWith("Z") && ISO_OFFSET_END.matcher(iso).find()
            && OffsetDateTime.parse(iso).toInstant().equals(instant)) {
          return iso;
        }
      } catch (DateTimeParseException e) {
        // This source's value is no instant; the next may be.
      }
    }
    return published;
  }

  /** Which number comes first in a date written with slashes ("03/05/2022"), as a page's language tells. */
  public enum SlashOrder {
    DAY_FIRST, MONTH_FIRST, UNSURE;

    /**
     * The order a language tag ("pt-BR", "en_GB", "en-US") writes: month first in American English (and
     * the English of Canada and the Philippines, which write both ways: unsure there, as for "en" alone
     * and an unknown language or a language's name), day first in every other language that writes such
     * dates. "eng" and "English" are English; of a list ("en-US,en") the first counts.
     */
    public static SlashOrder of(String languageTag) {
      if (languageTag == null || languageTag.isBlank()) {
        return UNSURE;
      }
      // The first tag of a list ("en-US,en"); its language, then its region, skipping a script ("en-Latn-US").
      String[] parts = languageTag.strip().toLowerCase(Locale.ROOT).split("[,;\\s]")[0].split("[-_]");
      String language = parts[0].equals("eng") || parts[0].equals("english") ? "en" : parts[0];
      if (!language.matches("[a-z]{2,3}")) {
        return UNSURE; // a language's name or anything else: no order to go by
      }
      if (!language.equals("en")) {
        return DAY_FIRST;
      }
      String region = "";
      for (int i = 1; i < parts.length && region.isEmpty(); i++) {
        if (parts[i].length() != 4) {
          region = parts[i];
        }
      }
      return region.equals("us") ? MONTH_FIRST : region.isEmpty() || region.equals("ca") || region.equals("ph") ? UNSURE
          : DAY_FIRST;
    }
  }

  /**
   * The first date written with slashes and a four-digit year in {@code text} ("03/05/2022 21:44"), read
   * in {@code order}; where the order is unsure, only a date that a number above 12 settles ("26/10/2018").
   * Null when there is none or it cannot be read.
   */
  public static LocalDate slashDate(String text, SlashOrder order) {
    Matcher m = text == null || text.indexOf('/') < 0 ? null : SLASH_DATE.matcher(text);
    if (m == null || !m.find()) {
      return null;
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    boolean dayFirst = first > 12 || second <= 12 && order == SlashOrder.DAY_FIRST;
    boolean monthFirst = second > 12 || first <= 12 && order == SlashOrder.MONTH_FIRST;
    if (dayFirst == monthFirst) {
      return null;
    }
    List<LocalDate> day = new ArrayList<>();
    add(day, Integer.parseInt(m.group(3)), dayFirst ? second : first, dayFirst ? first : second);
    return day.isEmpty() ? null : day.get(0);
  }

  /** The first time of day printed in {@code line} ("21:25", "9:25 pm", "11:30 p.m."), or null. */
  public static LocalTime timeIn(String line) {
    Matcher m = line == null ? null : TIME_OF_DAY.matcher(line);
    if (m == null || !m.find()) {
      return null;
    }
    int hour = Integer.parseInt(m.group(1));
    if (m.group(3) != null) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (Character.toLowerCase(m.group(3).charAt(0)) == 'p' ? 12 : 0);
    }
    return LocalTime.of(hour, Integer.parseInt(m.group(2)));
  }

  /**
   * The time {@link #ISO_LIKE} matched ("9:05", "09:05:33.120"), or null where the ISO form has no
   * such time: an hour of one digit is taken only without seconds, as it always was.
   */
  private static LocalTime isoTime(String t) {
    int colon = t.indexOf(':');
    if (colon == 1 && t.length() != 4) {
      return null;
    }
    int hour = number(t, 0, colon);
    int minute = number(t, colon + 1, colon + 3);
    if (t.length() == colon + 3) {
      return LocalTime.of(hour, minute);
    }
    int second = number(t, colon + 4, colon + 6);
    int nanos = 0;
    if (t.length() > colon + 6) {
      nanos = number(t, colon + 7, t.length());
      for (int digits = t.length() - colon - 7; digits < 9; digits++) {
        nanos *= 10;
      }
    }
    return LocalTime.of(hour, minute, second, nanos);
  }

  /** The ASCII digits from {@code from} to before {@code to} as a number. */
  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + s.charAt(i) - '0';
    }
    return n;
  }

  /**
   * True when {@code text} is a timestamp line and nothing more: "Updated Tue, March 14, 2023, 9:12 AM",
   * "Thu 27 Jan 2022 10.15 GMT", "12 March 2024 • 3 min read". Once date words, numbers, zones and
   * punctuation are removed, next to nothing may remain.
   */
  public static boolean isTimestamp(String text) {
    if (!mayHoldYear(text) || Words.countUpTo(text, MAX_TIMESTAMP_WORDS) > MAX_TIMESTAMP_WORDS || datesIn(text).isEmpty() && normalize(text) == null) {
      return false;
    }
    String words = DATE_WORDS.matcher(READING_TIME.matcher(text).replaceAll("")).replaceFirst("");
    return DATE_PARTS.matcher(words).replaceAll("").length() <= 4;
  }

  /**
   * The day of a line that is a dotted date with a two-digit year and at most a label and a time
   * ("28.09.19", "Kultur, 2.11.22", "23.09.22 um 10:15 Uhr"), or null. Not one of {@link #datesIn}'s
   * forms: inside prose "1.2.19" may be a version or a paragraph number; a line of its own is a
   * date. Years up to 69 are this century's, from 70 the last one's.
   */
  public static LocalDate shortDottedLine(String text) {
    if (text.length() > MAX_SHORT_DOTTED_LINE || text.indexOf('.') < 0) {
      return null;
    }
    Matcher m = SHORT_DOTTED_LINE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(3));
    List<LocalDate> day = new ArrayList<>();
    add(day, year < 70 ? 2000 + year : 1900 + year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    return day.isEmpty() ? null : day.get(0);
  }

  /**
   * {@code text} with every day-first date whose month is named in a language of {@link NamedMonths}
   * ("15 августа 2016") replaced by a space: what a date line holds beside such a date. Lets a line's
   * recognition ({@code DateLine}) use the same month names as its reading here.
   */
  public static String withoutNamedMonthDates(String text) {
    if (!mayHoldYear(text)) {
      return text;
    }
    Matcher m = DAY_NAMED_MONTH_YEAR.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      if (!ENGLISH_OR_GERMAN_MONTH.matcher(m.group(2)).matches() && NamedMonths.of(m.group(2)) > 0) {
        out.append(text, last, m.start()).append(' ');
        last = m.end();
      }
    }
    return last == 0 ? text : out.append(text, last, text.length()).toString();
  }

  /** The full dates (day, month and year) printed in {@code text}, in order. */
  public static List<LocalDate> datesIn(String text) {
    List<LocalDate> out = new ArrayList<>();
    if (text == null || !mayHoldYear(text)) {
      return out;
    }
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      add(out, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    List<Integer> read = new ArrayList<>();
    while (m.find()) {
      read.add(m.start());
      add(out, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = DAY_NAMED_MONTH_YEAR.matcher(text);
    while (m.find()) {
      // A date the pattern above read is not read twice. A name that opens like an English or German one
      // ("13 de Junio de 2019", "1er Mars") is read as that one, so those lines never load the table.
      if (read.contains(m.start())) {
        continue;
      }
      int month = ENGLISH_OR_GERMAN_MONTH.matcher(m.group(2)).matches() ? month(m.group(2)) : NamedMonths.of(m.group(2));
      if (month > 0) {
        add(out, Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
      }
    }
    m = DOTTED.matcher(text);
    while (m.find()) {
      add(out, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = ISO_DATE.matcher(text);
    while (m.find()) {
      add(out, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    return out;
  }

  /**
   * False when {@code text} has no four ASCII digits in a row: every full date this class reads (and
   * {@code DateLine}'s) holds its year so, and most lines a page is judged by hold none, so they are
   * turned away before the date patterns are tried at each of their positions.
   */
  public static boolean mayHoldYear(CharSequence text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /** The patterns that {@link #mayHoldYear} stands guard for, each needing a four-digit year to match. */
  static List<Pattern> yearPatterns() {
    return List.of(MONTH_DAY_YEAR, DAY_MONTH_YEAR, DAY_NAMED_MONTH_YEAR, DOTTED, ISO_DATE, ISO_LIKE, RFC_1123_SHAPE);
  }

  /** The day a URL's path names ("/2014/05/18/story"), or null. */
  public static String inUrl(String url) {
    Matcher m = url == null ? null : URL_DAY.matcher(url);
    if (m == null || !m.find()) {
      return null;
    }
    List<LocalDate> day = new ArrayList<>();
    add(day, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    return day.isEmpty() ? null : day.get(0).toString();
  }

  /** The month and day of a dateline ("Jan 27") placed in {@code year}, or null. */
  public static LocalDate monthDay(String monthDay, int year) {
    if (monthDay == null) {
      return null;
    }
    Matcher m = MONTH_DAY.matcher(monthDay.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.of(year, month(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The first weekday named in {@code text} ("on Thursday"), or null. */
  public static DayOfWeek weekdayIn(String text) {
    Matcher m = text == null ? null : WEEKDAY.matcher(text);
    return m != null && m.find() ? DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)) : null;
  }

  /**
   * The likely publication day of a story that prints none. A weekday in the lead is resolved
   * against the dates found in captions, then in the text: the latest such date falling on that
   * weekday wins, since wire leads say "on Thursday" about the day they are filed. Without a match,
   * the latest caption date stands in, pictures being taken for the story they illustrate.
   */
  public static LocalDate infer(String lead, List<String> captions, List<String> texts) {
    List<LocalDate> captionDates = new ArrayList<>();
    for (String caption : captions) {
      captionDates.addAll(datesIn(caption));
    }
    List<LocalDate> textDates = new ArrayList<>();
    for (String text : texts) {
      textDates.addAll(datesIn(text));
    }
    DayOfWeek weekday = weekdayIn(lead);
    if (weekday != null) {
      for (List<LocalDate> pool : List.of(captionDates, textDates)) {
        LocalDate match = latest(pool, weekday);
        if (match != null) {
          return match;
        }
      }
    }
    return latest(captionDates, null);
  }

  /**
   * The latest of {@code dates} on {@code weekday} (any day when null), or null. A loop rather than
   * a stream: the text path runs it in every cold start's first extraction (docs/cold-start.md).
   */
  private static LocalDate latest(List<LocalDate> dates, DayOfWeek weekday) {
    LocalDate latest = null;
    for (LocalDate date : dates) {
      if ((weekday == null || date.getDayOfWeek() == weekday) && (latest == null || date.compareTo(latest) > 0)) {
        latest = date;
      }
    }
    return latest;
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static void add(List<LocalDate> out, int y, int m, int d) {
    try {
      out.add(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      // "February 30" is a typo, not a date.
    }
  }
}
