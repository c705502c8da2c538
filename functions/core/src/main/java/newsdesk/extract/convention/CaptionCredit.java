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
  private static final List<Pattern> TRAILING = List.of(
      // REUTERS/Sergey Pivovarov, REUTERS/Name/File Photo, Reuters/Name
      Pattern.compile("^(.*?)\\s*[(\\[]?((?:REUTERS|Reuters|AFP|EPA|EPA-EFE|AP|ANADOLU|XINHUA)/" + NAME + "+?)[)\\]]?\\s*$"),
      // (AP Photo/Name), (Photo by Name / AFP), (Name/Getty Images), [Credit: …]
      Pattern.compile("^(.*?)\\s*[(\\[]((?:AP Photo|AP|Photo|Photos|Picture|Image|Credit|Photograph|Pool Photo|Foto)\\b" + "[^()\\[\\]]+)[)\\]]\\s*$"),
      Pattern.compile("^(.*?)\\s*[(\\[]([^()\\[\\]]*(?:Getty Images|Shutterstock|Alamy|AFP|Associated Press|Reuters|EPA|Bloomberg|Pool|Handout)[^()\\[\\]]*)[)\\]]\\s*$"),
      // Photograph: Name/AP — Photo: Name — Credit: Name
      Pattern.compile("^(.*?)\\s*((?:Photograph|Photo|Photos|Picture|Image|Credit|Illustration|Photo credit|Foto)s?:\\s*" + NAME + "+?)\\s*$"),
      // Name/Getty Images, AFP via Getty Images
      Pattern.compile("^(.*?[.!?”\"])\\s*(" + NAME + "{0,60}?(?:Getty Images|Shutterstock|Alamy Stock Photo))\\s*$"));

  /**
   * Labels that only announce a credit ("Photograph:", "Photo by") are dropped; agency forms such as
   * "AP Photo/Name" and "REUTERS/Name" are the credit itself and are kept as printed.
   */
  private static final Pattern LABEL = Pattern.compile(
      "^(?:Photograph|Photo|Photos|Picture|Image|Credit|Illustration|Photo credit|Foto)s?(?::\\s*|\\s+by\\s+)");

  /** The caption with its credit split off, or null when {@code line} carries no credit. */
  public static CaptionCredit split(String line) {
    if (line == null) {
      return null;
    }
    String s = line.strip();
    if (s.length() > 1200) {
      return null;
    }
    for (Pattern p : TRAILING) {
      Matcher m = p.matcher(s);
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
}
