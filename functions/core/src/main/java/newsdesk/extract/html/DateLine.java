package newsdesk.extract.html;

import java.util.regex.Pattern;
import newsdesk.extract.convention.PublicationDate;
import newsdesk.extract.convention.Words;

/**
 * A line that prints when the story was published or updated and nothing else ("Publiziert:
 * 03.04.2020, 12:35", "15. Mai 2019, 05:28 Uhr", "16 marca 2021", "Donnerstag, 31. Mai 2012"):
 * the page's metadata repeated inside the story's container. A date in any of the common numeric
 * forms or with a month name in one of several languages, plus at most two other words (a label or
 * a weekday), and no sentence ending. {@code PublicationDate.isTimestamp} reads English lines;
 * this one reads the others, with its own month prefixes and {@code PublicationDate}'s month names.
 */
final class DateLine {

  private static final String MONTH = "(?:jan|feb|fév|fev|mär|mae|mar|apr|avr|abr|mai|may|mag|maj|mei|jun|jui|giu|jul|"
      + "lug|aug|ago|aoû|sep|set|okt|oct|ott|nov|dez|dec|déc|dic|ene|gen|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru)\\p{L}*\\.?";
  private static final Pattern DATE = Pattern.compile("(?iu)\\b\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:19|20)\\d\\d\\b|"
      + "\\b(?:19|20)\\d\\d-\\d\\d-\\d\\d\\b|\\b\\d{1,2}/\\d{1,2}/(?:19|20)\\d\\d\\b|"
      + "\\b\\d{1,2}\\.?\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:de\\s+)?(?:19|20)\\d\\d\\b|"
      + "\\b" + MONTH + "\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d\\b");
  private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}[:.]\\d\\d(?:\\s*(?:uhr|h|am|pm)\\b)?");
  private static final Pattern PUNCTUATION = Pattern.compile("[\\s,;:|/•·–—()\\[\\]-]+");
  private static final int MAX_CHARS = 80;
  private static final int MAX_OTHER_WORDS = 2;

  private DateLine() {}

  /** The date pattern, which matches only where {@link PublicationDate#mayHoldYear} holds. */
  static Pattern date() {
    return DATE;
  }

  /** Whether {@code line} (whitespace-normalized) is a publication or update date line. */
  static boolean is(String line) {
    // Nearly every line is longer than a date line: told from its ends, before the copy below.
    if (strippedLength(line) > MAX_CHARS) {
      return false;
    }
    // No-break spaces join a date's parts ("16&nbsp;marca&nbsp;2021"), which \\s does not match.
    String s = line.replace('\u00a0', ' ').strip();
    if (s.length() > MAX_CHARS || !PublicationDate.mayHoldYear(s)) {
      return false;
    }
    // This list's month names, then the ones only PublicationDate's table has (Cyrillic, Finnish, …).
    String rest = PublicationDate.withoutNamedMonthDates(DATE.matcher(s).replaceAll(" "));
    if (rest.length() == s.length()) {
      return false;
    }
    rest = PUNCTUATION.matcher(TIME.matcher(rest).replaceAll(" ")).replaceAll(" ").strip();
    // "Er starb 31. Mai 2012." is a sentence; a bare date may end in its own dot.
    return rest.isEmpty() || !s.endsWith(".") && Words.countUpTo(rest, MAX_OTHER_WORDS + 1) <= MAX_OTHER_WORDS;
  }

  /** The length of {@code line.replace('\u00a0', ' ').strip()}, without making it. */
  static int strippedLength(String line) {
    int from = 0;
    int to = line.length();
    while (from < to && isSpace(line.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(line.charAt(to - 1))) {
      to--;
    }
    return to - from;
  }

  private static boolean isSpace(char c) {
    return c == '\u00a0' || Character.isWhitespace(c);
  }
}
