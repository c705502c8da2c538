package newsdesk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsdesk.article.Article;
import newsdesk.article.Rejection;

/**
 * The port through which the domain keeps articles, the record of which raw object produced what,
 * and rejections. Implementations: DynamoDB (in the cloud) and an embedded database (local stack);
 * both pass the same contract test suite ({@code ArticleStoreContract}).
 *
 * <p>Every write is idempotent so that a retried or duplicated event changes nothing, and the
 * writes of one ingestion are ordered (article, then source record) so that a crash between them
 * is repaired by the retry: there are no multi-item transactions (DynamoDB's local emulator has none).
 */
public interface ArticleStore {

  /** The article with this id, body included. */
  Optional<Article> get(String id);

  /**
   * Stores the article under its id. {@code at} orders articles without a published date.
   * Returns whether it was new, replaced a different version, or was already stored with the
   * same {@link Article#contentHash()} and source version (then nothing is written).
   */
  PutOutcome put(Article article, Instant at);

  /**
   * {@link #put(Article, Instant)}, then records the raw object that produced the article: the
   * record is written only after the article is stored (or found unchanged), never before, so a
   * crash between the two leaves the object unmarked and its retry stores nothing twice. What else
   * a put does after storing the article (the DynamoDB store's forgetting of counter tokens) may
   * go at once with the record; nothing the article's correctness needs may come after it.
   * {@code stored} is what {@link #stored(String)} read for this article's id in the same
   * ingestion, before any of its writes, or null for the put to read it itself.
   */
  default PutOutcome put(Article article, Instant at, SourceRecord done, Stored stored) {
    PutOutcome outcome = put(article, at);
    putSource(done);
    return outcome;
  }

  /**
   * What a put of the article {@code id} compares the new version with, read ahead of the put so
   * that a store whose reads are round trips can make this one beside others (Ingest reads it
   * while the near-duplicate check's Queries run). Null where the put reads it itself, inside its
   * own transaction (the embedded store).
   */
  default Stored stored(String id) {
    return null;
  }

  /** The stored version of an article as {@link #stored(String)} read it; only its store reads it. */
  interface Stored {}

  /** Newest first (published, else stored time); {@code after} is a {@link SummaryPage#next()} or null. */
  default SummaryPage list(String after, int limit) {
    return list(Listing.ALL, after, limit);
  }

  /**
   * The articles the listing selects, newest first, from one range read of one index (never a
   * pass over all articles); {@code after} is a {@link SummaryPage#next()} of the same listing.
   * A page may hold fewer than {@code limit} items and still have a {@code next} when a combined
   * filter had to pass over many entries of its primary facet (the store bounds that work).
   */
  SummaryPage list(Listing listing, String after, int limit);

  /**
   * The first page of each listing, in the listings' order: the same pages as {@link #list} one by
   * one, which a store whose reads are round trips may make at once (ingestion's near-duplicate
   * check reads a listing per fingerprint band).
   */
  default List<SummaryPage> lists(List<Listing> listings, int limit) {
    List<SummaryPage> pages = new ArrayList<>(listings.size());
    for (Listing listing : listings) {
      pages.add(list(listing, null, limit));
    }
    return pages;
  }

  /**
   * The publishers or sections (kind {@link Facet.Kind#PUBLISHER} or {@link Facet.Kind#SECTION})
   * of the stored articles with how many carry each, by normalized name, at most {@code limit}.
   */
  List<FacetCount> counts(Facet.Kind kind, int limit);

  /** What the raw object with this key last produced, if it was processed before. */
  Optional<SourceRecord> source(String objectKey);

  /** Records what a raw object produced; replaces the previous record for the same key. */
  void putSource(SourceRecord record);

  /** Records a rejection; the same object version rejected twice is stored once. */
  void putRejection(Rejection rejection);

  /** The most recent rejections, newest first. */
  default List<Rejection> rejections(int limit) {
    return rejections(null, limit).items();
  }

  /** Rejections newest first after {@code after} (a {@link RejectionPage#next()} or null). */
  RejectionPage rejections(String after, int limit);
}
