package newsdesk.extract.html;

import static newsdesk.extract.html.BodySelectionTest.extract;
import static newsdesk.extract.html.BodySelectionTest.page;
import static newsdesk.extract.html.BodySelectionTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Invented pages, one per recall rule: story text that used to be lost because the wrong container
 * won, the container was cut short, a block kind was dropped, or the page was taken for a non-article.
 * Each page is built so that it fails without its rule.
 */
class BodyRecallTest {

  private static final String STORY = BodySelectionTest.STORY;

  @Test
  void aDataTableInTheStoryIsPartOfItsText() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article>" + STORY + "<table><tr><th>Month</th><th>Salmon counted</th></tr>"
            + "<tr><td>March</td><td>1,204</td></tr><tr><td>April</td><td>2,918</td></tr></table></article>");
    assertThat(text(html)).contains("first run is expected", "Salmon counted", "April | 2,918");
  }

  @Test
  void textBetweenBreaksInALayoutCellIsTheStoryNotTheWholeRow() {
    String html = page("",
        "<table><tr><td><a href=/>Home</a><br><a href=/blog>Blog</a><br>Visitors online: 3<br>Guests: 3</td>"
            + "<td>The river authority opened the new fish ladder on Tuesday, ten years after the first salmon were"
            + " counted below the old weir.<br><br>Engineers said the ladder, a series of shallow pools, lets fish climb"
            + " four metres without leaping, which older designs demanded of them.<br><br>The authority will publish"
            + " counts every month, starting in the spring, when the first run is expected, and anglers may watch"
            + " from the bank below the weir, where a new path has been laid.</td>"
            + "<td>Our poll<br>Statistics<br>Friends</td></tr></table>");
    assertThat(text(html)).contains("fish ladder on Tuesday", "older designs demanded of them", "first run is expected")
        .doesNotContain("Visitors online", "Our poll");
  }

  @Test
  void aLayoutCellHoldingTablesIsNoParagraphOfItsRow() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<table><tr><td><table><tr><td>Menu</td></tr><tr><td>Archive of entries: 2010 September, 2010 October</td></tr>"
            + "<tr><td>Statistics: online now 1, guests 1, members 0</td></tr>"
            + "<tr><td>Friends: the valley clan, the river club</td></tr>"
            + "<tr><td>Search the archive of this little blog of letters</td></tr></table></td>"
            + "<td><table><tr><td>Home » 2010 » October » Letters</td></tr><tr><td>It was said that when you are angry you"
            + " should write a letter to the one who hurt you.<br>Today I start, and there are so many letters to write"
            + " now.<br>Can you walk up high walls? Is your nose full of it yet?<br>When were you last in love, head over"
            + " heels and past all reason?<br>And so I write, one letter for every wall and every nose.</td></tr>"
            + "</table></td></tr></table>");
    assertThat(text(html)).contains("It was said that when you are angry", "past all reason")
        .doesNotContain("Archive of entries", "Friends: the valley clan");
  }

  @Test
  void aLinkHeavyPageWithOneLinkFreeStoryIsAnArticle() {
    StringBuilder links = new StringBuilder("<div class=list>");
    for (int i = 0; i < 40; i++) {
      links.append("<div><a href=/river/").append(i).append(">Stories from the river valley, part ").append(i)
          .append("</a></div>");
    }
    links.append("</div>");
    String html = page("", "<div class=col>" + links + "</div><div class=col><h1>Fish ladder opens</h1>" + STORY + "</div>");
    assertThat(text(html)).contains("fish ladder on Tuesday", "first run is expected");
  }

  @Test
  void rubyReadingsAreNotPartOfTheText() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article><div>子どもたちが<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>の読み方を学ぶ子どもたちのための新しい教科書が、来年の春から"
            + "全国の小学校で使われることになりました。</div>" + STORY + "</article>");
    assertThat(text(html)).contains("子どもたちが漢字の読み方を学ぶ", "first run is expected").doesNotContain("かんじ");
  }

  @Test
  void anAsideHoldingMostOfThePagesTextIsTheStory() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<main><aside class=direct-content><section><article>" + STORY + "</article></section></aside>"
            + "<div class=more><p>Subscribe to the valley newsletter for weekly news from the river authority.</p></div>"
            + "</main><aside><p>Weather for the valley: sunny spells, a light breeze from the west later.</p></aside>");
    assertThat(text(html)).contains("fish ladder on Tuesday", "first run is expected").doesNotContain("Weather for the valley");
  }

  @Test
  void aShortPostDeclaredAsAnArticleIsKept() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article class=post><h1>Fish ladder opens</h1><p>\u201cDid you see the salmon?\u201d \u2013 \u201cNot yet.\u201d</p>"
            + "<p>\u2013 \u201cThen come down to the weir tomorrow, early, and bring the children.\u201d</p></article>");
    assertThat(text(html)).contains("Did you see the salmon?", "bring the children");
  }

  @Test
  void aLeadKeptInABlockBesideTheTextIsBody() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<div class=intro>Welcome to the Valley Courier, news from the river since 1921.</div>"
            + "<div class=news-single><div class=head><h1>Fish ladder opens</h1></div>"
            + "<div class=teaser-text><p>Salmon can pass the old weir for the first time in a century.</p></div>"
            + "<div class=pictures><img src=/ladder.jpg></div><div class=news-text>" + STORY + "</div></div>");
    assertThat(text(html)).startsWith("Salmon can pass the old weir").contains("first run is expected")
        .doesNotContain("Welcome to the Valley Courier");
  }

  @Test
  void aLeadInLanguagesOtherThanEnglishIsFoundByItsClassWord() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<div class=artikel><h1>Fish ladder opens</h1><div class=DefaultEinleitung>Salmon can pass the old weir for the"
            + " first time in a century.</div><div class=share><a href=/s>Share</a></div>"
            + "<div class=block><div class=text>" + STORY + "</div></div></div>");
    assertThat(text(html)).startsWith("Salmon can pass the old weir").contains("first run is expected");
  }

  @Test
  void aLeadNamedBlockOfLinksIsNoLead() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<div class=story><h1>Fish ladder opens</h1><div class=summary><a href=/a>Salmon season opens on the lower"
            + " river</a> <a href=/b>Weir repairs</a></div><div class=text>" + STORY + "</div></div>");
    assertThat(text(html)).contains("first run is expected").doesNotContain("Salmon season opens");
  }

  @Test
  void theMarkedLeadOfAStoryHeaderOutlivesTheHeader() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article><header><span class=kicker>Rivers</span><h1>Fish ladder opens</h1>"
            + "<h2 class=summary>Salmon can pass the old weir for the first time in a century.</h2>"
            + "<div class=meta>Tuesday, 4 May</div></header><div class=body>" + STORY + "</div></article>");
    assertThat(text(html)).startsWith("Salmon can pass the old weir").contains("first run is expected")
        .doesNotContain("Rivers", "4 May");
  }

  @Test
  void aLeadSeveralLevelsAboveTheTextBlockIsFound() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<div class=page><h1>Fish ladder opens</h1><div class=top><div class=artikel-teaser><p>Salmon can pass the old"
            + " weir for the first time in a century.</p></div></div><div class=wrap><div class=row><div class=col>"
            + "<div class=main-text>" + STORY + "</div></div></div></div></div>");
    assertThat(text(html)).startsWith("Salmon can pass the old weir").contains("first run is expected");
  }

  @Test
  void aStoryHeaderNamedForItsLeadStillGoesButLeavesTheLead() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article><header class=\"head head--with-intro\"><span class=kicker>Rivers</span><h1>Fish ladder opens</h1>"
            + "<div class=head__intro>Salmon can pass the old weir for the first time in a century.</div>"
            + "<div class=meta>Tuesday, 4 May</div></header><div class=body>" + STORY + "</div></article>");
    assertThat(text(html)).startsWith("Salmon can pass the old weir").contains("first run is expected")
        .doesNotContain("Rivers", "4 May");
  }

  @Test
  void aShortUndeclaredNoticeInOneParagraphIsAStory() {
    String html = page("",
        "<div class=menu><a href=/>Home</a> <a href=/news>News</a></div><div id=post-7 class=post><h2>Fish ladder opens</h2>"
            + "<div class=entry>The river authority opened the new fish ladder on Tuesday, ten years after the first salmon"
            + " were counted below the old weir. Engineers said the ladder, a series of shallow pools, lets fish climb four"
            + " metres without leaping, which older designs demanded of them. The authority will publish counts every month,"
            + " starting in the spring, when the first run is expected, and anglers may watch from the new path.</div></div>");
    assertThat(text(html)).contains("fish ladder on Tuesday", "first run is expected");
  }

  @Test
  void aShortUndeclaredParagraphAmongLinksIsStillAStub() {
    StringBuilder links = new StringBuilder("<ul class=list>");
    for (int i = 0; i < 12; i++) {
      links.append("<li><a href=/river/").append(i).append(">Stories from the river valley, part ").append(i).append("</a></li>");
    }
    String html = page("", links + "</ul><div class=about>The Valley Courier has reported on the river, its weirs, its"
        + " fish and its anglers since 1921, and it is written by volunteers from the three villages along its banks,"
        + " who meet every Thursday evening in the back room of the mill to plan the next issue.</div>");
    assertThat(extract(html)).isInstanceOf(newsdesk.extract.Extraction.Rejected.class);
  }

  @Test
  void anUnclosedNamedAnchorAroundThePageIsNoLink() {
    String[] parts = STORY.split("(?<=</p>)");
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<a name=top><h1>Fish ladder opens</h1><div class=part>" + parts[0] + parts[1] + "</div><div class=part>" + parts[2]
            + "<p>Anglers may watch from the bank below the weir, where a new path has been laid this winter.</p></div>");
    assertThat(text(html)).contains("fish ladder on Tuesday", "first run is expected", "new path has been laid");
  }

  @Test
  void aNumberedSidebarIsASidebar() {
    StringBuilder side = new StringBuilder("<div class=\"site-sidebar2\"><div class=block>");
    for (int i = 0; i < 2; i++) {
      side.append("<p>The Valley Courier: rivers, weirs, fish, anglers, boats, mills, bridges, floods, letters, photographs.</p>");
    }
    String html = page("<meta property=\"og:type\" content=\"article\">",
        side + "</div></div><div class=main><h1>Fish ladder opens</h1><div class=body>" + STORY + "</div></div>");
    assertThat(text(html)).contains("fish ladder on Tuesday", "first run is expected").doesNotContain("Valley Courier");
  }

  @Test
  void theSubtitleInAStoryHeaderIsBody() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article><header class=article-head><h1>Fish ladder opens</h1><h2 class=article-head__subtitle>Salmon can pass"
            + " the old weir for the first time in a century</h2><div class=meta>Tuesday, 4 May</div></header>"
            + "<div class=body>" + STORY + "</div></article>");
    assertThat(text(html)).startsWith("Salmon can pass the old weir").contains("first run is expected").doesNotContain("4 May");
  }

  @Test
  void aBlockMarkedToBePrintedInFullIsStory() {
    String html = page("<meta property=\"og:type\" content=\"article\">",
        "<article><h1>Fish ladder opens</h1>" + STORY + "<div class=\"col print-full\"><h3>What the ladder is made of</h3>"
            + "<ul><li>twelve shallow concrete pools</li><li>one oak gate</li></ul></div><div class=print>Print</div></article>");
    assertThat(text(html)).contains("first run is expected", "twelve shallow concrete pools").doesNotContain("Print");
  }
}
