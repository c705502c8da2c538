package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsdesk.extract.SharedFolder;
import newsdesk.testing.RandomInputs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link TextLengths} must give, for every element, exactly what jsoup's {@code text()} (its length and
 * commas) and a fresh link-density walk give: extraction results may not change by measuring faster.
 */
class TextLengthsTest {

  /** Markup that exercises jsoup's separators: blocks, breaks, inline blocks, pre, cells, nbsp, control characters. */
  private static final List<String> PIECES = List.of("<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<a href=x>",
      "</a>", "<br>", "<pre>", "</pre>", "<td>", "</td>", "<tr>", "<table>", "</table>", "<li>", "<ul>", "</ul>", "<b>",
      "</b>", "<textarea>", "</textarea>", "<img>", "<h2>", "</h2>", "<option>", "<select>", "<![CDATA[x  y]]>", "<!-- c -->",
      "<script>var a;</script>", "<svg><a>svg link</a></svg>", " ", "  ", "\n", "\t", "\u00a0", "\u200b", "\u00ad",
      "\u0001", "word", "two words", "comma, text", " lead", "trail ", "<p><a>", "&nbsp;", "<wbr>", "<label>", "<button>",
      "a\u3001b\uff0cc,", "\ud83d\ude00", "<pre>\u0001 ,\n</pre>");

  @Test
  void givesWhatTextGivesOnRandomMarkup() {
    RandomInputs random = RandomInputs.seeded(20261128L);
    for (var sample : random.samples(400, r -> r.listOf(0, 60, () -> r.oneOf(PIECES)))) {
      String html = String.join("", sample.value());
      assertSame(Jsoup.parse(html), sample.toString());
    }
  }

  @Test
  void givesWhatTextGivesOnEveryCorpusPageSampled() throws IOException {
    List<Path> pages = SharedFolder.corpusPages();
    assertThat(pages).isNotEmpty();
    // A spread of pages and of elements on each, the root always: text() and a fresh link density
    // per element make checking every element of every page quadratic (a quarter of an hour here).
    RandomInputs random = RandomInputs.seeded(11L);
    for (int i = 0; i < pages.size(); i += 30) {
      Path page = pages.get(i);
      Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.ISO_8859_1));
      TextLengths lengths = TextLengths.of(doc);
      List<Element> all = doc.getAllElements();
      assertSame(lengths, doc, page.toString());
      for (int k = 0; k < 100; k++) {
        assertSame(lengths, all.get(random.intBetween(0, all.size() - 1)), page.toString());
      }
    }
  }

  @Test
  void afterARemovalAFreshMeasureSeesTheChange() {
    Document doc = Jsoup.parse("<div id=a><p>Some words here <a href=x>and a link</a></p><p id=gone>more text</p></div>");
    TextLengths before = TextLengths.of(doc);
    Element a = doc.getElementById("a");
    int whole = before.text(a);
    doc.getElementById("gone").remove();
    assertThat(TextLengths.of(doc).text(a)).isEqualTo(a.text().length()).isLessThan(whole);
  }

  @Test
  void anAnchorWithoutHrefIsNoLink() {
    Document doc = Jsoup.parse("<div id=a><a name=top>Some words of the story</a> <a href=x>link</a></div>");
    Element div = doc.getElementById("a");
    assertThat(TextLengths.of(doc).linkDensity(div)).isEqualTo(MainContent.linkDensity(div)).isEqualTo(4 / 28.0);
  }

  @Test
  void anElementOutsideTheMeasuredTreeIsMeasuredDirectly() {
    TextLengths lengths = TextLengths.of(Jsoup.parse("<p>one</p>"));
    Element other = Jsoup.parse("<div>two <a href=x>links</a></div>").selectFirst("div");
    assertThat(lengths.text(other)).isEqualTo(other.text().length());
    assertThat(lengths.linkDensity(other)).isEqualTo(MainContent.linkDensity(other));
    assertThat(lengths.subtotals(e -> 1).of(other)).isEqualTo(2);
  }

  @Test
  void aSubtreeListsWhatGetAllElementsLists() {
    Document doc = Jsoup.parse("<div id=a><p>x</p><section><p>y</p></section></div><p>w</p>");
    TextLengths lengths = TextLengths.of(doc);
    for (Element e : doc.getAllElements()) {
      assertThat(lengths.subtree(e)).as(e.cssSelector()).containsExactlyElementsOf(e.getAllElements());
    }
    Element other = Jsoup.parse("<div><p>z</p></div>").selectFirst("div");
    assertThat(lengths.subtree(other)).containsExactlyElementsOf(other.getAllElements());
  }

  @Test
  void subtotalsSumOverAnElementAndItsDescendants() {
    Document doc = Jsoup.parse("<div id=a><p>x</p><section><p>y</p><p>z</p></section></div><p>w</p>");
    TextLengths.Subtotals paragraphs = TextLengths.of(doc).subtotals(e -> e.normalName().equals("p") ? 1 : 0);
    assertThat(paragraphs.of(doc.getElementById("a"))).isEqualTo(3);
    assertThat(paragraphs.of(doc.body())).isEqualTo(4);
    assertThat(paragraphs.of(doc.selectFirst("section p"))).isEqualTo(1);
  }

  private static void assertSame(Document doc, String what) {
    TextLengths lengths = TextLengths.of(doc);
    for (Element e : doc.getAllElements()) {
      assertSame(lengths, e, what);
    }
  }

  static void assertSame(TextLengths lengths, Element e, String what) {
    assertThat(lengths.text(e)).as("%s: text of %s", what, e.cssSelector()).isEqualTo(e.text().length());
    assertThat(lengths.linkDensity(e)).as("%s: link density of %s", what, e.cssSelector())
        .isEqualTo(MainContent.linkDensity(e));
    assertThat(lengths.commas(e)).as("%s: commas of %s", what, e.cssSelector()).isEqualTo(TextLengths.commas(e.text()));
    int own = e.ownText().length();
    assertThat(TextLengths.ownText(e)).as("%s: own text of %s", what, e.cssSelector()).isEqualTo(own);
    for (int min : new int[] {1, 2, 3, 7, 50, 51}) {
      assertThat(TextLengths.ownTextAtLeast(e, min)).as("%s: own text of %s from %d", what, e.cssSelector(), min)
          .isEqualTo(own >= min ? own : 0);
    }
  }
}
