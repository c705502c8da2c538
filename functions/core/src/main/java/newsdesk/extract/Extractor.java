package newsdesk.extract;

import newsdesk.article.Article;
import newsdesk.extract.convention.CanonicalUrl;
import newsdesk.extract.html.HtmlPageExtractor;
import newsdesk.extract.text.TextPageExtractor;

/**
 * Turns a raw page (HTML or a plain-text page dump) into an {@link Extraction}. Thread-safe and
 * cheap to share; never throws for any input bytes: decoding problems, non-articles and even bugs in
 * the engines come back as {@link Extraction.Rejected}.
 */
public final class Extractor {

  /** Recorded in every article and rejection, so a backfill can find what an older extractor made. */
  public static final String VERSION = "0.2.0";

  public Extraction extract(RawPage page) {
    try {
      if (page == null) {
        return new Extraction.Rejected(RejectReason.EMPTY, "no page");
      }
      DecodedPage decoded = PageDecoder.decode(page);
      String urlHint = CanonicalUrl.of(page.url(), null);
      ArticleDraft draft = decoded.html()
          ? HtmlPageExtractor.extract(decoded.text(), urlHint)
          : TextPageExtractor.extract(decoded.text(), urlHint);
      draft.warnings.addAll(0, decoded.warnings());
      Article article = ArticleAssembly.assemble(draft);
      if (article.wordCount() == 0) {
        return new Extraction.Rejected(RejectReason.NOT_ARTICLE, "no article text found");
      }
      return new Extraction.Extracted(article);
    } catch (PageRejected r) {
      return r.toExtraction();
    } catch (RuntimeException | StackOverflowError e) {
      // The promise is "never throws": a page that trips a bug is recorded, not lost with the batch.
      // OutOfMemoryError is left to kill the invocation: the JVM is not trustworthy after it.
      return new Extraction.Rejected(RejectReason.UNREADABLE, "extraction failed: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }
}
