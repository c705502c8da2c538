package newsdesk.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The normalizations the evaluation compares under, in one place so that the scoring rules in
 * {@code docs/evaluation.md} can be checked against a single file: trafilatura's whitespace
 * folding for body segments, a case/whitespace/quote/entity fold for metadata strings, the calendar
 * day of a date, author names as a set, and the word bag of a text for token F1.
 */
public final class Fold {

  private static final Pattern DAY = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})[-.](\\d{1,2})(?!\\d)");
  // Gold bylines join several people with these; our authors are one name each by contract.
  private static final Pattern NAME_SEPARATORS =
      Pattern.compile("\\s*(?:[,;&|/]|\\band\\b|\\bund\\b)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern BY_PREFIX = Pattern.compile("^(?:by|von)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Fold() {}

  /**
   * Whitespace-normalizes as trafilatura's scorer does ({@code re.sub(r"\s+", " ", s).strip()}):
   * Python's {@code \s} on text covers the Unicode spaces, non-breaking ones included, so the same
   * set is folded here, and a segment matches whatever way the page happened to break its lines.
   */
  public static String whitespace(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isPythonSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean isPythonSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /**
   * Folds a metadata string for comparison: HTML entities decoded (some gold values carry them),
   * NFKC, typographic quotes and apostrophes mapped to ASCII, lower-cased, whitespace collapsed.
   * Returns null for null or blank input, so "no value" never equals "empty value" by accident.
   */
  public static String meta(String s) {
    if (s == null) {
      return null;
    }
    String t = Normalizer.normalize(Parser.unescapeEntities(s, false), Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> out.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> out.append('"');
        default -> out.append(c);
      }
    }
    String folded = whitespace(out.toString().toLowerCase(Locale.ROOT));
    return folded.isEmpty() ? null : folded;
  }

  /** The calendar day {@code yyyy-MM-dd} a date string starts with, or null; the time and zone are ignored. */
  public static String day(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = DAY.matcher(s);
    if (!m.find()) {
      return null;
    }
    return String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1),
        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  /**
   * The folded set of person names in a gold author value (a string or a list of strings): split
   * on commas, semicolons, ampersands, slashes, bars, "and"/"und", with a leading "by"/"von" removed.
   */
  public static Set<String> goldNames(Object gold) {
    List<String> parts = new ArrayList<>();
    if (gold instanceof Collection<?> list) {
      list.forEach(o -> parts.add(String.valueOf(o)));
    } else if (gold != null) {
      parts.add(String.valueOf(gold));
    }
    Set<String> names = new LinkedHashSet<>();
    for (String part : parts) {
      for (String piece : NAME_SEPARATORS.split(part)) {
        String name = meta(BY_PREFIX.matcher(piece.strip()).replaceFirst(""));
        if (name != null) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** Our authors as a folded set; not split further, since the article contract holds one name per entry. */
  public static Set<String> names(List<String> authors) {
    Set<String> names = new LinkedHashSet<>();
    for (String a : authors) {
      String name = meta(a);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  /** Lower-cased words (runs of letters and digits) of a text, in order. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    for (String w : WORD_SPLIT.split(text.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** The bag of words of a text: each lower-cased word with its count. */
  public static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    for (String w : words(text)) {
      bag.merge(w, 1, Integer::sum);
    }
    return bag;
  }
}
