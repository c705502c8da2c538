package newsdesk.extract.convention;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a story: {@code KYIV, Jan 27 (Reuters) -}, {@code OSLO, Norway (AP) —},
 * {@code WASHINGTON —}. Yields the place as printed, the agency named in the tag, the month and day
 * when printed, and the paragraph text that follows.
 */
public record Dateline(String place, String agency, String monthDay, String rest) {

  private static final Pattern AGENCY_SUFFIX = Pattern.compile("\\s*/.*$");
  private static final String PLACE = "(\\p{Lu}[\\p{Lu}\\p{M} .'’\\-]*\\p{Lu}(?:,\\s+\\p{Lu}[\\p{L}.'’\\- ]{1,30}?)?)";
  private static final String DATE = "(?:,\\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\p{L}*\\.?\\s+\\d{1,2}))?";
  private static final Pattern WITH_AGENCY = Pattern.compile(
      "^" + PLACE + DATE + "\\s*\\(([^()]{2,40})\\)\\s*[-—–]+\\s*(.+)$", Pattern.DOTALL);
  private static final Pattern PLAIN = Pattern.compile(
      "^(\\p{Lu}[\\p{Lu}\\p{M} .'’\\-]{2,}\\p{Lu}(?:,\\s+\\p{Lu}[\\p{L}.'’\\- ]{1,30}?)?)" + DATE + "\\s+[—–]+\\s*(.+)$",
      Pattern.DOTALL);

  /** The dateline at the start of {@code paragraph}, or null when it has none. */
  public static Dateline parse(String paragraph) {
    if (paragraph == null) {
      return null;
    }
    Matcher m = WITH_AGENCY.matcher(paragraph);
    if (m.matches()) {
      String agency = KnownSources.publisher(AGENCY_SUFFIX.matcher(m.group(3)).replaceAll("").trim());
      return new Dateline(m.group(1).trim(), agency == null ? m.group(3).trim() : agency, m.group(2), m.group(4).trim());
    }
    m = PLAIN.matcher(paragraph);
    if (m.matches() && m.group(1).length() <= 40) {
      return new Dateline(m.group(1).trim(), null, m.group(2), m.group(3).trim());
    }
    return null;
  }
}
