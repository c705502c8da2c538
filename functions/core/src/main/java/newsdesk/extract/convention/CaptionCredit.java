package newsdesk.extract.convention;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a picture caption from the credit printed at its end, following the conventions of the
 * agencies and papers: {@code REUTERS/Name}, {@code (AP Photo/Name)}, {@code (Photo by Name / AFP)},
 * {@code Photograph: Name/AP}, {@code Name/Getty Images}. A line that ends in such a credit is a
 * caption wherever it stands in a text dump, which is how captions are told from paragraphs.
 */
public record CaptionCredit(String text, String credit) {

  private static final String NAME = "[\\p{L}\\p{M}0-9 .,'’&/\\-]";
  /** What a line must hold for a credit pattern to be worth trying: see {@link #mayEndIn}. */
  private static final int SLASH = 0;
  private static final int CLOSING_BRACKET = 1;
  private static final int COLON = 2;
  private static final int PICTURE_AGENCY_AT_END = 3;
  /** A credit pattern beside the mark it needs, so that neither can move without the other. */
  private record Trailing(Pattern pattern, int mark) {}
  private static final List<Trailing> TRAILING = List.of(
      // REUTERS/Sergey Pivovarov, REUTERS/Name/File Photo, Reuters/Name
      new Trailing(Pattern.compile("^(.*?)\\s*[(\\[]?((?:REUTERS|Reuters|AFP|EPA|EPA-EFE|AP|ANADOLU|XINHUA)/" + NAME + "+?)[)\\]]?\\s*$"),
          SLASH),
      // (AP Photo/Name), (Photo by Name / AFP), (Name/Getty Images), [Credit: …]
      new Trailing(Pattern.compile("^(.*?)\\s*[(\\[]((?:AP Photo|AP|Photo|Photos|Picture|Image|Credit|Photograph|Pool Photo|Foto)\\b"
          + "[^()\\[\\]]+)[)\\]]\\s*$"), CLOSING_BRACKET),
      new Trailing(Pattern.compile("^(.*?)\\s*[(\\[]([^()\\[\\]]*(?:Getty Images|Shutterstock|Alamy|AFP|Associated Press|Reuters|EPA|Bloomberg|Pool|Handout)[^()\\[\\]]*)[)\\]]\\s*$"),
          CLOSING_BRACKET),
      // Photograph: Name/AP — Photo: Name — Credit: Name
      new Trailing(Pattern.compile("^(.*?)\\s*((?:Photograph|Photo|Photos|Picture|Image|Credit|Illustration|Photo credit|Foto)s?:\\s*" + NAME + "+?)\\s*$"),
          COLON),
      // Name/Getty Images, AFP via Getty Images
      new Trailing(Pattern.compile("^(.*?[.!?”\"])\\s*(" + NAME + "{0,60}?(?:Getty Images|Shutterstock|Alamy Stock Photo))\\s*$"),
          PICTURE_AGENCY_AT_END));

  /**
   * Labels that only announce a credit ("Photograph:", "Photo by") are dropped; agency forms such as
   * "AP Photo/Name" and "REUTERS/Name" are the credit itself and are kept as printed.
   */
  private static final Pattern LABEL = Pattern.compile(
      "^(?:Photograph|Photo|Photos|Picture|Image|Credit|Illustration|Photo credit|Foto)s?(?::\\s*|\\s+by\\s+)");

  /** The caption with its credit split off, or null when {@code line} carries no credit. */
  public static CaptionCredit split(String line) {
    return split(line, true);
  }

  /** As {@link #split(String)}, with every line tried against every pattern: what {@link #mayEndIn} must not change. */
  static CaptionCredit splitUnguarded(String line) {
    return split(line, false);
  }

  private static CaptionCredit split(String line, boolean guarded) {
    if (line == null) {
      return null;
    }
    String s = line.strip();
    if (s.length() > 1200) {
      return null;
    }
    for (int i = 0; i < TRAILING.size(); i++) {
      Trailing trailing = TRAILING.get(i);
      if (guarded && !mayEndIn(s, trailing.mark())) {
        continue;
      }
      Matcher m = trailing.pattern().matcher(s);
      if (m.matches()) {
        String text = m.group(1).strip();
        String credit = m.group(2).strip();
        if (credit.length() < 3 || Words.countUpTo(credit, 12) > 12 || credit.endsWith(".")) {
          continue;
        }
        return new CaptionCredit(text, LABEL.matcher(credit).replaceFirst(""));
      }
    }
    return null;
  }

  /**
   * What a line needs for a pattern of {@link #TRAILING} needing {@code mark} to match it: the agency's "/", a
   * closing bracket at the end, the label's colon, the picture agency's name at the end. Each pattern
   * opens with a lazy {@code ^(.*?)} tried at every length of the line; most lines (a text dump's
   * every paragraph) hold no such mark and are not tried. {@code $} also matches before a last line
   * terminator (stripping leaves U+0085, which Java does not count as whitespace), so the end is
   * also read before that and the spaces before it.
   */
  private static boolean mayEndIn(String s, int mark) {
    int end = s.length();
    if (end > 0 && isLineTerminator(s.charAt(end - 1))) {
      int e = end - 1;
      while (e > 0 && " \t\n\u000B\f\r".indexOf(s.charAt(e - 1)) >= 0) {
        e--; // the patterns' closing \\s*
      }
      if (mayEndIn(s, mark, e)) {
        return true;
      }
    }
    return mayEndIn(s, mark, end);
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean mayEndIn(String s, int mark, int end) {
    // Read up to end: the named agencies at the very end, or a bracket as the last character.
    char last = end > 0 ? s.charAt(end - 1) : 0;
    return switch (mark) {
      case SLASH -> s.indexOf('/') >= 0;
      case CLOSING_BRACKET -> last == ')' || last == ']';
      case COLON -> s.indexOf(':') >= 0;
      default -> s.startsWith("Getty Images", end - 12) || s.startsWith("Shutterstock", end - 12)
          || s.startsWith("Alamy Stock Photo", end - 17);
    };
  }
}
