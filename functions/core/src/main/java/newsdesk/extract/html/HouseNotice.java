package newsdesk.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsdesk.extract.RuleAlternatives;
import newsdesk.extract.convention.Keywords;

/**
 * A paragraph in which the publisher speaks about itself rather than the story: an appeal to the
 * reader (follow us, subscribe, get the app, support or join us, write to the editor, the paywall's
 * own offer) or a notice (copyright, licence, disclaimer, advertising or affiliate disclosure).
 * Recognised by wording in the languages news sites commonly use, since such paragraphs sit inside
 * the story's markup; only short paragraphs are judged, so a story that is about these things keeps
 * its text.
 */
final class HouseNotice {

  private static final Pattern APPEAL = Pattern.compile("\\b(?:follow|like) (?:us|the [\\p{L}.]+(?: [\\p{L}.]+)?) on "
      + "(?:twitter|facebook|instagram|telegram|whatsapp|youtube|linkedin|tiktok)|sign(?:ing)? up (?:for|to) (?:our|the) "
      + "(?:[\\p{L}-]+ )?newsletter|\\bsubscribe (?:now |today )?to (?:our|the)\\b|"
      + "download (?:our|the \\S+) apps? (?:for|on|from) (?:ios|android|iphone|the app store|google play)|"
      + "(?:consider|please) (?:supporting|support|donating to) (?:us|our)|support (?:our|independent) (?:work|journalism)|"
      + "become a (?:subscriber|patron)|become a member today|to (?:view|read|continue reading) the full (?:story|article)|"
      + "already a subscriber|first-time subscribers|subscription will auto-?renew|instant access to the full|"
      + "immediate online access|submit (?:a|your) letter to the editor|we want to hear what you think|"
      // German
      + "\\bfolg(?:e|en sie) uns\\b|\\babonnier(?:e|en sie) (?:unseren|den|jetzt)|newsletter (?:abonnieren|bestellen)|"
      + "(?:^|[.!?] )jetzt (?:\\S+ ){0,4}(?:anmelden|abonnieren|bestellen)\\b|unterstütze(?:n sie)? (?:uns|unsere arbeit|diese form)|"
      + "jede (?:kleine )?spende hilft|werden sie mitglied|in der [\\p{L}-]+-app\\b|jetzt auch digital|nichts mehr versäumen|"
      + "lass dir .{0,60}\\b(?:postfach|inbox)|"
      // Spanish, Portuguese
      + "s[ií]g(?:ue|a)nos en|nos siga (?:no|nas)|únete (?:a nuestr|desde)|suscr[ií]bete|suscribirse (?:aquí|a nuestr)|"
      + "hazte (?:miembro|socio)|(?:nuestro|tenemos) canal de (?:youtube|telegram|whatsapp)|apoya (?:el|nuestro) periodismo|"
      + "puedes hacer periodismo|puede escribirnos|assine (?:já|agora)|"
      // French, Italian, Polish
      + "abonnez-vous|pour lire la suite|pour accéder en illimité|suivez-nous|inscrivez-vous à (?:notre|la) newsletter|"
      + "seguici su|iscriviti alla newsletter|zapraszamy (?:też |także )?do subskrypcji|wesprzyj nas|obserwuj nas");
  private static final Pattern NOTICE = Pattern.compile("all rights reserved|alle rechte vorbehalten|"
      + "todos los derechos reservados|tous droits réservés|wszelkie prawa zastrzeżone|tutti i diritti riservati|"
      + "copyrighted property|chroniony prawem autorskim|"
      + "(?:licensed|lizenziert|veröffentlicht|stehen .{0,40}) (?:under|unter) (?:the |der |einer )?(?:creative commons|cc[- ]by|"
      + "lizenz cc)|unless otherwise (?:stated|noted),? .{0,60}licensed|"
      + "gibt (?:die|ausschließlich die) meinung des autors wieder|(?:does|do) not necessarily (?:reflect|represent)|"
      + "not responsible for the opinions|n'engagent que leurs auteurs|alle angaben ohne gewähr|"
      + "affiliate[- ]links?|enthält werbung|advertisers do not influence|"
      + "^[*(\\[–-]*\\s*(?:werbung|anzeige|advertorial|publicidad)\\s*[.:,)\\]–-]");
  /**
   * Words of which every alternative of {@link #APPEAL} and {@link #NOTICE} holds one, in lower case:
   * a paragraph holding none cannot match, and is turned away without trying the patterns' dozens of
   * alternatives at each of its positions (which cost more than writing the rest of the body). A new
   * alternative needs its word here; {@code HouseNoticeTest} checks the source and the decisions.
   */
  static final Keywords KEYWORDS = Keywords.of(
      // APPEAL, English
      "twitter", "facebook", "instagram", "telegram", "whatsapp", "youtube", "linkedin", "tiktok", "newsletter",
      "subscribe ", "download ", "support", "donating to", "become a ", "the full", "already a subscriber",
      "first-time subscribers", "subscription will auto", "immediate online access", "letter to the editor",
      "we want to hear what you think",
      // German
      "folg", "abonnier", "jetzt ", "unterstütze", "spende hilft", "werden sie mitglied", "-app", "nichts mehr versäumen",
      "lass dir ",
      // Spanish, Portuguese
      "nos en", "nos siga ", "únete ", "suscr", "hazte ", "canal de ", "periodismo", "puede escribirnos", "assine ",
      // French, Italian, Polish
      "abonnez-vous", "pour lire la suite", "pour accéder en illimité", "suivez-nous", "seguici su", "do subskrypcji",
      "wesprzyj nas", "obserwuj nas",
      // NOTICE
      "all rights reserved", "alle rechte vorbehalten", "todos los derechos reservados", "tous droits réservés",
      "wszelkie prawa zastrzeżone", "tutti i diritti riservati", "copyrighted property", "chroniony prawem autorskim",
      "licensed", "lizenziert", "veröffentlicht", "stehen ", "unless otherwise", "meinung des autors", "not necessarily",
      "not responsible for the opinions", "n'engagent que leurs auteurs", "alle angaben ohne gewähr", "affiliate",
      "werbung", "advertisers do not influence", "anzeige", "advertorial", "publicidad");
  /**
   * Each top-level alternative of {@link #APPEAL} and {@link #NOTICE} alone, with the keywords its
   * source names. Words of stories pass the keyword check often ("folgt", "support", "Twitter"): such
   * a paragraph is tried only against the alternatives whose words it holds, not against the
   * patterns' dozens of alternatives at each of its positions.
   */
  private static final List<Alternative> ALTERNATIVES = alternatives(APPEAL, NOTICE);
  private static final int MAX_WORDS = 60;

  private record Alternative(Pattern pattern, Keywords words) {}

  private HouseNotice() {}

  private static List<Alternative> alternatives(Pattern... patterns) {
    List<Alternative> out = new ArrayList<>();
    for (Pattern p : patterns) {
      for (String source : RuleAlternatives.of(p.pattern())) {
        Keywords words = new Keywords(KEYWORDS.words().stream().filter(source::contains).toList());
        out.add(new Alternative(Pattern.compile(source, p.flags()), words));
      }
    }
    return List.copyOf(out);
  }

  /** Whether {@code paragraph} (whitespace-normalized) is the publisher's appeal or notice. */
  static boolean is(String paragraph) {
    return is(new Line(paragraph));
  }

  /** As {@link #is(String)}, for a line other rules read too. */
  static boolean is(Line paragraph) {
    return judge(paragraph, true);
  }

  /** As {@link #is}, with every paragraph tried against the patterns: what the keyword check must not change. */
  static boolean isUnguarded(String paragraph) {
    return judge(new Line(paragraph), false);
  }

  private static boolean judge(Line paragraph, boolean guarded) {
    if (paragraph.length() > 600 || paragraph.wordsUpTo(MAX_WORDS + 1) > MAX_WORDS) {
      return false;
    }
    String lower = paragraph.lower();
    if (!guarded) {
      return APPEAL.matcher(lower).find() || NOTICE.matcher(lower).find();
    }
    if (!KEYWORDS.named(lower)) {
      return false;
    }
    for (Alternative a : ALTERNATIVES) {
      if (a.words().named(lower) && a.pattern().matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  /** The patterns' source, for the test that every alternative names a keyword. */
  static List<Pattern> patterns() {
    return List.of(APPEAL, NOTICE);
  }
}
