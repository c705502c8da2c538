package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.extract.CorpusLines;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

class SignpostTest {

  @Test
  void relatedBoxHeadingsInSeveralLanguages() {
    for (String line : new String[] {"Related stories", "More on this topic", "Mehr zum Thema", "Lesen Sie auch:",
        "Das könnte Sie auch interessieren:", "Artículos relacionados", "À lire aussi", "Leggi anche", "Czytaj też",
        "Weitere Informationen zum Hochwasser im Tal:", "Explore further", "Teilen mit:", "Zum Weiterlesen:",
        "Die meistgelesenen Artikel bei Radio Tal", "Weiterführender Link", "Temas Relacionados", "Veja Também:",
        "À lire aussi »", "Most read", "Lesen Sie auch die folgenden Beiträge:", "Mehr zu Fluss und Fischerei"}) {
      assertThat(Signpost.is(line)).as(line).isTrue();
    }
  }

  @Test
  void leadInsToOtherStories() {
    assertThat(Signpost.is("Lea también: Alcalde inaugura el puente nuevo sobre el río")).isTrue();
    assertThat(Signpost.is("READ ALSO: Harbour bridge to close for repairs next spring")).isTrue();
    assertThat(Signpost.is("Lesen Sie auch: Stadtrat beschließt neuen Radweg am Fluss")).isTrue();
    assertThat(Signpost.is("Dowiedz się więcej: Rada miasta przyjęła nowy plan")).isTrue();
    assertThat(Signpost.is("PUEDES VER: ¿Qué pasará con el puente del río?")).isTrue();
    assertThat(Signpost.is("À lire aussi\u00a0» Le pont du fleuve rouvre en mai")).isTrue();
  }

  @Test
  void storyLinesThatMerelyShareAWordAreKept() {
    for (String line : new String[] {"Related costs rose by a third over the year, the council said.",
        "Mehr zum Thema Hochwasser sagte der Bürgermeister am Montag nichts, obwohl die Lage im Tal seit Tagen angespannt ist.",
        "Print editions will stop in March, the publisher told staff on Friday.",
        "Lea was twelve when she first saw the river flood the lower town."}) {
      assertThat(Signpost.is(line)).as(line).isFalse();
    }
  }

  @Test
  void theMarkCheckDecidesRandomLinesAsThePatternsAlone() {
    RandomInputs random = RandomInputs.seeded(0x7369676eL);
    List<String> pieces = List.of("Lesen Sie auch", "read also", "Lea", "mira", "polecamy", "schon gelesen?", "related",
        ":", "：", "»", " :", "\u00a0:", "»»", "the", "bridge", "river", "said", ".", "Puedes ver", "à lire aussi", "x");
    int leadIns = 0;
    for (var sample : random.samples(20_000, r -> String.join(r.oneOf(" ", "", "\u00a0"), r.listOf(1, 12, () -> r.oneOf(pieces))))) {
      String line = BlockWriter.oneLine(sample.value());
      boolean expected = Signpost.isUnguarded(line);
      assertThat(Signpost.is(line)).as(sample.toString()).isEqualTo(expected);
      leadIns += expected ? 1 : 0;
    }
    assertThat(leadIns).isGreaterThan(1000);
  }

  @Test
  void theMarkCheckDecidesEveryCorpusLineAsThePatternsAlone() {
    for (String line : CorpusLines.all()) {
      assertThat(Signpost.is(line)).as(line).isEqualTo(Signpost.isUnguarded(line));
    }
  }
}
