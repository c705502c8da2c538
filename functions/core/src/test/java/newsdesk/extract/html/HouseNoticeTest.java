package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import newsdesk.extract.CorpusLines;
import newsdesk.extract.KeywordGuards;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

class HouseNoticeTest {

  @Test
  void appealsToTheReaderInSeveralLanguages() {
    for (String line : new String[] {"Follow the Valley Courier on Twitter and Instagram for more river news.",
        "Never miss a story by signing up to our newsletter today!",
        "For breaking news, download the Courier app for iOS and Android.",
        "If you enjoyed this post, would you consider supporting our work? Thanks!",
        "To view the full story, please subscribe to the Courier.", "Folgen Sie uns auf Facebook und Instagram.",
        "Jetzt für den Fluss-Newsletter anmelden", "Unterstützen Sie diese Form des Journalismus.",
        "Síguenos en Telegram, Instagram y Twitter", "Síguenos\u00a0en Telegram", "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.",
        "Pour lire la suite, créez votre compte", "Zapraszamy też do subskrypcji naszego kanału"}) {
      assertThat(HouseNotice.is(line)).as(line).isTrue();
    }
  }

  @Test
  void noticesAndDisclosures() {
    for (String line : new String[] {"© 2024 Valley Courier. All rights reserved.",
        "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.",
        "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.",
        "Anzeige, enthält Affiliate Links", "*Werbung. Dieser Beitrag enthält Werbung für eine Angelschule.",
        "The views expressed do not necessarily reflect those of the Courier."}) {
      assertThat(HouseNotice.is(line)).as(line).isTrue();
    }
  }

  @Test
  void storyParagraphsAboutTheSameThingsAreKept() {
    for (String line : new String[] {"Users can download the app from the authority's website, officials said.",
        "Croatia will become a member of the eurozone next year, the minister said.",
        "Wer jetzt noch Karten bestellen will, muss sich beeilen, sagte die Veranstalterin.",
        "Das Video erschien auf dem Canal de YouTube der Regierung.", "The council will consider supporting the bill in May.",
        "Werbung für Angelscheine ist seit Jahren umstritten, sagte der Verband."}) {
      assertThat(HouseNotice.is(line)).as(line).isFalse();
    }
  }

  /** Pieces of appeals and notices, near misses and filler, for random lines that hit every alternative. */
  private static final List<String> PIECES = List.of("Follow us on", "like the Courier Post on", "Twitter", "TikTok", "facebook",
      "sign up to our", "signing up for the", "daily", "newsletter", "Subscribe now to our", "subscribe to the", "Download our app",
      "download the Courier apps on", "iOS", "google play", "consider supporting", "please donating to", "us", "our",
      "support independent journalism", "Become a patron", "become a member today", "to continue reading the full story",
      "already a subscriber", "first-time subscribers", "subscription will autorenew", "instant access to the full",
      "immediate online access", "submit your letter to the editor", "we want to hear what you think", "Folgen Sie uns",
      "folge uns", "abonnieren Sie jetzt", "Newsletter bestellen", "Jetzt", "kostenlos", "anmelden", "unterstützen Sie uns",
      "jede kleine Spende hilft", "Werden Sie Mitglied", "in der Kurier-App", "jetzt auch digital", "nichts mehr versäumen",
      "lass dir die News ins Postfach", "síguenos en", "nos siga nas", "únete a nuestro", "suscríbete", "suscribirse aquí",
      "hazte socio", "tenemos canal de whatsapp", "apoya el periodismo", "puedes hacer periodismo", "puede escribirnos",
      "assine já", "abonnez-vous", "pour lire la suite", "pour accéder en illimité", "suivez-nous", "inscrivez-vous à la newsletter",
      "seguici su", "iscriviti alla newsletter", "zapraszamy także do subskrypcji", "wesprzyj nas", "obserwuj nas",
      "All rights reserved", "Alle Rechte vorbehalten", "todos los derechos reservados", "tous droits réservés",
      "wszelkie prawa zastrzeżone", "tutti i diritti riservati", "copyrighted property", "chroniony prawem autorskim",
      "licensed under the Creative Commons", "stehen unter der Lizenz CC", "veröffentlicht unter cc-by", "unless otherwise noted,",
      "licensed", "gibt die Meinung des Autors wieder", "do not necessarily reflect", "not responsible for the opinions",
      "n'engagent que leurs auteurs", "alle Angaben ohne Gewähr", "affiliate links", "enthält Werbung",
      "advertisers do not influence", "*Werbung:", "(Anzeige)", "Advertorial.", "publicidad -", "the council said", "on",
      "to", "the", "and", "said", "Kyiv", ".", "!", "?", ",", "\u00a0", "\u00a0uns", "news", "follow", "sign up");

  @Test
  void everyAlternativeOfThePatternsNamesAKeyword() {
    KeywordGuards.assertEveryAlternativeNamesAKeyword(HouseNotice.KEYWORDS, HouseNotice.patterns().toArray(Pattern[]::new));
  }

  @Test
  void theKeywordCheckDecidesRandomLinesAsThePatternsAlone() {
    RandomInputs random = RandomInputs.seeded(3L);
    int notices = 0;
    for (var sample : random.samples(30000, r -> String.join(r.oneOf(" ", " ", "", "\u00a0"),
        r.listOf(1, 10, () -> r.oneOf(PIECES))))) {
      String line = BlockWriter.oneLine(sample.value());
      boolean expected = HouseNotice.isUnguarded(line);
      assertThat(HouseNotice.is(line)).as(sample.toString()).isEqualTo(expected);
      notices += expected ? 1 : 0;
    }
    assertThat(notices).as("random lines that are notices").isGreaterThan(3000);
  }

  @Test
  void theKeywordCheckDecidesEveryCorpusLineAsThePatternsAlone() {
    int notices = 0;
    for (String line : CorpusLines.all()) {
      boolean expected = HouseNotice.isUnguarded(line);
      assertThat(HouseNotice.is(line)).as(line).isEqualTo(expected);
      notices += expected ? 1 : 0;
    }
    assertThat(notices).as("corpus lines that are notices").isGreaterThan(50);
  }
}
