package newsdesk.extract;

import newsdesk.article.Article;

/** The outcome of extracting one page: an article, or the reason it is not one. */
public sealed interface Extraction {

  record Extracted(Article article) implements Extraction {}

  record Rejected(RejectReason reason, String detail) implements Extraction {}
}
