package newsdesk.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import newsdesk.article.Article;
import newsdesk.article.ArticleDocument;
import newsdesk.article.ArticleJson;
import newsdesk.article.Source;

/**
 * An article in the form every store keeps it: the whole article as gzip-compressed JSON
 * ({@code doc}) that only a get reads, its sort key, and the two values the idempotent put compares ({@code contentHash}, {@code sourceVersion}). Built here once so that the
 * DynamoDB and embedded stores cannot drift apart on size limits or on what counts as "unchanged".
 * The summary that listings read is each store's own form ({@link CompactSummary} in DynamoDB, the
 * JSON object in the embedded one), written only by the store that keeps it.
 *
 * <p>The size limit exists for DynamoDB's 400 KB item limit (names and values of all attributes
 * together): news text compresses 3–5× with gzip, so {@value #MAX_DOC_BYTES} compressed bytes hold
 * well over a megabyte of article, and the remaining ~50 KB leave room for the summary and keys.
 * A larger article is refused with {@link ArticleTooLargeException} instead of failing deep in the
 * SDK; the embedded store applies the same limit so that local runs find the problem too.
 *
 * <p>Writing and reading back both go through {@link ArticleDocument}, which gives the same bytes
 * and the same article as {@link ArticleJson}'s mapper without loading a JSON library: neither
 * Ingest's nor the API's first event loads Jackson for it (docs/cold-start.md).
 */
public record StoredArticle(
    String id, String sortKey, byte[] doc, String contentHash, String sourceVersion) {

  public static final int MAX_DOC_BYTES = 350_000;

  public static StoredArticle of(Article article, Instant at) {
    Objects.requireNonNull(article.id(), "article id");
    byte[] doc = gzip(ArticleDocument.bytes(article));
    if (doc.length > MAX_DOC_BYTES) {
      throw new ArticleTooLargeException(article.id(), doc.length, MAX_DOC_BYTES);
    }
    return new StoredArticle(article.id(), SortKeys.article(article, at),
        doc, article.contentHash() == null ? "" : article.contentHash(), sourceVersion(article.source()));
  }

  /**
   * Which version of the raw object produced the article: the S3 version id and the ETag, either
   * of which may be unknown. Two puts are the same only when both match.
   */
  static String sourceVersion(Source source) {
    if (source == null) {
      return "-";
    }
    return (source.versionId() == null ? "-" : source.versionId()) + "|" + (source.etag() == null ? "-" : source.etag());
  }

  public static Article article(byte[] doc) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(doc))) {
      return ArticleDocument.readArticle(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("stored article is not gzip JSON", e);
    }
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory streams do not fail
    }
    return out.toByteArray();
  }
}
