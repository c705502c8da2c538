package newsdesk.store;

import java.util.List;
import newsdesk.article.Rejection;

/**
 * One page of the newest-first rejections. {@code next} is the store's position after the last
 * item (null at the end); clients only see it wrapped in an opaque cursor.
 */
public record RejectionPage(List<Rejection> items, String next) {
  public RejectionPage {
    items = List.copyOf(items);
  }
}
