package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import newsdesk.article.Article;
import newsdesk.extract.Extraction;
import newsdesk.extract.Extractor;
import newsdesk.extract.RawPage;
import org.junit.jupiter.api.Test;

/**
 * Invented pages, one per body-selection rule: which container holds the story and which furniture
 * inside or beside it is left out. Each page is built so that it fails without its rule.
 */
class BodySelectionTest {

  static final String STORY = "<p>The river authority opened the new fish ladder on Tuesday, ten years after the"
      + " first salmon were counted below the old weir, and anglers lined the bank to watch.</p>"
      + "<p>Engineers said the ladder, a series of shallow pools, lets fish climb four metres without leaping, which"
      + " older designs demanded of them.</p>"
      + "<p>The authority will publish counts every month, starting in the spring, when the first run is expected.</p>";

  static Extraction extract(String html) {
    return new Extractor().extract(RawPage.of(html.getBytes(StandardCharsets.UTF_8), "inline.html"));
  }

  static String text(String html) {
    Extraction e = extract(html);
    assertThat(e).isInstanceOf(Extraction.Extracted.class);
    Article a = ((Extraction.Extracted) e).article();
    return a.text();
  }

  static String page(String head, String body) {
    return "<html lang=en><head><title>Fish ladder opens</title>" + head + "</head><body>" + body + "</body></html>";
  }

  @Test
  void twoContainersScoringAlikeAlwaysGiveTheFirstOnThePage() {
    // Ties used to be broken in hash order of the elements, which differs from one parse to the next:
    // the same page could be stored as two different articles. The first on the page wins, every time.
    StringBuilder menu = new StringBuilder("<nav>");
    for (int i = 0; i < 40; i++) {
      menu.append("<a href=\"/section-").append(i).append("\">Section number ").append(i).append(" of the valley news</a> ");
    }
    menu.append("</nav>");
    String first = "The river authority opened the new fish ladder on Tuesday after ten years of counting salmon below the weir";
    String second = "The ferry company sold its oldest boat on Monday after forty years of carrying farmers across the lakeshore";
    assertThat(first).hasSameSizeAs(second);
    String html = page("", menu + "<div id=x><div class=a><p>" + first + "</p></div></div>"
        + "<div id=y><div class=b><p>" + second + "</p></div></div>");
    for (int i = 0; i < 40; i++) {
      assertThat(MainContent.best(org.jsoup.Jsoup.parse(html)).text()).isEqualTo(first);
    }
  }

  @Test
  void aFormWrappingThePageIsThePageNotAWidget() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<form id=main action=/post method=post><div class=header>Home</div><div class=story>" + STORY + "</div></form>"
            + "<form class=find action=/find><p>Search the archive of the river authority for other stories</p>"
            + "<input name=q></form>");
    assertThat(text(html)).contains("fish ladder on Tuesday", "first run is expected").doesNotContain("Search the archive");
  }

  @Test
  void aStoryInNoscriptIsKeptWhenItIsThePage() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<div id=app></div><noscript><div class=post>" + STORY + "</div></noscript>"
            + "<noscript><p>Please enable JavaScript to view the comments powered by our partner.</p></noscript>");
    assertThat(text(html)).contains("fish ladder on Tuesday", "first run is expected").doesNotContain("enable JavaScript");
  }

  @Test
  void authorBioBoxesAndLikeWidgetsAreNotStory() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article><div class=entry-content>" + STORY
            + "<div class=\"sharedaddy sd-block\"><h3 class=sd-title>Like this:</h3><p>Like Loading the likes of readers</p></div>"
            + "</div><section class=\"author-box clr\"><p>Mara Lind writes about rivers, weirs and the people who fish"
            + " them, and has done so for twenty years.</p></section>"
            + "<div class=entry-meta><p>This entry was posted in Rivers and tagged salmon, weirs, ladders on a Tuesday.</p></div>"
            + "</article>");
    assertThat(text(html)).contains("first run is expected")
        .doesNotContain("Mara Lind", "Like this", "likes of readers", "This entry was posted");
  }

  @Test
  void theLeadInTheStorysOwnHeaderIsBody() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<header class=site><p>The Valley Courier</p></header><article><header><h1>Fish ladder opens</h1>"
            + "<p class=lead>Salmon can pass the old weir for the first time in a century, and the"
            + " anglers are pleased.</p></header>" + STORY
            + "</article>");
    assertThat(text(html)).startsWith("Salmon can pass the old weir").doesNotContain("Valley Courier");
  }

  @Test
  void aStorySplitOverSiblingModulesIsFoundWhole() {
    String module = "<div class=module><div class=module__text><div class=module__inner>%s</div></div></div>";
    String[] parts = STORY.split("(?<=</p>)");
    StringBuilder modules = new StringBuilder();
    for (String part : parts) {
      modules.append(String.format(module, part));
    }
    String html = page("<meta property=\"og:type\" content=\"article\">", "<div class=modules>" + modules + "</div>");
    assertThat(text(html)).contains("fish ladder on Tuesday", "Engineers said", "first run is expected");
  }

  @Test
  void teasersLinkingToOtherStoriesGoButTheStorysOwnTeaserStays() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article><div class=article-teaser-text><p>Salmon can pass the old weir for the first time in a century.</p></div>"
            + STORY + "<div class=m-teaser><a href=/other><h2 class=m-teaser__title>Harbour bridge to close for repairs"
            + " next spring</h2><p>Engineers will replace worn cables during a six-week closure of the crossing.</p></a>"
            + "</div></article>");
    assertThat(text(html)).contains("Salmon can pass", "first run is expected")
        .doesNotContain("Harbour bridge", "worn cables");
  }

  @Test
  void aCompoundNamePairingAStoryWordWithAFurnitureWordIsFurniture() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article><div class=entry-content>" + STORY
            + "<ul class=\"related_post wp_rp\"><li><a href=/weir>The old weir at dusk</a><small>For a century the weir"
            + " kept salmon below the town, and the anglers of the valley learned to live with it.</small></li></ul>"
            + "<div class=article__tags>Filed under salmon, weirs and the river authority</div>"
            + "</div></article>");
    assertThat(text(html)).contains("fish ladder on Tuesday", "first run is expected")
        .doesNotContain("kept salmon below the town", "Filed under");
  }

  @Test
  void furnitureLinesInsideTheStoryAreLeftOut() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article><div class=entry-content><p>4 min read</p><p>Publiziert: 03.04.2020, 12:35</p>" + STORY
            + "<h3>Zum Weiterlesen:</h3><p>Schlagworte: Lachs, Wehr, Fischtreppe</p><p>Rezept drucken</p>"
            + "<div>Keine Kommentare</div></div></article>");
    assertThat(text(html)).contains("fish ladder on Tuesday", "first run is expected")
        .doesNotContain("min read", "Publiziert", "Weiterlesen", "Schlagworte", "drucken", "Kommentare");
  }

  @Test
  void thePublishersAppealsAndNoticesInsideTheStoryAreLeftOut() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article><div class=entry-content>" + STORY
            + "<p><em>Follow the Valley Courier on Twitter and Instagram for more river news.</em></p>"
            + "<p>This article is the copyrighted property of the Valley Courier.</p></div></article>");
    assertThat(text(html)).contains("fish ladder on Tuesday", "first run is expected")
        .doesNotContain("Follow the Valley Courier", "copyrighted property");
  }

  @Test
  void captionsMarkedOnlyByTheirClassAreCaptionsNotText() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article>" + STORY + "<div class=\"wp-caption alignnone\"><img src=/ladder.jpg>"
            + "<p class=wp-caption-text>The new ladder seen from the footbridge.</p></div>"
            + "<p>Counts will be published online.<span class=img__credit>Photo: Jan Ek</span></p></article>");
    Article a = ((Extraction.Extracted) extract(html)).article();
    assertThat(a.text()).contains("first run is expected", "Counts will be published online.")
        .doesNotContain("seen from the footbridge", "Jan Ek");
    assertThat(a.captions()).extracting(c -> c.text()).contains("The new ladder seen from the footbridge.");
  }

  @Test
  void pictureDescriptionsAndCreditLinesAreCaptionsNotText() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article>" + STORY + "<div class=img-box><img src=/weir.jpg><div class=image-subtitle>The old weir in 1920"
            + "</div></div><div class=legend>Salmon counted below the weir, by year</div><p>Foto: Jan Ek</p>"
            + "<p>(Credit: Mara Lind / Valley Courier)</p></article>");
    Article a = ((Extraction.Extracted) extract(html)).article();
    assertThat(a.text()).contains("first run is expected")
        .doesNotContain("old weir in 1920", "counted below the weir, by year", "Jan Ek", "Mara Lind");
    assertThat(a.captions()).extracting(c -> c.credit()).contains("Foto: Jan Ek");
  }

  @Test
  void embeddedPostsAndTablesOfContentsAreNotStory() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article><div class=entry-content><div id=ez-toc-container><p class=ez-toc-title>Contents of this page</p>"
            + "<ul><li><a href=#a>Opening day</a></li><li><a href=#b>Counts</a></li></ul></div>" + STORY
            + "<blockquote class=wp-embedded-content><a href=/other>Harbour bridge to close for repairs next spring, what a"
            + " sight for the whole valley</a></blockquote></div></article>");
    assertThat(text(html)).contains("fish ladder on Tuesday", "first run is expected")
        .doesNotContain("Contents of this page", "what a sight");
  }

  @Test
  void linesAndHeadingsThatAreLinksToOtherPagesAreLeftOut() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article><div class=entry-content>" + STORY
            + "<p>&gt;&gt; <a href=/otters>Otters seen again on the lower river for the first time</a> &lt;&lt;</p>"
            + "<p><a href=/harbour>Harbour bridge to close</a><br>\n<a href=\"\">Ferry timetable changes</a></p>"
            + "<div class=box><h3><a href=/weirs>Ten weirs that shaped the valley</a></h3><p>From 1820 to now.</p></div>"
            + "<a href=/floods><h2>Flood warnings lifted</h2></a>"
            + "<h3><a href=/ladders/pool>The pool ladder</a></h3>" + STORY
            + "<p>The authority's <a href=/report>report on the ladder's first year of counts</a>.</p>"
            + "<p>Counts: <a href=https://counts.example.org>https://counts.example.org</a></p>"
            + "<p>(via <a href=/weekly>River Weekly</a>)</p><p><a href=#faq>Questions and answers</a></p>"
            + "<p><a name=faq>Why did the ladder take ten years?</a></p></div></article>");
    assertThat(text(html)).contains("first run is expected", "report on the ladder's first year of counts.",
            "https://counts.example.org", "Why did the ladder take ten years?", "The pool ladder", "(via River Weekly)",
            "Questions and answers")
        .doesNotContain("Otters seen", "Harbour bridge", "Ferry timetable", "Ten weirs", "Flood warnings");
  }

  @Test
  void headingsWithNothingOfTheirOwnUnderThemAreLeftOut() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article><div class=entry-content><h2>Opening day</h2><h3>At the weir</h3>" + STORY
            + "<h3>From the valley desk</h3><h3>Ten weirs that shaped the valley and the towns along it</h3>"
            + "<p>Engineers will replace worn cables during a six-week closure of the crossing.</p>"
            + "<h2>The week on the river</h2></div></article>");
    assertThat(text(html)).contains("Opening day", "At the weir", "first run is expected", "Ten weirs", "worn cables")
        .doesNotContain("From the valley desk", "The week on the river");
  }

  private static String ldBody(String body) {
    return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"Fish ladder opens\",\"articleBody\":\"" + body + "\"}</script>";
  }

  @Test
  void declaredArticleBodyStandsInForAScriptRenderedPage() {
    String declared = ("The river authority opened the new fish ladder on Tuesday, ten years after the first salmon were"
        + " counted below the old weir. ").repeat(6) + "\\n" + "Engineers said the ladder lets fish climb four metres"
        + " without leaping, which older designs demanded of them, and counts begin in spring. ".repeat(4);
    String html = page(ldBody(declared), "<div id=app><p>Loading the story, one moment please while we fetch it.</p>"
        + "<p>Sign up for our daily briefing and never miss a story from the river towns again.</p></div>");
    String text = text(html);
    assertThat(text).contains("first salmon were counted", "\n\nEngineers said").doesNotContain("Loading the story");
  }

  @Test
  void aTeaserArticleBodyDoesNotReplaceTheStory() {
    String html = page(ldBody("The river authority opened the new fish ladder on Tuesday."),
        "<article>" + STORY + "</article>");
    assertThat(text(html)).contains("Engineers said the ladder", "first run is expected");
  }
}
