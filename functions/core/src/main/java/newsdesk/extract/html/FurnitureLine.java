package newsdesk.extract.html;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A short line of page furniture left inside the story's container, recognised by its wording in
 * the languages news sites commonly use: a tags or topics line ("Schlagworte: Klima, Energie"),
 * a link back to a listing ("Zurück zur Übersicht", "Back to all news"), a reading time
 * ("5 min read", "11 minut czytania"), a tool ("Rezept drucken", "PDF version", "Merken") or a
 * comment prompt ("Keine Kommentare", "Leave a comment"), a closing source line ("Quelle: dpa") or
 * the heading of an author box ("Über den Autor"). Such lines are often marked up exactly
 * like the story's text, so markup cleaning leaves them; they are told by being short and worded
 * as nothing but that.
 */
final class FurnitureLine {

  /** A label of a tags or topics list, followed by the list (which never ends like a sentence). */
  private static final Pattern TAGS = Pattern.compile("^(?:(?:tags?|schlagw[oö]rte?(?: zum thema)?|stichw[oö]rte?|"
      + "themen(?: im artikel| zum artikel)?|topics?|keywords?|etiquetas|temas(?: relacionados)?|tagi|tematy|"
      + "mots[- ]clés|argomenti|kategorien?|categor(?:y|ies|ías?|ia|ie))\\s*(?:[:：]\\s*[^.!?]*)?|"
      + "(?:tagged(?: with)?|markiert mit|filed under|posted in|abgelegt unter)\\s*[:：]?\\s*[^.!?]*)$");
  /** A link back to a listing or the front page, or on to the next story. */
  private static final Pattern BACK = Pattern.compile("^[«<←‹\\s]*(?:zurück(?: (?:zu[rm]?|zu den|zu allen) .{1,40})?|"
      + "back(?: to .{1,40})?|volver(?: a .{1,40})?|retour(?: (?:à|aux?) .{1,40})?|torna(?: a .{1,40})?|"
      + "powrót(?: do .{1,40})?|voltar(?: para .{1,40})?|zur (?:startseite|übersicht|listenansicht)|"
      + "(?:nächster|vorheriger) (?:artikel|beitrag)|(?:next|previous) (?:article|post|story)|nach oben|to top|"
      + "back to top|weiter)\\s*[»>→›]*$");
  /** "5 min read", "Lesezeit: 3 Minuten", "11 minut czytania", "Reading time: 4 minutes". */
  private static final Pattern READING_TIME = Pattern.compile("^(?:(?:lesezeit|lesedauer|reading time|read time|"
      + "tiempo de lectura|temps de lecture|czas czytania)\\s*[:：]?\\s*)?(?:ca\\.\\s*|about\\s*)?\\d+\\s*"
      + "(?:min\\.?|mins|minutes?|minuten|minut|minuty|minutos|minuti)\\s*(?:read|reading|lesezeit|lesen|czytania|"
      + "de lectura|di lettura|de leitura|de lecture)?$");
  /** Tools next to the story: print, save, send, PDF, show or hide. */
  private static final Pattern TOOL = Pattern.compile("^(?:(?:rezept|artikel|seite|beitrag|recipe|page|article) )?"
      + "(?:drucken|ausdrucken|print|imprimir|imprimer|stampa|drukuj)$|^(?:merken|speichern|senden|versenden|"
      + "compartir(?: nota)?|partager|condividi|udostępnij)$|^(?:pdf(?: version| herunterladen| download)?|"
      + "download (?:as )?pdf|.{1,40} als pdf(?: herunterladen)?)$|^(?:bild(?:er)?|quellen) (?:anzeigen|ausblenden|"
      + "einblenden)$|^externer inhalt$|^(?:möchten sie|willst du|möchtest du) (?:den|diesen) (?:artikel|beitrag) "
      + "teilen\\??$");
  /** Comment counts and prompts. */
  private static final Pattern COMMENTS = Pattern.compile("^(?:(?:keine|no|sin|aucun|brak|\\d+|alle \\d+) )?"
      + "(?:kommentare?|comments?|comentarios?|commentaires?|komentarz[ey]?)(?: (?:schreiben|lesen|anzeigen|"
      + "im forum lesen|\\(\\d+\\)))?\\s*[:→»]*$|^(?:kommentieren sie|kommentar schreiben|leave a (?:comment|reply)|"
      + "write a comment|sie sind (?:aktuell )?nicht eingeloggt\\.?|you must be logged in to post a comment\\.?)");
  /** A source line closing a report ("Quelle: Landesregierung", "Źródło:") and an author box's heading. */
  private static final Pattern SOURCE_OR_AUTHOR = Pattern.compile("^(?:quellen?(?:angaben?)?|bildquellen?|źródło|źródła|"
      + "fuentes?|fontes?|sources?)\\s*[:：](?:\\s*[^.!?]{0,80})?$|^(?:über den autor|über die autorin|about the author|"
      + "o autorze|sobre el autor|sobre la autora|à propos de l'auteur)\\s*[:.]?$");
  private static final int MAX_WORDS = 12;
  /**
   * How a furniture line can begin, in lower case: every alternative of the patterns above is
   * anchored at the line's start and opens with one of these words (after {@link #BACK}'s arrows),
   * with a digit ({@link #READING_TIME}, {@link #COMMENTS}), or holds {@link #PDF_NAME}. A short
   * line beginning otherwise, as nearly every line of a story does, is turned away before six
   * matchers are made and tried; {@code FurnitureLineTest} checks that the decisions stay the same.
   */
  private static final List<String> STARTS = List.of(
      // TAGS
      "tag", "schlagw", "stichw", "themen", "topic", "keyword", "etiquetas", "tema", "mots", "argomenti", "kategorie",
      "categor", "markiert mit", "filed under", "posted in", "abgelegt unter",
      // BACK (after its arrows)
      "zurück", "back", "volver", "retour", "torna", "powrót", "voltar", "zur ", "nächster ", "vorheriger ", "next ",
      "previous ", "nach oben", "to top", "weiter",
      // READING_TIME (or a digit)
      "lesezeit", "lesedauer", "reading time", "read time", "tiempo de lectura", "temps de lecture", "czas czytania",
      "ca.", "about",
      // TOOL (or PDF_NAME)
      "rezept", "artikel", "seite", "beitrag", "recipe", "page", "article", "drucken", "ausdrucken", "print", "imprimir",
      "imprimer", "stampa", "drukuj", "merken", "speichern", "senden", "versenden", "compartir", "partager", "condividi",
      "udostępnij", "pdf", "download ", "bild", "quellen ", "externer inhalt", "möchten sie ", "willst du ",
      "möchtest du ",
      // COMMENTS (or a digit)
      "keine ", "no ", "sin ", "aucun ", "brak ", "alle ", "kommentar", "comment", "comentario", "commentaire", "komentarz",
      "kommentieren sie", "leave a ", "write a comment", "sie sind ", "you must be logged in",
      // SOURCE_OR_AUTHOR
      "quelle", "bildquelle", "źródł", "fuente", "fonte", "source", "über den autor", "über die autorin", "o autorze",
      "sobre el autor", "sobre la autora", "à propos de l'auteur");
  /** The one part of {@link #TOOL} not at a line's start: "Pressemitteilung als PDF". */
  private static final String PDF_NAME = " als pdf";

  private FurnitureLine() {}

  /** Whether {@code line} (whitespace-normalized) is a furniture line, not story text. */
  static boolean is(String line) {
    return is(new Line(line));
  }

  /** As {@link #is(String)}, for a line other rules read too. */
  static boolean is(Line line) {
    if (line.length() > 200 || line.wordsUpTo(MAX_WORDS + 1) > MAX_WORDS) {
      return false;
    }
    // Lower case with no-break spaces made plain: pages glue numbers to units with them ("11&nbsp;min"),
    // which \\s does not match.
    String lower = line.lower().strip();
    return mayBegin(lower) && matches(lower);
  }

  /** As {@link #is(String)}, with every short line tried against the patterns: what {@link #STARTS} must not change. */
  static boolean isUnguarded(String text) {
    Line line = new Line(text);
    if (line.length() > 200 || line.wordsUpTo(MAX_WORDS + 1) > MAX_WORDS) {
      return false;
    }
    return matches(line.lower().strip());
  }

  /** Whether the line begins as a furniture line can: see {@link #STARTS}. */
  private static boolean mayBegin(String lower) {
    int i = 0;
    // BACK's leading arrows and spaces; the other patterns begin with no such character, so looking
    // past them only lets more lines through to the patterns.
    while (i < lower.length() && "«<←‹ \t\n\u000B\f\r".indexOf(lower.charAt(i)) >= 0) {
      i++;
    }
    if (i < lower.length() && lower.charAt(i) >= '0' && lower.charAt(i) <= '9') {
      return true;
    }
    for (String start : STARTS) {
      if (lower.startsWith(start, i)) {
        return true;
      }
    }
    return lower.contains(PDF_NAME);
  }

  private static boolean matches(String lower) {
    return TAGS.matcher(lower).matches() || BACK.matcher(lower).matches() || READING_TIME.matcher(lower).matches()
        || TOOL.matcher(lower).find() || COMMENTS.matcher(lower).find() || SOURCE_OR_AUTHOR.matcher(lower).matches();
  }
}
