package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsdesk.extract.SharedFolder;
import newsdesk.testing.RandomInputs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
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
      "<footer>", "</footer>", "<button>", "</button>", "<br>", "a short line", " ", "<span class=share-link>",
      "<b class=related>", "</b>", "<video>", "</video>", "<span class=ad>", "<a class=teaser href=/y>", "<pre>", "</pre>",
      "<img class=ad-pixel>", "<li class=menu-item>", "<ul>", "</ul>", "<td class=sidebar>", "<table>", "</table>",
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

  /** Cleans {@code html} both ways and gives the page the index's way left, with the measure cleaning gave. */
  private static TextLengths assertSameAsSelects(String html, String shown, Document[] cleaned) {
    Document bySelects = Jsoup.parse(html);
    cleanBySelects(bySelects);
    Document byIndex = Jsoup.parse(html);
    TextLengths lengths = MainContent.clean(MarkupIndex.of(byIndex, HtmlPageExtractor.EVERY_PAGE));
    assertThat(byIndex.outerHtml()).as(shown).isEqualTo(bySelects.outerHtml());
    cleaned[0] = byIndex;
    return lengths;
  }

  private static void assertSameAsSelects(String html, String shown) {
    assertSameAsSelects(html, shown, new Document[1]);
  }

  @Test
  void cleansAsTheSelectsDidOnRandomMarkup() {
    RandomInputs random = RandomInputs.seeded(20261129L);
    for (var sample : random.samples(2_000, r -> r.listOf(0, 60, () -> r.oneOf(PIECES)))) {
      Document[] cleaned = new Document[1];
      TextLengths lengths = assertSameAsSelects(String.join("", sample.value()), sample.toString(), cleaned);
      // The measure taken while cleaning is the cleaned page's: what jsoup's text() gives of every element.
      for (Element e : cleaned[0].getAllElements()) {
        TextLengthsTest.assertSame(lengths, e, sample.toString());
      }
    }
  }

  @Test
  void cleansAsTheSelectsDidOnCorpusPages() throws IOException {
    List<Path> pages = SharedFolder.corpusPages();
    assertThat(pages).isNotEmpty();
    for (int i = 0; i < pages.size(); i += 7) {
      String shown = pages.get(i).toString();
      Document[] cleaned = new Document[1];
      TextLengths lengths = assertSameAsSelects(Files.readString(pages.get(i), StandardCharsets.ISO_8859_1), shown, cleaned);
      // Against a fresh measure, which TextLengthsTest holds to text(): text() of every element is quadratic.
      TextLengths fresh = TextLengths.of(cleaned[0]);
      for (Element e : cleaned[0].getAllElements()) {
        assertThat(lengths.text(e)).as("%s: text of %s", shown, e.cssSelector()).isEqualTo(fresh.text(e));
        assertThat(lengths.linkDensity(e)).as("%s: link density of %s", shown, e.cssSelector()).isEqualTo(fresh.linkDensity(e));
        assertThat(lengths.commas(e)).as("%s: commas of %s", shown, e.cssSelector()).isEqualTo(fresh.commas(e));
      }
    }
  }

  /**
   * Cleaning's and scoring's tag queries, answered from the tag alone, and the never-content query
   * behind its guard match as jsoup's compiled queries do.
   */
  @Test
  void tagQueriesMatchAsTheirSelectors() throws IOException {
    List<Element> elements = new ArrayList<>();
    RandomInputs random = RandomInputs.seeded(20261131L);
    for (var sample : random.samples(300, r -> r.listOf(0, 60, () -> r.oneOf(PIECES)))) {
      elements.addAll(Jsoup.parse(String.join("", sample.value()) + "<td>c</td><center>x</center><font>y</font><section>"
          + "<li>z<blockquote>q</blockquote>").getAllElements());
    }
    for (Path page : SharedFolder.corpusPages().stream().limit(40).toList()) {
      elements.addAll(Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)).getAllElements());
    }
    for (String style : List.of("display:none", "DISPLAY :none", "display:\tNone", "Visibility: HIDDEN", "color: none",
        "width:0;display: none !important", "overflow:hidden", "display:block", "display:nonE", "visibility:hidde",
        "color:red", "displa\u0131y:none", "display:\u212Aone", "")) {
      elements.addAll(Jsoup.parse("<div style='" + style + "'>x</div><span STYLE='" + style + "' role=x>y</span>"
          + "<p style='" + style + "' hidden>z</p>").getAllElements());
    }
    Map<Evaluator, String> queries = Map.of(MainContent.PARAGRAPHS, "p, pre, blockquote", MainContent.TEXT_BOXES,
        "div, section, article, font, td, center", MainContent.SCORED_BLOCKS, "p, pre, td, blockquote, li",
        MainContent.NEVER_CONTENT_QUERY, MainContent.NEVER_CONTENT);
    queries.forEach((tags, css) -> {
      Evaluator compiled = Query.of(css);
      for (Element e : elements) {
        assertThat(tags.matches(e, e)).as("%s on <%s>", css, e.tagName()).isEqualTo(compiled.matches(e, e));
      }
    });
  }

  @Test
  void aWrapperSaidToHoldNoParagraphsHoldsNoParagraphText() {
    RandomInputs random = RandomInputs.seeded(20261130L);
    int skipped = 0;
    for (var sample : random.samples(1_000, r -> r.listOf(0, 60, () -> r.oneOf(PIECES)))) {
      for (Element e : Jsoup.parse(String.join("", sample.value())).getAllElements()) {
        if (!MainContent.mayHoldParagraphs(e)) {
          skipped++;
          assertThat(MainContent.paragraphText(e)).as("%s in %s", e.cssSelector(), sample).isZero();
        }
      }
    }
    assertThat(skipped).isPositive();
  }

  @Test
  void theMeasureOfTheCleanedPageSeesSeparatorsAroundRemovedFurniture() {
    // A block before removed inline furniture writes no separator where only a block follows it now;
    // a video's separator asked whether the ad below it had text: both as text() of the cleaned page.
    for (String html : List.of("<div><div>one</div><span class=share-link>share</span><div>two</div></div>",
        "<div><div>one</div><span class=share-link>share</span> two</div>",
        "<div><div>one</div><b class=share-link>x</b><!-- c -->two</div>",
        "<p>one <video><span class=ad>ad</span></video> two</p>", "<p>one<video><span class=ad>ad</span> x</video>two</p>",
        "<p>one<video><span class=ad>ad</span></video><!-- c -->two</p>")) {
      // Furniture goes only while it holds under half the page's paragraph text: the page holds some.
      Document doc = Jsoup.parse(html + "<p>A paragraph long enough to count as one, well over forty characters.</p>");
      TextLengths lengths = MainContent.clean(doc);
      assertThat(doc.select(".ad, .share-link")).as(html).isEmpty();
      for (Element e : doc.getAllElements()) {
        TextLengthsTest.assertSame(lengths, e, html);
      }
    }
  }

  private static final List<String> NESTED_FURNITURE = List.of("<div class=sidebar>", "<div class=related>",
      "<div class=teaser>", "<div class='teaser menu'>", "<span class=share>", "<div class=author-bio>", "<div class=ad>",
      "<a class=teaser href=/z>", "<blockquote>", "</blockquote>", "<section class=main-nav>", "</section>",
      "<center>Text written straight into a centred box, long enough to count as a paragraph of its own.<br>",
      "</center>", "<font class=ad>", "</font>", "<td class=menu>Own text of a layout cell that is long enough to weigh.");

  /**
   * The furniture walk as it was: the page measured whole when the first furniture is met, each
   * candidate's paragraph text read from that one measure, and the page's from its root.
   */
  private static void removeFurnitureByWholeMeasure(Document doc) {
    Element body = doc.body();
    Map<String, Integer> marksOf = new java.util.HashMap<>();
    TextLengths[] lengths = new TextLengths[1];
    TextLengths.Subtotals[] paragraphs = new TextLengths.Subtotals[1];
    org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(org.jsoup.nodes.Node node, int depth) {
        if (!(node instanceof Element e) || e == body || !e.root().equals(doc) || e.closest("body") == null) {
          return node instanceof Element ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
        }
        if (List.of("article", "main", "html", "body").contains(e.normalName())) {
          return FilterResult.CONTINUE;
        }
        int kind = MainContent.furnitureKind(e, marksOf);
        if (kind == 0) {
          return FilterResult.CONTINUE;
        }
        if (lengths[0] == null) {
          lengths[0] = TextLengths.of(body);
          paragraphs[0] = MainContent.paragraphText(lengths[0]);
        }
        int pageText = paragraphs[0].of(body);
        return MainContent.isRemoved(e, kind, paragraphs[0].of(e), () -> lengths[0].linkDensity(e), pageText)
            ? FilterResult.REMOVE : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(org.jsoup.nodes.Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, doc);
  }

  /** Removes furniture both ways and gives the page as the furniture walk left it. */
  private static Document assertFurnitureAsByWholeMeasure(String html, String shown) {
    Document byWhole = Jsoup.parse(html);
    removeFurnitureByWholeMeasure(byWhole);
    Document byWalk = Jsoup.parse(html);
    MainContent.removeFurniture(byWalk);
    assertThat(byWalk.outerHtml()).as(shown).isEqualTo(byWhole.outerHtml());
    return byWalk;
  }

  @Test
  void furnitureGoesAsWhenThePageWasMeasuredWhole() throws IOException {
    RandomInputs random = RandomInputs.seeded(20261201L);
    List<String> pieces = new ArrayList<>(PIECES);
    pieces.addAll(NESTED_FURNITURE);
    int removed = 0;
    for (var sample : random.samples(3_000, r -> r.listOf(0, 70, () -> r.oneOf(pieces)))) {
      String html = String.join("", sample.value());
      Document cleaned = assertFurnitureAsByWholeMeasure(html, sample.toString());
      removed += Jsoup.parse(html).getAllElements().size() - cleaned.getAllElements().size();
    }
    assertThat(removed).isPositive();
    List<Path> pages = SharedFolder.corpusPages();
    assertThat(pages).isNotEmpty();
    for (int i = 0; i < pages.size(); i += 5) {
      Document doc = Jsoup.parse(Files.readString(pages.get(i), StandardCharsets.ISO_8859_1));
      doc.select(MainContent.NEVER_CONTENT_QUERY).remove();
      assertFurnitureAsByWholeMeasure(doc.outerHtml(), pages.get(i).toString());
    }
  }

  /**
   * Paragraph text weighed from the paragraphs alone is what the whole subtree's measure gives, for
   * each element measured on its own and for every element of one scan of the page.
   */
  @Test
  void paragraphTextFromTheParagraphsAloneIsTheWholeMeasures() throws IOException {
    List<Document> docs = new ArrayList<>();
    RandomInputs random = RandomInputs.seeded(20261202L);
    List<String> pieces = new ArrayList<>(PIECES);
    pieces.addAll(NESTED_FURNITURE);
    for (var sample : random.samples(1_000, r -> r.listOf(0, 60, () -> r.oneOf(pieces)))) {
      docs.add(Jsoup.parse(String.join("", sample.value())));
    }
    List<Path> pages = SharedFolder.corpusPages();
    // Every element of a page weighed from its own subtree: quadratic, so a sample of the corpus.
    for (int i = 0; i < pages.size(); i += 61) {
      docs.add(Jsoup.parse(Files.readString(pages.get(i), StandardCharsets.ISO_8859_1)));
    }
    for (Document doc : docs) {
      TextLengths whole = TextLengths.of(doc);
      TextLengths.Subtotals paragraphs = MainContent.paragraphText(whole);
      // One meter for all, as cleaning uses one for a page: a measure left in its arrays must not leak into the next.
      TextLengths.Meter meter = new TextLengths.Meter();
      for (Element e : doc.getAllElements()) {
        assertThat(MainContent.paragraphText(e, meter)).as("%s in %s", e.cssSelector(), doc.location())
            .isEqualTo(paragraphs.of(e));
      }
      // The page scanned once, every element listed in document order with its subtree's paragraph text.
      ParagraphText scan = ParagraphText.of(doc, meter, 0); // lists grown from the smallest
      List<Element> all = doc.getAllElements();
      for (int i = 0; i < all.size(); i++) {
        Element e = all.get(i);
        assertThat(scan.position(e, i)).as("%s in %s", e.cssSelector(), doc.location()).isEqualTo(i);
        assertThat(scan.at(i)).as("%s in %s", e.cssSelector(), doc.location()).isEqualTo(paragraphs.of(e));
        assertThat(scan.end(i)).as("%s in %s", e.cssSelector(), doc.location()).isEqualTo(i + e.getAllElements().size());
      }
      assertThat(scan.position(doc, all.size())).isEqualTo(-1);
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
