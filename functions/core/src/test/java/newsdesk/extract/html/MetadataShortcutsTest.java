package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsdesk.extract.SharedFolder;
import newsdesk.extract.convention.PageChrome;
import newsdesk.testing.RandomInputs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The metadata readers' shortcuts decide as the plain code they replaced: the letter count that
 * spares building a big element's text never says "more" of an element whose text is shorter, and
 * the one-walk teaser search answers as the query and text of every candidate did.
 */
class MetadataShortcutsTest {

  /** The teaser search as first written: every candidate the query finds, its whole text read. */
  private static boolean referenceHasTeaser(Element root) {
    for (Element e : root.select(HtmlPageExtractor.TEASER_CANDIDATES)) {
      String t = e.text();
      if (!t.isBlank() && t.length() < 200 && PageChrome.isTeaser(t)) {
        return true;
      }
    }
    return false;
  }

  private static List<Element> corpusElements;

  /** Every 40th element of every tenth corpus page, and each page's body: subtrees of real markup. */
  private static synchronized List<Element> corpusElements() throws Exception {
    if (corpusElements != null) {
      return new ArrayList<>(corpusElements);
    }
    List<Element> elements = new ArrayList<>();
    List<Path> pages = SharedFolder.corpusPages();
    for (int p = 0; p < pages.size(); p += 10) {
      var doc = Jsoup.parse(new String(Files.readAllBytes(pages.get(p)), StandardCharsets.UTF_8));
      elements.add(doc.body());
      List<Element> all = doc.getAllElements();
      for (int i = p % 40; i < all.size(); i += 40) {
        elements.add(all.get(i));
      }
    }
    corpusElements = List.copyOf(elements);
    return elements;
  }

  private static final List<String> PIECES = List.of("<div>", "</div>", "<p>", "</p>", "<span>", "</span>",
      "<div class=\"Paywall-box\">", "<section id=\"PAYWALL\">", "</section>", "<div class=\"subscribe-now\">",
      "Subscribe to continue reading", "Sign in to read the full story", "Continue reading", " words ", "\u00a0",
      "\u200b", "\u00ad", "<br>", "<![CDATA[ 12345 ]]>", "<script>var x = 'Subscribe to continue reading';</script>",
      "<textarea> a  b </textarea>", "<pre>  x  </pre>", "é", "😀", "1234567890", "<!-- subscribe to read -->");

  private static String randomMarkup(RandomInputs r) {
    StringBuilder html = new StringBuilder("<body>");
    for (String piece : r.listOf(0, 40, () -> r.chance(0.1) ? r.anyString(30) : r.oneOf(PIECES))) {
      html.append(piece);
    }
    return html.toString();
  }

  @Test
  void oneWalkFindsTheTeasersTheQueryFound() throws Exception {
    int teasers = 0;
    for (Element e : corpusElements()) {
      boolean expected = referenceHasTeaser(e);
      assertThat(HtmlPageExtractor.hasTeaser(e)).as(e.cssSelector()).isEqualTo(expected);
      teasers += expected ? 1 : 0;
    }
    RandomInputs random = RandomInputs.seeded(0x74656173L);
    for (var sample : random.samples(5_000, MetadataShortcutsTest::randomMarkup)) {
      Element body = Jsoup.parse(sample.value()).body();
      boolean expected = referenceHasTeaser(body);
      assertThat(HtmlPageExtractor.hasTeaser(body)).as(sample.toString()).isEqualTo(expected);
      teasers += expected ? 1 : 0;
    }
    assertThat(teasers).isGreaterThan(100);
  }

  @Test
  void anElementSaidToHoldMoreTextHoldsIt() throws Exception {
    RandomInputs random = RandomInputs.seeded(0x686f6c64L);
    List<Element> elements = corpusElements();
    for (var sample : random.samples(5_000, MetadataShortcutsTest::randomMarkup)) {
      elements.add(Jsoup.parse(sample.value()).body());
    }
    int more = 0;
    for (Element e : elements) {
      for (int limit : new int[] {0, 5, 100, 199}) {
        if (HtmlPageExtractor.holdsMoreThan(e, limit)) {
          assertThat(e.text().length()).as(e.outerHtml()).isGreaterThan(limit);
          more++;
        }
      }
    }
    assertThat(more).isPositive();
  }

  /** Every character the title's typography check lets by is one its folds leave as it is. */
  @Test
  void typographyPassesOverOnlyWhatItWouldNotFold() {
    int folded = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = "a" + (char) c + "b";
      if (HtmlPageExtractor.holdsTypography(s)) {
        folded++;
      } else {
        assertThat(HtmlPageExtractor.foldTypography(s)).as("U+%04X", c).isEqualTo(s);
      }
    }
    assertThat(folded).isEqualTo(19);
  }

  private static final List<String> DATED_PIECES = List.of("<div>", "</div>", "<p>text</p>", "<span>", "</span>",
      "<h1>Title</h1>", "<h1>Other</h1>", "<div class=date>Jan 2, 2020</div>", "<time>2020-01-02</time>",
      "<span class=meta>Posted 3 March 2019</span>", "<p>18.05.2014</p>", "<div class=updated>May 5, 2021</div>",
      "<ul><li class=date>June 1, 2018</li></ul>", "<nav><span class=date>July 4, 2017</span></nav>", "<li>", "</li>",
      "<div class=byline>By Ann, 2 Feb 2016</div>", "Jan 2, 2020", "<br>");

  /** The date search that starts a few elements above the headline finds what the search of the whole body finds. */
  @Test
  void printedDateSkipsOnlyWhatItWouldForget() throws Exception {
    RandomInputs random = RandomInputs.seeded(0x64617465L);
    List<org.jsoup.nodes.Document> docs = new ArrayList<>();
    for (var sample : random.samples(5_000, r -> {
      StringBuilder html = new StringBuilder("<body>");
      for (String piece : r.listOf(0, 60, () -> r.oneOf(DATED_PIECES))) {
        html.append(piece);
      }
      return html.toString();
    })) {
      docs.add(Jsoup.parse(sample.value()));
    }
    List<Path> pages = SharedFolder.corpusPages();
    for (int p = 0; p < pages.size(); p += 3) {
      docs.add(Jsoup.parse(new String(Files.readAllBytes(pages.get(p)), StandardCharsets.UTF_8)));
    }
    int dated = 0;
    for (var doc : docs) {
      MarkupIndex markup = MarkupIndex.of(doc, HtmlPageExtractor.EVERY_PAGE);
      for (String title : new String[] {null, "Other", doc.title()}) {
        Element headline = HtmlPageExtractor.headline(markup, title);
        String whole = HtmlPageExtractor.printedDate(markup, headline, markup.bodyRange()[0]);
        assertThat(HtmlPageExtractor.printedDate(markup, title)).as("%s in %s", title, doc.body()).isEqualTo(whole);
        dated += whole == null ? 0 : 1;
      }
    }
    assertThat(dated).isGreaterThan(1_000);
  }
}
