package newsdesk.extract.html;

import static newsdesk.extract.Fixtures.article;
import static newsdesk.extract.Fixtures.extract;
import static newsdesk.extract.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.article.Article;
import newsdesk.article.Block;
import newsdesk.extract.Extraction;
import newsdesk.extract.RejectReason;
import org.junit.jupiter.api.Test;

/** Invented HTML pages, one per metadata source and page shape the HTML engine must handle. */
class HtmlExtractionTest {

  @Test
  void jsonLdGraphMetadataWins() {
    Article a = article("html/news-jsonld.html");
    assertThat(a.title()).isEqualTo("Harbour bridge to close for repairs next spring");
    assertThat(a.subtitle()).isEqualTo("Engineers will replace worn cables during a six-week closure.");
    assertThat(a.url()).isEqualTo("https://www.northerncourier.example/news/harbour-bridge-repairs?id=42");
    assertThat(a.authors()).containsExactly("Amelia Hart", "Joseph Mbeki");
    assertThat(a.publisher()).isEqualTo("The Northern Courier");
    assertThat(a.host()).isNull();
    assertThat(a.section()).isEqualTo("Local");
    assertThat(a.tags()).containsExactly("Transport", "Infrastructure");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.published()).isEqualTo("2024-02-10T08:30+01:00");
    assertThat(a.updated()).isEqualTo("2024-02-10T11:05+01:00");
    assertThat(a.description()).startsWith("The city's busiest crossing");
    assertThat(a.image().url()).isEqualTo("https://cdn.northerncourier.example/img/bridge.jpg");
  }

  @Test
  void bodyKeepsStoryBlocksInOrderAndDropsBoilerplate() {
    Article a = article("html/news-jsonld.html");
    assertThat(a.body()).extracting(Block::type).containsExactly(Block.FIGURE, Block.PARAGRAPH, Block.PARAGRAPH,
        Block.HEADING, Block.PARAGRAPH, Block.PARAGRAPH, Block.LIST, Block.QUOTE, Block.TABLE, Block.PARAGRAPH,
        Block.PREFORMATTED);
    Block figure = a.body().get(0);
    assertThat(figure.caption()).isEqualTo("The harbour bridge carries about 40,000 vehicles a day.");
    assertThat(figure.credit()).isEqualTo("Photo: Lena Brandt");
    assertThat(a.captions()).hasSize(1);
    assertThat(texts(a, Block.HEADING)).containsExactly("Why now");
    assertThat(a.body().get(6).items()).containsExactly("replacing all 48 suspension cables", "resurfacing the main deck",
        "new lighting for the footpaths");
    assertThat(a.body().get(8).text()).isEqualTo("Phase | Weeks\nCables | 4\nDeck | 2");
    assertThat(a.text()).doesNotContain("cookies", "newsletter", "Share on", "Related", "Great news", "All rights",
        "Sport", "By Amelia", "40,000 vehicles");
    assertThat(a.text()).contains("replacing all 48 suspension cables\n\nresurfacing the main deck");
    assertThat(a.truncated()).isFalse();
  }

  @Test
  void openGraphAndAuthorMetaWithLooseTextParagraphs() {
    Article a = article("html/opengraph-only.html");
    assertThat(a.title()).isEqualTo("Orchard growers count cost of late frost");
    assertThat(a.url()).isEqualTo("https://valleytimes.example/2023/06/01/orchard-frost/");
    assertThat(a.published()).isEqualTo("2023-06-01T14:00Z");
    assertThat(a.authors()).containsExactly("Rosa Delgado", "Tomasz Nowak");
    assertThat(a.publisher()).isEqualTo("Valley Times");
    assertThat(texts(a, Block.PARAGRAPH)).hasSize(4).first().asString().startsWith("A single night of frost");
    assertThat(a.text()).doesNotContain("Most read", "Cheese");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.image()).isNull();
  }

  @Test
  void dublinCoreAndGuessedLanguage() {
    Article a = article("html/german-dublin-core.html");
    assertThat(a.title()).isEqualTo("Stadtrat beschließt neuen Radweg am Fluss");
    assertThat(a.authors()).containsExactly("Klaus Berger");
    assertThat(a.published()).isEqualTo("2021-09-14");
    assertThat(a.language()).isEqualTo("de");
    assertThat(a.url()).isNull();
    assertThat(a.id()).matches("[0-9a-f]{16}");
  }

  @Test
  void paywalledTeaserIsTruncated() {
    Article a = article("html/paywall.html");
    assertThat(a.truncated()).isTrue();
    assertThat(a.authors()).containsExactly("Ines Carvalho");
    assertThat(a.published()).isEqualTo("2024-04-02");
    assertThat(a.text()).doesNotContain("Subscribe");
  }

  @Test
  void indexAndErrorPagesAreNotArticles() {
    for (String page : List.of("html/index-page.html", "html/error-page.html")) {
      Extraction e = extract(page);
      assertThat(e).as(page).isInstanceOf(Extraction.Rejected.class);
      assertThat(((Extraction.Rejected) e).reason()).as(page).isEqualTo(RejectReason.NOT_ARTICLE);
    }
  }

  @Test
  void titleSiteNameIsRemovedOnEitherSide() {
    assertThat(HtmlPageExtractor.cleanTitle("Story here | Site", List.of(), "Site", null, null)).isEqualTo("Story here");
    assertThat(HtmlPageExtractor.cleanTitle("Site - Story here - more", List.of(), "Site", null, null)).isEqualTo("Story here - more");
    assertThat(HtmlPageExtractor.cleanTitle("Russia warns West - Reuters", List.of(), null, null, null)).isEqualTo("Russia warns West");
    assertThat(HtmlPageExtractor.cleanTitle("Long story: the sequel | Unknown Mag", List.of("Long story: the sequel"), null, null, null))
        .isEqualTo("Long story: the sequel");
    assertThat(HtmlPageExtractor.cleanTitle("Plain headline", List.of(), "Site", null, null)).isEqualTo("Plain headline");
  }

  @Test
  void dropCapsStayInTheirWordAndTagListsAreSplit() {
    String page = "<html lang=en><head><meta property=\"og:type\" content=\"article\">"
        + "<meta property=\"article:tag\" content=\"Oceans,New Zealand, Whales\"></head><body><article>"
        + "<p><span class=\"drop-cap\">W</span>hale experts gathered on the beach at dawn, counting the animals that had"
        + " stranded overnight, and <a href=\"/x\">volunteers</a> kept them wet until the tide returned.</p>"
        + "<p>Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST</p>"
        + "<p>Most of the animals were refloated by the afternoon, the conservation department said in a statement.</p>"
        + "</article></body></html>";
    Extraction e = new newsdesk.extract.Extractor().extract(newsdesk.extract.RawPage.of(
        page.getBytes(java.nio.charset.StandardCharsets.UTF_8), "inline"));
    Article a = ((Extraction.Extracted) e).article();
    assertThat(texts(a, Block.PARAGRAPH)).hasSize(2).first().asString()
        .startsWith("Whale experts").contains("and volunteers kept");
    assertThat(a.tags()).containsExactly("Oceans", "New Zealand", "Whales");
  }
}
