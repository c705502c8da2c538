package newsdesk.extract.html;

import newsdesk.extract.ArticleDraft;
import newsdesk.extract.PageRejected;
import newsdesk.extract.RejectReason;

/** Placeholder. */
public final class HtmlPageExtractor {
  private HtmlPageExtractor() {}

  public static ArticleDraft extract(String html, String urlHint) {
    throw new PageRejected(RejectReason.UNREADABLE, "html not yet");
  }
}
