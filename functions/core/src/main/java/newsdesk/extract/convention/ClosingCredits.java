package newsdesk.extract.convention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.article.Credits;

/**
 * The credit line that closes a wire story: {@code (Additional reporting by …, Writing by …, Editing
 * by …)}, {@code (Reporting by …; Editing by …)}, or a sentence such as {@code Jane Doe in Oslo
 * contributed to this report.} Recognising it matters twice: it is not a paragraph, and it marks the
 * end of the story, after which a page dump shows only chrome.
 */
public final class ClosingCredits {

  private static final Pattern ROLE = Pattern.compile(
      "(?i)\\b(additional reporting|reporting|writing|written|editing|edited|compiled|compiling|"
          + "graphics|production|produced|research|translation|translated)\\s+by\\s+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;]+$");
  private static final Pattern BRACKETED = Pattern.compile("^\\s*[(\\[]\\s*(.+?)\\s*[)\\]]\\s*\\.?\\s*$");
  private static final Pattern CONTRIBUTED = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:(?:associated press|reuters|afp|bloomberg)\\s+(?:writers?|reporters?|journalists?|correspondents?)\\s+)?"
          + "(.+?)\\s+(?:also\\s+)?contributed(?:\\s+reporting)?(?:\\s+to\\s+(?:this|the)\\s+(?:report|story|article))?\\.?\\s*$");

  private ClosingCredits() {}

  /**
   * Whether {@code line} holds "contributed" in any case: {@link #CONTRIBUTED} cannot match without
   * it (its (?i) folds ASCII only, and regionMatches ignoring case accepts at least that).
   */
  private static boolean mentionsContributed(String line) {
    for (int i = 0, last = line.length() - 11; i <= last; i++) {
      char c = line.charAt(i);
      if ((c == 'c' || c == 'C') && line.regionMatches(true, i, "contributed", 0, 11)) {
        return true;
      }
    }
    return false;
  }

  /** The credits in {@code line}, or null when the line is not a closing credit line. */
  public static Credits parse(String line) {
    return parse(line, true);
  }

  /** As {@link #parse(String)}, with every line tried against the patterns: what the word check must not change. */
  static Credits parseUnguarded(String line) {
    return parse(line, false);
  }

  private static Credits parse(String line, boolean guarded) {
    if (line == null || line.length() > 600) {
      return null;
    }
    Matcher b = BRACKETED.matcher(line);
    if (b.matches()) {
      return roles(b.group(1));
    }
    // Every line of a body is asked: one without the word is spared the pattern's lazy scan.
    if (guarded && !mentionsContributed(line)) {
      return null;
    }
    Matcher c = CONTRIBUTED.matcher(line.strip());
    if (c.matches() && line.length() < 300) {
      List<String> people = PersonNames.split(c.group(1), false);
      return people.isEmpty() ? null : new Credits(List.of(), List.of(), List.of(), people);
    }
    return null;
  }

  private static Credits roles(String inner) {
    Matcher m = ROLE.matcher(inner);
    List<int[]> spans = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      roles.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    if (spans.isEmpty() || spans.get(0)[0] > 0) {
      return null;
    }
    List<String> additional = new ArrayList<>();
    List<String> writing = new ArrayList<>();
    List<String> editing = new ArrayList<>();
    List<String> contributors = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : inner.length();
      String names = TRAILING_PUNCTUATION.matcher(inner.substring(spans.get(i)[1], end)).replaceAll("");
      String role = roles.get(i);
      List<String> target = role.startsWith("additional") ? additional
          : role.startsWith("writ") ? writing
          : role.startsWith("edit") ? editing
          : contributors;
      // "Reuters bureaus" is a real credit even though it is not a person.
      target.addAll(PersonNames.split(names, true));
    }
    return new Credits(additional, writing, editing, contributors);
  }
}
