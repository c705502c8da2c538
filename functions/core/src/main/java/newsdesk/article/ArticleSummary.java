package newsdesk.article;

import java.util.List;

/**
 * The part of an {@link Article} that list views show: no body, no text, no captions. Stores keep
 * it apart from the body so that listing never reads bodies.
 */
public record ArticleSummary(
    String id,
    String url,
    String title,
    String subtitle,
    List<String> authors,
    String publisher,
    String host,
    String section,
    List<String> tags,
    String language,
    String published,
    String updated,
    String description,
    int wordCount,
    boolean truncated) {

  public ArticleSummary {
    authors = authors == null ? List.of() : List.copyOf(authors);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
