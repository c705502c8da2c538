package newsdesk.article;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A normalized news article, the one shape shared by the CLI, the store and the API
 * (the contract is {@code docs/article.md} in the shared folder). Instances are immutable;
 * the {@code with…} methods return copies so that ingestion can fill in what only it knows (the
 * source object, an identity kept across updates, dates from a feed) without rebuilding the record.
 */
@JsonPropertyOrder({"id", "url", "title", "subtitle", "authors", "publisher", "host", "section", "tags",
    "language", "published", "updated", "dateline", "description", "image", "body", "text", "captions",
    "credits", "truncated", "wordCount", "contentHash", "duplicateOf", "source", "extractor"})
public record Article(
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
    String dateline,
    String description,
    Image image,
    List<Block> body,
    String text,
    List<Caption> captions,
    Credits credits,
    boolean truncated,
    int wordCount,
    String contentHash,
    String duplicateOf,
    Source source,
    ExtractorInfo extractor) {

  public Article {
    authors = authors == null ? List.of() : List.copyOf(authors);
    tags = tags == null ? List.of() : List.copyOf(tags);
    body = body == null ? List.of() : List.copyOf(body);
    captions = captions == null ? List.of() : List.copyOf(captions);
    credits = credits == null ? Credits.NONE : credits;
    text = text == null ? "" : text;
  }

  public Article withId(String newId) {
    return new Article(newId, url, title, subtitle, authors, publisher, host, section, tags, language,
        published, updated, dateline, description, image, body, text, captions, credits, truncated,
        wordCount, contentHash, duplicateOf, source, extractor);
  }

  public Article withSource(Source newSource) {
    return new Article(id, url, title, subtitle, authors, publisher, host, section, tags, language,
        published, updated, dateline, description, image, body, text, captions, credits, truncated,
        wordCount, contentHash, duplicateOf, newSource, extractor);
  }

  /** The same article marked as a copy of the story with id {@code originalId}. */
  public Article withDuplicateOf(String originalId) {
    return new Article(id, url, title, subtitle, authors, publisher, host, section, tags, language,
        published, updated, dateline, description, image, body, text, captions, credits, truncated,
        wordCount, contentHash, originalId, source, extractor);
  }

  /** A copy with these dates; used to fill dates the page lacks from what its feed said. */
  public Article withDates(String newPublished, String newUpdated) {
    return new Article(id, url, title, subtitle, authors, publisher, host, section, tags, language,
        newPublished, newUpdated, dateline, description, image, body, text, captions, credits, truncated,
        wordCount, contentHash, duplicateOf, source, extractor);
  }

  /** The list view of this article: what list endpoints and the summary index carry. */
  public ArticleSummary summary() {
    return new ArticleSummary(id, url, title, subtitle, authors, publisher, host, section, tags, language,
        published, updated, description, wordCount, truncated);
  }
}
