package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.extract.CorpusLines;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

class FurnitureLineTest {

  @Test
  void tagsAndTopicsLines() {
    for (String line : new String[] {"Schlagworte", "Schlagworte zum Thema: Fluss, Lachs, Wehr", "Themen: Ehrenamt Jugend",
        "Tags: salmon, weirs", "Temas relacionados", "Category : Press Releases", "Filed under Rivers, Weirs",
        "Markiert mit", "Kategorien"}) {
      assertThat(FurnitureLine.is(line)).as(line).isTrue();
    }
  }

  @Test
  void linksBackToListingsAndOnToTheNextStory() {
    for (String line : new String[] {"Zurück zur Übersicht", "zurück", "« Zurück zu allen Meldungen", "Back to all news",
        "Zur Startseite", "Weiter »", "Volver a la portada", "Next article"}) {
      assertThat(FurnitureLine.is(line)).as(line).isTrue();
    }
  }

  @Test
  void readingTimesToolsAndCommentPrompts() {
    for (String line : new String[] {"5 min read", "4 Min Read", "11 minut czytania", "11\u00a0minut czytania", "Lesezeit: 3 Minuten",
        "Rezept drucken", "PDF version", "Pressemitteilung als PDF", "Merken", "Quellen ausblenden", "Externer Inhalt",
        "Möchten Sie den Artikel teilen?", "Keine Kommentare", "Alle 120 Kommentare im Forum lesen →",
        "Kommentieren Sie", "Leave a comment", "Sie sind aktuell nicht eingeloggt.", "Quelle: Landesregierung",
        "Źródło:", "Über den Autor", "About the author"}) {
      assertThat(FurnitureLine.is(line)).as(line).isTrue();
    }
  }

  @Test
  void storyLinesThatShareAWordAreKept() {
    for (String line : new String[] {"Tag 1: Ankunft am Fluss", "Themen wie Hochwasser und Fischerei bestimmten die Sitzung.",
        "Zurück im Dorf erzählten die Angler vom neuen Wehr.", "Back then the weir was new.",
        "The comments by the minister drew criticism from anglers.", "Five minutes later the gates opened.",
        "Quelle der Verunreinigung ist laut Behörde ein altes Rohr.", "Sources said the weir would close.",
        "Kommentare des Ministers zufolge wird das Wehr im Frühjahr abgerissen, sagte ein Sprecher am Montag."}) {
      assertThat(FurnitureLine.is(line)).as(line).isFalse();
    }
  }

  @Test
  void theStartCheckDecidesRandomLinesAsThePatternsAlone() {
    RandomInputs random = RandomInputs.seeded(0x6675726eL);
    List<String> pieces = List.of("Tags", "Schlagwörter zum Thema", "Themen im Artikel", "Categorías", "mots-clés",
        "Filed under", "«", "←", "‹", "<", "Zurück zu allen", "Back to", "Next article", "nach oben", "Weiter", "»", "→",
        "Lesezeit", "ca.", "about", "5", "12", "min", "Minuten", "read", "czytania", "Rezept", "drucken", "Print", "PDF",
        "Download as PDF", "Pressemitteilung", "als PDF", "herunterladen", "Bilder", "anzeigen", "Externer Inhalt",
        "Möchten Sie", "den Artikel", "teilen?", "Keine", "No", "alle", "Kommentare", "comments", "(3)", "Leave a reply",
        "Sie sind nicht eingeloggt.", "Quelle", "Źródło", "Sources", ":", "：", "Über den Autor", "O autorze", "dpa", "the",
        "river", "said", ".", "x", "Übersicht");
    int furniture = 0;
    for (var sample : random.samples(30_000, r -> String.join(r.oneOf(" ", "", "\u00a0"), r.listOf(1, 6, () -> r.oneOf(pieces))))) {
      String line = BlockWriter.oneLine(sample.value());
      boolean expected = FurnitureLine.isUnguarded(line);
      assertThat(FurnitureLine.is(line)).as(sample.toString()).isEqualTo(expected);
      furniture += expected ? 1 : 0;
    }
    assertThat(furniture).isGreaterThan(1000);
  }

  @Test
  void theStartCheckDecidesEveryCorpusLineAsThePatternsAlone() {
    for (String line : CorpusLines.all()) {
      assertThat(FurnitureLine.is(line)).as(line).isEqualTo(FurnitureLine.isUnguarded(line));
    }
  }
}
