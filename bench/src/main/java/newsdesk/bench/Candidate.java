package newsdesk.bench;

import java.util.List;
import java.util.function.Function;
import newsdesk.article.Article;
import newsdesk.extract.Extraction;
import newsdesk.extract.Extractor;
import newsdesk.extract.RawPage;
import org.jsoup.nodes.Document;

/**
 * Something the evaluation measures: a name and a function from a raw page to an extraction. Our
 * extractor is one; the raw-HTML baseline (all of the page's body text, which trafilatura
 * is measured beside it in the same run to give our figures a floor, and the decoded HTML source
 * (trafilatura's "everything" row) reproduces the published "raw HTML" F1 0.667, which checks the
 * harness itself against a known figure.
 */
public record Candidate(String name, String description, Function<RawPage, Extraction> extract) {

  public static final String NEWSDESK = "newsdesk";
  public static final String RAW_HTML = "raw-html";
  public static final String HTML_SOURCE = "html-source";
  /** All of them, the default selection: the baselines cost little beside the parse they share. */
  public static final List<String> NAMES = List.of(NEWSDESK, RAW_HTML, HTML_SOURCE);

  public static Candidate named(String name) {
    return switch (name) {
      case NEWSDESK -> newsdesk();
      case RAW_HTML -> rawHtml();
      case HTML_SOURCE -> htmlSource();
      default -> throw new IllegalArgumentException("unknown extractor " + name + ", expected one of " + NAMES);
    };
  }

  /** Our extractor through its public API, exactly as ingestion calls it. */
  public static Candidate newsdesk() {
    Extractor extractor = new Extractor();
    return new Candidate(NEWSDESK, "newsdesk Extractor " + Extractor.VERSION, extractor::extract);
  }

  /** Jsoup {@code body().text()} as the text and the {@code <title>} as the title; never rejects. */
  public static Candidate rawHtml() {
    return new Candidate(RAW_HTML, "raw HTML: Jsoup body().text(), <title>", page -> {
      Document doc = Html.parse(page.bytes(), page.url());
      return textOnly(doc.title(), doc.body() == null ? "" : doc.body().text());
    });
  }

  /**
   * The page's decoded source, tags and scripts included: trafilatura's "everything" row, which is
   * what its published "raw HTML" figure measures (this harness reproduces the 0.667 with it).
   */
  public static Candidate htmlSource() {
    return new Candidate(HTML_SOURCE, "the decoded HTML source, markup included", page -> {
      Document doc = Html.parse(page.bytes(), page.url());
      return textOnly(doc.title(), new String(page.bytes(), doc.charset()));
    });
  }

  /** An extraction carrying only a title and a text, for baselines and for the harness's own tests. */
  public static Extraction textOnly(String title, String text) {
    return new Extraction.Extracted(new Article(null, null, title, null, List.of(), null, null, null,
        List.of(), null, null, null, null, null, null, List.of(), text, List.of(), null, false,
        0, null, null, null, null));
  }

  /** Runs the extraction, turning an exception (the extractor promises none) into a recorded error. */
  public Outcome run(RawPage page) {
    try {
      Extraction e = extract.apply(page);
      return e == null ? new Outcome(null, "extractor returned null") : new Outcome(e, null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(null, e.toString());
    }
  }

  /** What one page gave: an extraction, or the error that replaced it (scored as an empty text). */
  public record Outcome(Extraction extraction, String error) {

    public Article article() {
      return extraction instanceof Extraction.Extracted x ? x.article() : null;
    }

    public String text() {
      Article a = article();
      return a == null ? "" : a.text();
    }

    /** The rejection's detail or the error's message, for reading failures; null for an article. */
    public String detail() {
      if (error != null) {
        return error;
      }
      return extraction instanceof Extraction.Rejected r ? r.detail() : null;
    }

    /** The rejection code, "error" for a failure, or null when an article came out. */
    public String rejection() {
      if (error != null) {
        return "error";
      }
      return extraction instanceof Extraction.Rejected r ? r.reason().code() : null;
    }
  }
}
