package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

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
}
