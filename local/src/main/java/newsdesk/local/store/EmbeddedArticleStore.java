package newsdesk.local.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsdesk.article.Article;
import newsdesk.article.ArticleDocument;
import newsdesk.article.ArticleJson;
import newsdesk.article.ArticleSummary;
import newsdesk.article.Rejection;
import newsdesk.store.ArticleStore;
import newsdesk.store.Facet;
import newsdesk.store.FacetCount;
import newsdesk.store.Listing;
import newsdesk.store.PutOutcome;
import newsdesk.store.RejectionPage;
import newsdesk.store.SortKeys;
import newsdesk.store.SourceRecord;
import newsdesk.store.StoredArticle;
import newsdesk.store.SummaryPage;

/**
 * {@link ArticleStore} on the local stack's {@link EmbeddedDatabase}, with the DynamoDB store's
 * semantics: the same {@link StoredArticle} form and size limit, the same {@link SortKeys} order
 * and positions, the same "unchanged when content hash and source version match" rule.
 */
public final class EmbeddedArticleStore implements ArticleStore {

  private final EmbeddedDatabase db;
  private final Clock clock;

  public EmbeddedArticleStore(EmbeddedDatabase db) {
    this(db, Clock.systemUTC());
  }

  /** With the clock that decides what "now" is: lists show nothing dated after it. */
  public EmbeddedArticleStore(EmbeddedDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Optional<Article> get(String id) {
    return db.read(c -> {
      try (PreparedStatement q = c.prepareStatement("SELECT doc FROM article WHERE id = ?")) {
        q.setString(1, id);
        try (ResultSet rs = q.executeQuery()) {
          return rs.next() ? Optional.of(StoredArticle.article(rs.getBytes(1))) : Optional.empty();
        }
      }
    });
  }

  /**
   * In one transaction: the article row, then its facets' listing rows and counts moved from the
   * old version's facets to the new one's, so that filtered lists and counts never drift.
   */
  @Override
  public PutOutcome put(Article article, Instant at) {
    StoredArticle stored = StoredArticle.of(article, at);
    String summary = ArticleDocument.summary(article.summary());
    return db.write(c -> {
      PutOutcome outcome;
      try (PreparedStatement q = c.prepareStatement(
          "SELECT content_hash, source_version, sort_key, doc FROM article WHERE id = ?")) {
        q.setString(1, stored.id());
        try (ResultSet rs = q.executeQuery()) {
          if (!rs.next()) {
            upsert(c, "INSERT INTO article (sort_key, summary, doc, content_hash, source_version, id) VALUES (?, ?, ?, ?, ?, ?)",
                stored, summary);
            outcome = PutOutcome.STORED;
          } else if (rs.getString(1).equals(stored.contentHash()) && rs.getString(2).equals(stored.sourceVersion())) {
            return PutOutcome.UNCHANGED;
          } else {
            unlist(c, rs.getString(3), StoredArticle.article(rs.getBytes(4)));
            upsert(c, "UPDATE article SET sort_key = ?, summary = ?, doc = ?, content_hash = ?, source_version = ? WHERE id = ?",
                stored, summary);
            outcome = PutOutcome.UPDATED;
          }
        }
      }
      list(c, stored.sortKey(), summary, article);
      return outcome;
    });
  }

  private static void upsert(Connection c, String sql, StoredArticle stored, String summary) throws SQLException {
    try (PreparedStatement u = c.prepareStatement(sql)) {
      u.setString(1, stored.sortKey());
      u.setString(2, summary);
      u.setBytes(3, stored.doc());
      u.setString(4, stored.contentHash());
      u.setString(5, stored.sourceVersion());
      u.setString(6, stored.id());
      u.executeUpdate();
    }
  }

  private static void list(Connection c, String sortKey, String summaryJson, Article article) throws SQLException {
    for (Facet facet : Facet.of(article)) {
      try (PreparedStatement u = c.prepareStatement("INSERT INTO listing (facet, sort_key, summary) VALUES (?, ?, ?)")) {
        u.setString(1, facet.id());
        u.setString(2, sortKey);
        u.setString(3, summaryJson);
        u.executeUpdate();
      }
      if (facet.kind().counted()) {
        try (PreparedStatement u = c.prepareStatement(
            "MERGE INTO facet_count t USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR)))"
                + " s(kind, facet_key, name) ON t.kind = s.kind AND t.facet_key = s.facet_key"
                + " WHEN MATCHED THEN UPDATE SET n = t.n + 1, name = s.name"
                + " WHEN NOT MATCHED THEN INSERT (kind, facet_key, name, n) VALUES (s.kind, s.facet_key, s.name, 1)")) {
          u.setString(1, facet.kind().parameter());
          u.setString(2, facet.key());
          u.setString(3, facet.name());
          u.executeUpdate();
        }
      }
    }
  }

  private static void unlist(Connection c, String sortKey, Article article) throws SQLException {
    for (Facet facet : Facet.of(article)) {
      try (PreparedStatement u = c.prepareStatement("DELETE FROM listing WHERE facet = ? AND sort_key = ?")) {
        u.setString(1, facet.id());
        u.setString(2, sortKey);
        u.executeUpdate();
      }
      if (facet.kind().counted()) {
        try (PreparedStatement u = c.prepareStatement("UPDATE facet_count SET n = n - 1 WHERE kind = ? AND facet_key = ?")) {
          u.setString(1, facet.kind().parameter());
          u.setString(2, facet.key());
          u.executeUpdate();
        }
      }
    }
  }

  /**
   * Newest first, one row more than the page so that {@code next} is set exactly when more exist:
   * the article index for all articles, else the primary facet's listing rows, each also required
   * to have a listing row for every other facet (the same sort key names the same article).
   */
  @Override
  public SummaryPage list(Listing listing, String after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (after != null) {
      SortKeys.articleId(after); // validates: a position this store could have issued
    }
    Facet primary = listing.primary();
    StringBuilder sql = new StringBuilder(primary == null
        ? "SELECT l.sort_key, l.summary FROM article l WHERE l.sort_key >= ? AND l.sort_key < ?"
        : "SELECT l.sort_key, l.summary FROM listing l WHERE l.facet = ? AND l.sort_key >= ? AND l.sort_key < ?");
    if (after != null) {
      sql.append(" AND l.sort_key < ?");
    }
    for (int i = 0; i < listing.others().size(); i++) {
      sql.append(" AND EXISTS (SELECT 1 FROM listing x WHERE x.facet = ? AND x.sort_key = l.sort_key)");
    }
    sql.append(" ORDER BY l.sort_key DESC LIMIT ?");
    return db.read(c -> {
      try (PreparedStatement q = c.prepareStatement(sql.toString())) {
        int i = 1;
        if (primary != null) {
          q.setString(i++, primary.id());
        }
        q.setString(i++, listing.from());
        q.setString(i++, listing.to(clock.instant()));
        if (after != null) {
          q.setString(i++, after);
        }
        for (Facet other : listing.others()) {
          q.setString(i++, other.id());
        }
        q.setInt(i, limit + 1);
        List<ArticleSummary> items = new ArrayList<>();
        String last = null;
        boolean more = false;
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            if (items.size() == limit) {
              more = true;
              break;
            }
            last = rs.getString(1);
            items.add(ArticleJson.read(rs.getString(2), ArticleSummary.class));
          }
        }
        return new SummaryPage(items, more ? last : null);
      }
    });
  }

  @Override
  public List<FacetCount> counts(Facet.Kind kind, int limit) {
    return db.read(c -> {
      try (PreparedStatement q = c.prepareStatement(
          "SELECT name, n FROM facet_count WHERE kind = ? AND n > 0 ORDER BY facet_key LIMIT ?")) {
        q.setString(1, kind.parameter());
        q.setInt(2, limit);
        List<FacetCount> counts = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            counts.add(new FacetCount(rs.getString(1), rs.getLong(2)));
          }
        }
        return counts;
      }
    });
  }

  @Override
  public Optional<SourceRecord> source(String objectKey) {
    return db.read(c -> {
      try (PreparedStatement q = c.prepareStatement(
          "SELECT version_id, etag, article_id, rejected_reason, at FROM source_record WHERE object_key = ?")) {
        q.setString(1, objectKey);
        try (ResultSet rs = q.executeQuery()) {
          return rs.next()
              ? Optional.of(new SourceRecord(objectKey, rs.getString(1), rs.getString(2), rs.getString(3),
                  rs.getString(4), rs.getString(5)))
              : Optional.empty();
        }
      }
    });
  }

  @Override
  public void putSource(SourceRecord r) {
    db.write(c -> {
      try (PreparedStatement u = c.prepareStatement(
          "MERGE INTO source_record (object_key, version_id, etag, article_id, rejected_reason, at) KEY (object_key)"
              + " VALUES (?, ?, ?, ?, ?, ?)")) {
        u.setString(1, r.objectKey());
        u.setString(2, r.versionId());
        u.setString(3, r.etag());
        u.setString(4, r.articleId());
        u.setString(5, r.rejectedReason());
        u.setString(6, r.at());
        return u.executeUpdate();
      }
    });
  }

  /** Inserted only when this object version has no rejection yet, like DynamoDB's attribute_not_exists. */
  @Override
  public void putRejection(Rejection rejection) {
    String version = SortKeys.rejectionVersion(rejection);
    db.write(c -> {
      try (PreparedStatement u = c.prepareStatement(
          "INSERT INTO rejection (object_key, version, sort_key, rejection) SELECT ?, ?, ?, ? WHERE NOT EXISTS"
              + " (SELECT 1 FROM rejection WHERE object_key = ? AND version = ?)")) {
        String objectKey = rejection.source().objectKey();
        u.setString(1, objectKey);
        u.setString(2, version);
        u.setString(3, SortKeys.rejection(rejection));
        u.setString(4, ArticleDocument.rejection(rejection));
        u.setString(5, objectKey);
        u.setString(6, version);
        return u.executeUpdate();
      }
    });
  }

  @Override
  public RejectionPage rejections(String after, int limit) {
    if (after != null) {
      SortKeys.rejectionKey(after); // validates: a position this store could have issued
    }
    return db.read(c -> {
      try (PreparedStatement q = c.prepareStatement("SELECT sort_key, rejection FROM rejection"
          + (after == null ? "" : " WHERE sort_key < ?") + " ORDER BY sort_key DESC LIMIT ?")) {
        int i = 1;
        if (after != null) {
          q.setString(i++, after);
        }
        q.setInt(i, limit + 1);
        List<Rejection> rejections = new ArrayList<>();
        String last = null;
        boolean more = false;
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            if (rejections.size() == limit) {
              more = true;
              break;
            }
            last = rs.getString(1);
            rejections.add(ArticleJson.read(rs.getString(2), Rejection.class));
          }
        }
        return new RejectionPage(rejections, more ? last : null);
      }
    });
  }

}
