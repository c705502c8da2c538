package newsdesk.store;

import java.util.List;
import newsdesk.article.ArticleSummary;

/**
 * One page of a newest-first listing. {@code next} is the store's raw position after the last item
 * (null at the end); clients only ever see it wrapped in an opaque cursor.
 */
public record SummaryPage(List<ArticleSummary> items, String next) {
  public SummaryPage {
    items = List.copyOf(items);
  }
}
