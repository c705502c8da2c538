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
  /** The words {@link #BY} opens with; "words by" and "written by" are read by their first word's test. */
  private static final String[] BY_WORDS = {"by", "von", "par", "por", "words by", "written by"};
  private static final Pattern BY = Pattern.compile("^(?i:by|words by|written by|von|par|por)\\s*:?\\s+(.+)$");
  /** What separated the names from a date cut off after them ("Ana Ruiz - mayo 11, 2022"). */
  private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[\\s|•·—–,-]+$");
  /** A social-media handle printed beside the name ("Ana Ruiz @anaruiz"): no part of it. */
  private static final Pattern MENTION = Pattern.compile("(?:^|\\s+)@[\\p{L}\\p{N}_.]+");
  private static final Pattern TRAILING_DATE = Pattern.compile(
      "\\s*(?:[|•·—–-]|,)\\s*(?:published|updated|posted)?\\s*(?:\\d{1,2}\\.?\\s+\\p{L}+|\\p{L}+\\.?\\s+\\d{1,2}|\\d{4}-\\d{2}|\\d{1,2}/\\d{1,2}).*$",
      Pattern.CASE_INSENSITIVE);
  /** A full date printed right after the names without a separator: "By JANE DOE March 11, 2015 3:46 PM". */
  private static final Pattern TRAILING_FULL_DATE = Pattern.compile(
      "\\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\\.?,?\\s+)?(?:(?:jan|feb|mar|mär|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)[a-z]*\\.?\\s+"
          + "\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\.?\\s+(?:jan|feb|mar|mär|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)[a-z]*\\.?,?\\s+\\d{4}"
          + "|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b.*$",
      Pattern.CASE_INSENSITIVE);
  /**
   * A day printed after the names with a preposition: "Par Ana Ruiz le 7 mai 2020", "von Jo Weber am
   * 24. Juli", "by Jo Weber on 1st March 2023", "… on March 1, 2023".
   */
  private static final Pattern TRAILING_DAY = Pattern.compile(
      "\\s+(?iu:le|am|on|el|il|op|den|du)\\s+(?:\\p{L}+\\.?\\s+)?\\d{1,2}(?:st|nd|rd|th|er|\\.)?(?:\\s|,|$).*$");
  /**
   * What byline boxes print before the names: "Posted on 3 March 2023 by", "Alle Artikel von",
   * "Veröffentlicht von", "Author", "Autorin:". Words that only label (Text, Interview, Redaktion)
   * count with a colon, since alone they are a signature of nobody, which is kept for the caller to drop.
   */
  private static final Pattern LEAD_IN = Pattern.compile("^(?iu:"
      + "(?:posted|published|written|submitted|veröffentlicht|geschrieben|verfasst|erstellt|eingestellt|publié|écrit|"
      + "publicado|escrito|pubblicato|scritto)\\b.{0,60}?\\s(?:by|von|par|por|da|de)"
      + "|(?:(?:alle|all|more|mehr|weitere|view all|see all|zeige alle)\\s+)?(?:artikel|articles|beiträge|posts|stories|texte)"
      + "\\s+(?:von|by|de|par)"
      + "|alles\\s+von|blog\\s*beitrag\\s+von|ein\\s+(?:beitrag|artikel)\\s+von"
      + "|(?:(?:eine?|an?)\\s+)?(?:kolumne|glosse|reportage|analyse|kommentar|gastbeitrag|gastkommentar|essay|column|"
      + "opinion|commentary|analysis)\\s+(?:von|by)"
      + "|(?:authors?|autor(?:in|en)?|auteur(?:e|s)?|autore)\\s*:?"
      + "|(?:text|texte|interview|redaktion|reporter|words|photos?|fotos?)\\s*:"
      + "|(?:text|texte|words)\\s*(?:&|und|and|\\+|/)\\s*(?:fotos?|photos?|bilder)\\s*:|text\\s+von"
      + ")\\s+(?=\\S)");
  /** A link to the author's other stories printed after the name: "Jane Doe Alle Artikel", "… More articles". */
  private static final Pattern TRAILING_MORE = Pattern.compile(
      "\\s+(?iu:alle|all|more|mehr|weitere|view all|see all)\\s+(?iu:artikel|articles|posts|beiträge|stories)\\b.*$");
  /**
   * Another credit printed after the writers' names: "… Quelle: Livenet", "… Photos: Jo Roe", "… Illustration
   * von Ana Ruiz". Only with its colon or "von"/"by", so a name that is such a word stays.
   */
  private static final Pattern TRAILING_CREDIT = Pattern.compile(
      "\\s+(?iu:quelle|source|fuente|fotos?|photos?|photographs?|bilder?|illustrations?|illustrationen|grafiken?|graphics?)"
          + "\\s*(?::|(?:von|by)\\s).*$");
  /** The team the writers belong to, after a dash: "… and Ana Ruiz - Valley Safe Browsing team". */
  private static final Pattern TRAILING_TEAM = Pattern.compile(
      "\\s+[-–—|]\\s+(?:the\\s+)?[\\p{L}\\p{N}&' .-]{1,60}?\\s(?iu:team|desk|staff|newsroom|redaktion|ressort)$");
  /** "(avec Jonas Weber et Ana Ruiz)": more people in parentheses after the first name. */
  private static final Pattern WITH_PARENTHESIS = Pattern.compile("\\(\\s*(?i:avec|with|mit|con|and|und|et|y)\\s+([^()]*)\\)");
  private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]*)\\)");

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
    // "By" glued to the name where the two stand in separate elements ("ByAlex Bozarjian").
    if (s.length() > 3 && s.startsWith("By") && Character.isUpperCase(s.charAt(2))
        && (Character.isLowerCase(s.charAt(3)) || s.charAt(3) == '.')) {
      s = "By " + s.substring(2);
    }
    Matcher by = BY.matcher(s);
    boolean explicit = by.matches();
    if (explicit) {
      s = by.group(1);
    }
    if (s.indexOf('@') >= 0) {
      s = MENTION.matcher(s).replaceAll("");
    }
    s = TRAILING_CREDIT.matcher(s).replaceFirst("");
    s = TRAILING_TEAM.matcher(s).replaceFirst("");
    s = TRAILING_DAY.matcher(s).replaceFirst("");
    // A full date first: the looser pattern would leave its weekday ("… Thursday, November 2, 2023").
    s = TRAILING_DATE.matcher(TRAILING_FULL_DATE.matcher(s).replaceFirst("")).replaceFirst("");
    s = TRAILING_SEPARATOR.matcher(s).replaceFirst("");
    s = TRAILING_MORE.matcher(s).replaceFirst("");
    if (explicit) {
      s = withoutParentheses(s);
    }
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

  /**
   * Whether {@code line} may open with the "By" {@link #parse} reads as explicit (its words, glued to
   * the name or not): a cheap test to turn most lines away before the patterns run.
   */
  public static boolean mayBeExplicit(String line) {
    for (String by : BY_WORDS) {
      if (line.regionMatches(true, 0, by, 0, by.length())) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} without the lead-in or label a byline box prints before its names, if it has one. */
  public static String withoutLeadIn(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = LEAD_IN.matcher(text.strip());
    return m.find() ? text.strip().substring(m.end()).strip() : text.strip();
  }

  /**
   * Parentheses after a name hold more people ("(avec …)"), an agency ("(AP)"), or a role, a URL
   * or an affiliation, which are no part of anyone's name.
   */
  private static String withoutParentheses(String s) {
    if (s.indexOf('(') < 0) {
      return s;
    }
    String joined = WITH_PARENTHESIS.matcher(s).replaceAll(", $1");
    Matcher m = PARENTHESIS.matcher(joined);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String inside = m.group(1).strip();
      m.appendReplacement(out, Matcher.quoteReplacement(KnownSources.publisher(inside) != null ? ", " + inside : ""));
    }
    m.appendTail(out);
    return out.toString().strip();
  }

  private static String stripLocation(String part) {
    return LOCATION.matcher(part.trim()).replaceFirst("");
  }
}
