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
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkupIndex} must find, for every kind of markup the metadata reads, exactly the elements
 * {@code doc.select} finds, in the same order: extraction results may not change by finding faster.
 * The plain select runs the query alone, without the kind's necessary test, so a test that turned
 * away a real match fails here.
 */
class MarkupIndexTest {

  /** Markup the metadata queries look for, with near misses: case, other tags with the same class, nesting. */
  private static final List<String> PIECES = List.of("<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<h1>", "</h1>",
      "<time datetime=2020-01-02>", "<time pubdate>", "<time itemprop=datePublished>", "<time itemprop=dateModified>",
      "</time>", "<div class=Byline>", "<div class='post ByLine'>", "<span class=author>", "<a href=/author/x>", "</a>",
      "<a href=/profile/y>", "<a href=/AUTHOR/z>", "<a HREF='x/Profile/'>", "<a href=/authors/>", "<a rel=author>", "<address>", "</address>", "<div itemprop=author>",
      "<span itemprop=name>", "<meta itemprop=headline content=x>", "<p itemprop=alternativeHeadline>", "<span itemprop='HEADLINE '>",
      "<div itemprop=datePublished>", "<span itemprop='datepublished dateModified'>", "<h2 class=Sub-Headline>", "<p itemprop=headline>", "<h2 class=entry-title>",
      "</h2>", "<p class=standfirst>", "<div class=DEK>", "<div class=dek>", "<p class=article-dek>", "<link rel=canonical href=/c>",
      "<meta property=og:title content=T>", "<meta name=author>", "<script type=application/ld+json>{}</script>",
      "<script type=APPLICATION/LD+JSON>{}</script>", "<script>var a;</script>", "<article>", "</article>",
      "<div class=updated>", "<span class=entry-meta>", "<div id=pubDate>", "<div class='Meta info'>", "<footer>", "</footer>",
      "<nav>", "</nav>", "<svg><a>svg</a></svg>", "<table><td class=date>", "</table>", "<body>", "<html>", "<head>",
      "</head>", "text", "Jan 2, 2020", "By Ann Smith");

  /** Checks every kind, with {@code marked} marked during the walk and the others tested on demand. */
  private static void assertSameAsSelect(Document doc, List<MarkupIndex.Kind> marked, String shown) {
    MarkupIndex index = MarkupIndex.of(doc, marked);
    assertThat(index.all()).as("all elements of %s", shown).containsExactlyElementsOf(doc.getAllElements());
    int[] body = index.bodyRange();
    List<Element> inBody = doc.body() == null ? List.of() : doc.body().getAllElements();
    assertThat(index.all().subList(body[0], body[1])).as("body of %s", shown).containsExactlyElementsOf(inBody);
    for (int i = 0; i < index.all().size(); i++) {
      // The subtree ends where the next element outside it starts: the last position inside is the
      // element or one of its descendants, the first one past it is neither.
      int end = index.end(i);
      Element e = index.all().get(i);
      assertThat(end).as("end of %d on %s", i, shown).isGreaterThan(i).isLessThanOrEqualTo(index.all().size());
      assertThat(isAtOrBelow(index.all().get(end - 1), e)).as("last inside %d on %s", i, shown).isTrue();
      if (end < index.all().size()) {
        assertThat(isAtOrBelow(index.all().get(end), e)).as("first past %d on %s", i, shown).isFalse();
      }
    }
    for (MarkupIndex.Kind kind : HtmlPageExtractor.MARKUP) {
      Elements plain = doc.select(Query.of(kind.css()));
      Elements indexed = index.select(kind);
      assertThat(indexed).as("%s on %s", kind, shown).hasSameSizeAs(plain);
      for (int i = 0; i < plain.size(); i++) {
        assertThat(indexed.get(i)).as("%s on %s, match %d", kind, shown, i).isSameAs(plain.get(i));
      }
      assertThat(index.first(kind)).as("first %s on %s", kind, shown).isSameAs(doc.selectFirst(Query.of(kind.css())));
      for (int i = 0; i < index.all().size(); i++) {
        assertThat(index.matches(kind, i)).as("%s at %d on %s", kind, i, shown).isEqualTo(plain.contains(index.all().get(i)));
      }
    }
    List<Elements> each = index.selectEach(HtmlPageExtractor.MARKUP);
    for (int k = 0; k < each.size(); k++) {
      MarkupIndex.Kind kind = HtmlPageExtractor.MARKUP.get(k);
      assertThat(each.get(k)).as("%s of all kinds on %s", kind, shown).containsExactlyElementsOf(index.select(kind));
    }
  }

  private static boolean isAtOrBelow(Element e, Element ancestor) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a == ancestor) {
        return true;
      }
    }
    return false;
  }

  @Test
  void findsWhatSelectFindsOnRandomMarkup() {
    RandomInputs random = RandomInputs.seeded(20261128L);
    for (var sample : random.samples(1_000, r -> r.listOf(0, 50, () -> r.oneOf(PIECES)))) {
      String html = String.join("", sample.value());
      assertSameAsSelect(Jsoup.parse(html), HtmlPageExtractor.MARKUP, sample.toString());
      assertSameAsSelect(Jsoup.parse(html), List.of(), sample.toString());
    }
  }

  @Test
  void findsWhatSelectFindsOnEveryCorpusPage() throws IOException {
    List<Path> pages = SharedFolder.corpusPages();
    assertThat(pages).hasSizeGreaterThan(1_000);
    for (Path page : pages) {
      assertSameAsSelect(Jsoup.parse(Files.readString(page, StandardCharsets.ISO_8859_1)), HtmlPageExtractor.EVERY_PAGE,
          page.toString());
    }
  }

  @Test
  void aNecessaryTestThatTurnsAwayAMatchLosesIt() {
    // The index trusts the kind's test: this is why every kind is checked above against a plain select.
    Document doc = Jsoup.parse("<div class=byline>By Ann Smith</div>");
    MarkupIndex.Kind wrong = MarkupIndex.kind(".byline", g -> g.is("span"));
    MarkupIndex.Kind right = MarkupIndex.kind(".byline", g -> g.classContains("byline"));
    MarkupIndex index = MarkupIndex.of(doc, List.of(wrong));
    assertThat(index.select(wrong)).isEmpty();
    assertThat(index.select(right)).hasSize(1);
  }
}
