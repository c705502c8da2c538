package newsdesk.extract.html;

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
}
