package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import newsdesk.article.Article;
import newsdesk.extract.Extraction;
import newsdesk.extract.Extractor;
import newsdesk.extract.RawPage;
import org.junit.jupiter.api.Test;

/**
 * Metadata rules one by one, each on a small invented page: where titles, people, publishers and
 * dates are declared, and which source wins when several disagree.
 */
class MetadataTest {

  private static final String STORY = "<p>The river rose two metres overnight and the ferry to the island stopped"
      + " running before dawn, leaving commuters to wait on the quay for news of a replacement bus.</p>"
      + "<p>Council engineers said the water should fall by the weekend, although more rain is forecast for the"
      + " hills above the valley, and the ferry operator promised refunds for every cancelled crossing.</p>"
      + "<p>Shopkeepers along the embankment moved their stock upstairs and stacked sandbags at their doors,"
      + " remembering the flood of the previous winter that closed the high street for a fortnight.</p>";

  /** Extracts a page made of {@code head} markup, then {@code body} markup before a story of three paragraphs. */
  static Article article(String head, String body) {
    String html = "<!doctype html><html lang=\"en\"><head>" + head + "</head><body>" + body
        + "<article>" + STORY + "</article></body></html>";
    Extraction e = new Extractor().extract(RawPage.of(html.getBytes(StandardCharsets.UTF_8), "page.html"));
    assertThat(e).isInstanceOf(Extraction.Extracted.class);
    return ((Extraction.Extracted) e).article();
  }

  private static String ld(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  @Test
  void jsonLdInsideCdataOrCommentWrappersIsRead() {
    String json = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Ferry stops as river rises\","
        + "\"datePublished\":\"2023-03-04T06:30:00+01:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Mara Lindqvist\"}}";
    for (String wrapped : new String[] {"<![CDATA[\n" + json + "\n]]>", "//<![CDATA[\n" + json + "\n//]]>",
        "/*<![CDATA[*/" + json + "/*]]>*/", "<!--\n" + json + "\n-->"}) {
      Article a = article(ld(wrapped) + "<meta property=\"og:title\" content=\"Share this: ferry chaos\">", "");
      assertThat(a.title()).as(wrapped).isEqualTo("Ferry stops as river rises");
      assertThat(a.published()).as(wrapped).isEqualTo("2023-03-04T06:30+01:00");
      assertThat(a.authors()).as(wrapped).containsExactly("Mara Lindqvist");
    }
  }

  @Test
  void postingTypesAreStories() {
    Article a = article(ld("{\"@type\":\"SocialMediaPosting\",\"headline\":\"Island ferry update\","
        + "\"datePublished\":\"2023-03-04T09:00:00-04:00\"}"), "");
    assertThat(a.title()).isEqualTo("Island ferry update");
    assertThat(a.published()).isEqualTo("2023-03-04T09:00-04:00");
  }
}
