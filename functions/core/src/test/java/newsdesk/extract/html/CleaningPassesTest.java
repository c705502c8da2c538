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
 * Cleaning's first passes take their candidates from the page's {@link MarkupIndex}, gathered in one
 * pass before any is removed, instead of selecting each kind afresh after the pass before: the page
 * must come out exactly as the four whole-page selects left it, nesting and all (never-content in a
 * sidebar, a sidebar in a header, a lead that leaves a header holding another).
 */
class CleaningPassesTest {

  private static final List<String> PIECES = List.of("<div>", "</div>", "<p>", "</p>", "<aside>", "</aside>",
      "<div role=complementary>", "<div role=banner>", "<header>", "</header>", "<noscript>", "</noscript>", "<form>",
      "</form>", "<article>", "</article>", "<main>", "</main>", "<div itemprop=articleBody>", "<nav>", "</nav>",
      "<script>var a;</script>", "<div style='display: none'>", "<span hidden>", "</span>", "<h1>", "</h1>",
      "<p class=standfirst>", "<div class=intro>", "<div class=related>", "<div class=sidebar>", "<a href=/x>", "</a>",
      "<footer>", "</footer>", "<button>", "</button>", "<br>", "a short line",
      "A paragraph long enough to count as one, with commas, clauses and more than forty characters.",
      "A lead of more than eighty characters that sits in the story's own header and stays there with it.");

  /** Cleaning as it was: each pass selecting its candidates from the page the pass before left. */
  private static void cleanBySelects(Document doc) {
    doc.select(MainContent.NEVER_CONTENT_QUERY).remove();
    MainContent.removeSidebars(doc, doc.select(MainContent.ASIDE));
    MainContent.removeWrappers(doc, doc.select(MainContent.WRAPPER_OR_FURNITURE_QUERY));
    MainContent.removeHeaders(doc, doc.select(MainContent.HEADER));
    MainContent.removeFurniture(doc);
  }

  private static void assertSameAsSelects(String html, String shown) {
    Document bySelects = Jsoup.parse(html);
    cleanBySelects(bySelects);
    Document byIndex = Jsoup.parse(html);
    MainContent.clean(MarkupIndex.of(byIndex, HtmlPageExtractor.EVERY_PAGE));
    assertThat(byIndex.outerHtml()).as(shown).isEqualTo(bySelects.outerHtml());
  }

  @Test
  void cleansAsTheSelectsDidOnRandomMarkup() {
    RandomInputs random = RandomInputs.seeded(20261129L);
    for (var sample : random.samples(2_000, r -> r.listOf(0, 60, () -> r.oneOf(PIECES)))) {
      assertSameAsSelects(String.join("", sample.value()), sample.toString());
    }
  }

  @Test
  void cleansAsTheSelectsDidOnCorpusPages() throws IOException {
    List<Path> pages = SharedFolder.corpusPages();
    assertThat(pages).isNotEmpty();
    for (int i = 0; i < pages.size(); i += 7) {
      assertSameAsSelects(Files.readString(pages.get(i), StandardCharsets.ISO_8859_1), pages.get(i).toString());
    }
  }

  @Test
  void aLeadMovedOutOfAGoingHeaderTakesItsNestedHeaderAlong() {
    String html = "<article><header><h1>Title</h1><div class=intro>A lead of more than twenty-five characters"
        + "<header>inner</header></div></header><p>text</p></article>";
    assertSameAsSelects(html, html);
    Document doc = Jsoup.parse(html);
    MainContent.clean(doc);
    Element intro = doc.selectFirst(".intro");
    assertThat(intro).isNotNull();
    assertThat(intro.parent().normalName()).isEqualTo("article");
  }
}
