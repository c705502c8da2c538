package newsdesk.local.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsdesk.article.Article;
import newsdesk.article.ArticleJson;
import newsdesk.article.ArticleSummary;
import newsdesk.article.Rejection;
import newsdesk.store.ArticleStore;
import newsdesk.store.PutOutcome;
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

  public EmbeddedArticleStore(EmbeddedDatabase db) {
    this.db = db;
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

  @Override
  public PutOutcome put(Article article, Instant at) {
    StoredArticle stored = StoredArticle.of(article, at);
    return db.write(c -> {
      try (PreparedStatement q = c.prepareStatement(
          "SELECT content_hash, source_version FROM article WHERE id = ?")) {
        q.setString(1, stored.id());
        try (ResultSet rs = q.executeQuery()) {
          if (!rs.next()) {
            upsert(c, "INSERT INTO article (sort_key, summary, doc, content_hash, source_version, id) VALUES (?, ?, ?, ?, ?, ?)",
                stored);
            return PutOutcome.STORED;
          }
          if (rs.getString(1).equals(stored.contentHash()) && rs.getString(2).equals(stored.sourceVersion())) {
            return PutOutcome.UNCHANGED;
          }
        }
      }
      upsert(c, "UPDATE article SET sort_key = ?, summary = ?, doc = ?, content_hash = ?, source_version = ? WHERE id = ?",
          stored);
      return PutOutcome.UPDATED;
    });
  }

  private static void upsert(Connection c, String sql, StoredArticle stored) throws SQLException {
    try (PreparedStatement u = c.prepareStatement(sql)) {
      u.setString(1, stored.sortKey());
      u.setString(2, stored.summaryJson());
      u.setBytes(3, stored.doc());
      u.setString(4, stored.contentHash());
      u.setString(5, stored.sourceVersion());
      u.setString(6, stored.id());
      u.executeUpdate();
    }
  }

  /** Newest first, one row more than the page so that {@code next} is set exactly when more exist. */
  @Override
  public SummaryPage list(String after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (after != null) {
      SortKeys.articleId(after); // validates: a position this store could have issued
    }
    return db.read(c -> {
      String sql = "SELECT sort_key, summary FROM article"
          + (after == null ? "" : " WHERE sort_key < ?") + " ORDER BY sort_key DESC LIMIT ?";
      try (PreparedStatement q = c.prepareStatement(sql)) {
        int i = 1;
        if (after != null) {
          q.setString(i++, after);
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
    String version = rejection.source().versionId() == null ? "-" : rejection.source().versionId();
    db.write(c -> {
      try (PreparedStatement u = c.prepareStatement(
          "INSERT INTO rejection (object_key, version, sort_key, rejection) SELECT ?, ?, ?, ? WHERE NOT EXISTS"
              + " (SELECT 1 FROM rejection WHERE object_key = ? AND version = ?)")) {
        String objectKey = rejection.source().objectKey();
        u.setString(1, objectKey);
        u.setString(2, version);
        u.setString(3, SortKeys.rejection(rejection));
        u.setString(4, ArticleJson.write(rejection));
        u.setString(5, objectKey);
        u.setString(6, version);
        return u.executeUpdate();
      }
    });
  }

  @Override
  public List<Rejection> rejections(int limit) {
    return db.read(c -> {
      try (PreparedStatement q = c.prepareStatement(
          "SELECT rejection FROM rejection ORDER BY sort_key DESC, version DESC LIMIT ?")) {
        q.setInt(1, limit);
        List<Rejection> rejections = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            rejections.add(ArticleJson.read(rs.getString(1), Rejection.class));
          }
        }
        return rejections;
      }
    });
  }
}
