package newsdesk.extract.html;

import java.util.regex.Pattern;

/**
 * A line inside a story that points readers elsewhere rather than telling the story: the heading of
 * a related-links box ("More on this", "Mehr zum Thema", "Artículos relacionados", "À lire aussi")
 * or a "Read also: …" lead-in to another story's headline. Recognised by wording in the languages
 * news sites commonly use, since such boxes are often marked up exactly like the story's own text.
 */
final class Signpost {

  /** Whole short lines that head a related-links or sharing box. */
  private static final Pattern HEADING = Pattern.compile("^(?:"
      + "related(?: (?:posts|stories|articles|content|links|topics))?|more (?:on|about) (?:this|the) (?:topic|story|subject)|"
      + "more (?:from|in) [\\p{L} ]{1,30}|you (?:may|might) also (?:like|enjoy|be interested in)|read (?:next|further|more)|"
      + "explore further|further reading|recommended(?: for you)?|popular (?:posts|stories)|also (?:on|in) [\\p{L}. ]{1,30}|"
      + "mehr zum thema(?: .{1,30})?|mehr dazu|mehr aus (?:dem|der) .{1,30}|mehr interessantes|lesen sie (?:auch|mehr|weiter)|"
      + "auch interessant|siehe auch|ähnliche (?:beiträge|artikel)|weitere (?:artikel|beiträge|themen|informationen(?: .{1,40})?)|"
      + "das (?:thema )?könnte (?:dich|sie|euch) auch interessieren|empfohlene (?:beiträge|artikel)|"
      + "empfehlungen aus (?:der redaktion|dem .{1,30})|weiterführende (?:links?|informationen|artikel)|"
      + "(?:artículos|noticias|contenido|notas) relacionad[oa]s?|(?:te|le) puede interesar|lee también|"
      + "à (?:lire|découvrir)(?: aussi)?|lire aussi|voir aussi|sur le même (?:sujet|thème)|articles? (?:liés|similaires)|"
      + "leggi anche|potrebbe interessarti|articoli correlati|czytaj (?:też|także|więcej)|zobacz (?:też|także)|inne artykuły.{0,30}|"
      + "teilen mit|diesen artikel teilen|share (?:this|via)|gefällt mir|like this|bewerten|artikel bewerten|drucken|print|"
      + "(?:zum )?weiterlesen|auch lesen|mehr themen|schon gelesen|lesen sie auch(?: die(?:se)? (?:folgenden )?beiträge)?|"
      + "weitere beiträge(?: .{1,40})?|(?:die )?meist ?-?(?:gelesenen?|diskutierten?|geklickten?)(?: (?:artikel|beiträge|news)"
      + "(?: .{1,30})?)?|themen im artikel|verwandte (?:themen(?:bereiche)?|artikel|beiträge)|weiterführender? links?|"
      + "noch mehr (?:infos|artikel|beiträge|themen)(?: .{1,20})?|mehr (?:zu|über) .{1,30}|lust auf mehr|"
      + "temas relacionados|veja também|leia também|infórmate más|informate más|lo más (?:leído|visto)|más noticias|"
      + "czytaj (?:więcej|również)|polecamy|najczęściej czytane|most (?:read|popular|viewed)|more (?:stories|news|articles)|"
      + "recommended reading|don'?t miss|à lire (?:aussi|également)|les plus lus|i più letti)"
      + "\\s*[:.!?…»›>→]*$");
  /** A lead-in to another story's headline: "Lesen Sie auch: …", "Lea también: …", "MIRA: …". */
  private static final Pattern LEAD_IN = Pattern.compile("^(?:read (?:also|more)|also read|see also|related|"
      + "lesen sie (?:auch|mehr|hier)|mehr zum thema|siehe auch|auch interessant|"
      + "lea (?:también|más)|lee (?:también|más)|lea|vea (?:también|más)|mira|mire|(?:le|te) puede interesar|"
      + "à lire aussi|lire aussi|voir aussi|leggi anche|czytaj (?:też|także|więcej)|zobacz (?:też|także)|"
      + "(?:zum )?weiterlesen|auch lesen|schon gelesen\\?|lesetipp|sehen sie auch|puedes ver|ver también|"
      + "leia (?:também|mais)|veja (?:também|mais)|dowiedz się więcej|czytaj również|polecamy)\\s*[:：»]");
  private static final int MAX_HEADING_WORDS = 8;
  private static final int MAX_LEAD_IN_WORDS = 30;

  private Signpost() {}

  /** Whether {@code line} (whitespace-normalized) is a signpost, not story text. */
  static boolean is(String line) {
    return is(new Line(line));
  }

  /** As {@link #is(String)}, for a line other rules read too. */
  static boolean is(Line line) {
    return judge(line, true);
  }

  /** As {@link #is(String)}, with every short line tried against the lead-in pattern: what the mark check must not change. */
  static boolean isUnguarded(String line) {
    return judge(new Line(line), false);
  }

  private static boolean judge(Line line, boolean guarded) {
    if (line.length() > 300) {
      return false;
    }
    // Lower case with no-break spaces made plain: "À lire aussi&nbsp;:" would defeat the patterns' \\s.
    String lower = line.lower();
    int words = line.wordsUpTo(MAX_LEAD_IN_WORDS + 1);
    return words <= MAX_HEADING_WORDS && HEADING.matcher(lower).matches()
        || words <= MAX_LEAD_IN_WORDS && (!guarded || hasLeadInMark(lower)) && LEAD_IN.matcher(lower).find();
  }

  /**
   * Whether the line holds a colon or a guillemet, which every lead-in ends with: most short story
   * lines hold none, and are not tried against the lead-in's alternatives at each of their positions.
   */
  private static boolean hasLeadInMark(String lower) {
    return lower.indexOf(':') >= 0 || lower.indexOf('：') >= 0 || lower.indexOf('»') >= 0;
  }
}
