package newsdesk.extract.convention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lists of people as newsrooms print them ("A, B and C", "A & B", "A; B"), split into single names
 * in natural case. Shared by bylines and closing credits, which list people the same way.
 */
public final class PersonNames {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LEADING_BY = Pattern.compile("^(?i)(?:by|von|par|por)\\s+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\|)\\s*");
  private static final Pattern LOCATION = Pattern.compile("\\s+(?:in|from|at)\\s+\\p{Lu}[\\p{L} .'-]*$");
  private static final Pattern NAME_TOKEN = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|(?:de|da|del|der|den|van|von|bin|al|el|la|le|dos|du|ter)(?:-\\p{Lu}[\\p{L}'-]*)?)");
  private static final Pattern ROLE = Pattern.compile(
      "(?i)\\s*[,|-]?\\s*\\b(staff writer|staff reporter|senior (?:writer|reporter|correspondent)|correspondent|"
          + "reporter|contributor|editor|writer|columnist|political editor|business editor)s?\\b.*$");

  private static final Set<String> NOT_FIRST = Set.of("The", "A", "An", "Our", "This", "More", "New");

  private PersonNames() {}

  /** Splits a list of people; organisations (agencies, "Reuters bureaus") are kept only if {@code keepOrgs}. */
  public static List<String> split(String list, boolean keepOrgs) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    if (list == null) {
      return List.of();
    }
    for (String part : SEPARATORS.split(list.trim())) {
      String name = clean(part);
      if (name.isEmpty()) {
        continue;
      }
      if (!keepOrgs && (KnownSources.isOrganisation(name) || !looksLikeName(name))) {
        continue;
      }
      names.add(name);
    }
    return new ArrayList<>(names);
  }

  /** True when every word of {@code s} could be part of a personal name and there are two to five of them. */
  public static boolean looksLikeName(String s) {
    String[] tokens = SPACES.split(s.trim());
    if (tokens.length < 2 || tokens.length > 5 || NOT_FIRST.contains(tokens[0])) {
      return false;
    }
    for (String t : tokens) {
      if (!NAME_TOKEN.matcher(t).matches()) {
        return false;
      }
    }
    return !KnownSources.isOrganisation(s);
  }

  private static String clean(String part) {
    String s = part.trim();
    s = LOCATION.matcher(s).replaceFirst("");
    s = ROLE.matcher(s).replaceFirst("");
    s = TRAILING_PUNCTUATION.matcher(LEADING_BY.matcher(s).replaceFirst("")).replaceFirst("").trim();
    if (s.endsWith("'s") || s.isEmpty()) {
      return s;
    }
    return isAllCaps(s) ? naturalCase(s) : s;
  }

  private static boolean isAllCaps(String s) {
    boolean letters = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /** "JANE O'NEILL-SMITH" becomes "Jane O'Neill-Smith": capitalise after spaces, hyphens and apostrophes. */
  static String naturalCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.';
    }
    return out.toString();
  }
}
