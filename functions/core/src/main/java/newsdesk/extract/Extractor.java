package newsdesk.extract;

import java.time.Duration;
import java.util.Objects;
import newsdesk.article.Article;
import newsdesk.extract.convention.CanonicalUrl;
import newsdesk.extract.html.HtmlPageExtractor;
import newsdesk.extract.text.TextPageExtractor;

/**
 * Turns a raw page (HTML or a plain-text page dump) into an {@link Extraction}. Thread-safe and
 * cheap to share; never throws for any input bytes: decoding problems, non-articles and even bugs in
 * the engines come back as {@link Extraction.Rejected}. Nor does it run unbounded: each page gets a
 * time budget ({@link #DEFAULT_BUDGET} unless configured, less where the caller has less time) and a
 * page that would take longer is rejected as {@link RejectReason#TOO_COMPLEX} (see {@link Deadline}).
 */
public final class Extractor {

  /** Recorded in every article and rejection, so a backfill can find what an older extractor made. */
  public static final String VERSION = "0.2.0";

  /**
   * The time one page may take by default: a third of Ingest's 60 s Lambda timeout, leaving the rest
   * for reading the object, the store writes and the other records of the event. Real news pages
   * take milliseconds; only hostile ones (docs/evaluation.md, "bounds") come near it.
   */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);

  private final Duration budget;

  public Extractor() {
    this(DEFAULT_BUDGET);
  }

  public Extractor(Duration budget) {
    this.budget = Objects.requireNonNull(budget);
  }

  /** The most time this extractor gives one page. */
  public Duration budget() {
    return budget;
  }

  public Extraction extract(RawPage page) {
    return extract(page, budget);
  }

  /**
   * Extracts the page within the smaller of this extractor's budget and {@code limit}: a caller with
   * less time left than the budget (a Lambda late in its invocation) passes what it can spare.
   */
  public Extraction extract(RawPage page, Duration limit) {
    Duration spend = limit.isNegative() ? Duration.ZERO : limit.compareTo(budget) < 0 ? limit : budget;
    return Deadline.within(spend, () -> extractWithin(page));
  }

  private Extraction extractWithin(RawPage page) {
    try {
      if (page == null) {
        return new Extraction.Rejected(RejectReason.EMPTY, "no page");
      }
      DecodedPage decoded = PageDecoder.decode(page);
      String urlHint = CanonicalUrl.of(page.url(), null);
      ArticleDraft draft = decoded.html()
          ? HtmlPageExtractor.extract(decoded.documentForExtraction(urlHint == null ? "" : urlHint), urlHint)
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
