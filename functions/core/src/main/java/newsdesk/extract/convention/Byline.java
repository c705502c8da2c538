package newsdesk.extract.convention;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline as printed ("By Jane Doe and John Roe in Kyiv", "JANE DOE, Associated Press",
 * "Dmitry Antonov, Tom Balmforth and Simon Lewis"): the people in it, the agency it names, if any,
 * and whether it said "By" (a surer sign than a line that merely looks like names).
 */
public record Byline(List<String> authors, String agency, boolean explicit) {

  private static final Pattern PARTS = Pattern.compile("\\s*(?:,|\\||\\band\\b|&|;)\\s*");
  private static final Pattern LOCATION = Pattern.compile("\\s+(?:in|from)\\s+\\p{Lu}.*$");
  private static final Pattern BY = Pattern.compile("^(?i:by|words by|written by|von|par|por)\\s+(.+)$");
  private static final Pattern TRAILING_DATE = Pattern.compile(
      "\\s*(?:[|•·—–-]|,)\\s*(?:published|updated|posted)?\\s*(?:\\d{1,2}\\s+\\p{L}+|\\p{L}+\\.?\\s+\\d{1,2}|\\d{4}-\\d{2}|\\d{1,2}/\\d{1,2}).*$",
      Pattern.CASE_INSENSITIVE);

  /**
   * Reads {@code line} as a byline, or returns null when it is not one. A line without "By" counts
   * only when every part is a personal name, so headlines and menu words are not taken for people.
   */
  public static Byline parse(String line) {
    if (line == null) {
      return null;
    }
    String s = line.trim();
    if (s.length() > 200 || s.isEmpty()) {
      return null;
    }
    Matcher by = BY.matcher(s);
    boolean explicit = by.matches();
    if (explicit) {
      s = by.group(1);
    }
    s = TRAILING_DATE.matcher(s).replaceFirst("");
    // Without "By", an all-capitals line is a subhead ("FRAGILE DIPLOMACY"), not two names.
    if (!explicit && (s.endsWith(".") || s.equals(s.toUpperCase(Locale.ROOT)))) {
      return null;
    }
    String agency = null;
    for (String part : PARTS.split(s)) {
      String p = KnownSources.publisher(part.trim());
      if (p != null) {
        agency = p;
      } else if (!explicit && !part.isBlank() && !PersonNames.looksLikeName(stripLocation(part))) {
        return null;
      }
    }
    List<String> people = PersonNames.split(s, false);
    if (people.isEmpty() && agency == null) {
      return null;
    }
    return new Byline(people, agency, explicit);
  }

  private static String stripLocation(String part) {
    return LOCATION.matcher(part.trim()).replaceFirst("");
  }
}
