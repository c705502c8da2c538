package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import newsdesk.article.Article;
import org.junit.jupiter.api.Test;

/** The poller's item dates are hints: they fill what the page lacks and never replace what it says. */
class FeedDateHintsTest {

  @Test
  void aDateInThePageWinsOverTheFeeds() {
    Article fromPage = article("2022-01-31T08:00Z", null);

    Article merged = Ingestion.withFeedDates(fromPage,
        Map.of("item-published", "2022-02-01T09:00Z", "item-updated", "2022-02-02T09:00Z"));

    assertThat(merged.published()).isEqualTo("2022-01-31T08:00Z");
    assertThat(merged.updated()).isEqualTo("2022-02-02T09:00Z");
  }

  @Test
  void withoutHintsTheArticleIsUnchanged() {
    Article fromPage = article(null, null);
    assertThat(Ingestion.withFeedDates(fromPage, Map.of())).isSameAs(fromPage);
  }

  private static Article article(String published, String updated) {
    return new Article("a", null, "t", null, null, null, null, null, null, null, published, updated,
        null, null, null, null, "text", null, null, false, 1, "h", null, null, null);
  }
}
