package newsdesk.local.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsdesk.article.ArticleJson;
import newsdesk.feed.Feed;
import newsdesk.feed.FeedStore;
import newsdesk.store.SortKeys;

/**
 * {@link FeedStore} on the local stack's {@link EmbeddedDatabase}. Due feeds are found through the
 * indexed {@code due_key} — the same {@link SortKeys#feedDue} value DynamoDB keeps in {@code gsi1sk},
 * null for a disabled feed — so both stores agree on what is due and in which order.
 */
public final class EmbeddedFeedStore implements FeedStore {

  private final EmbeddedDatabase db;

  public EmbeddedFeedStore(EmbeddedDatabase db) {
    this.db = db;
  }

  @Override
  public List<Feed> due(Instant now, int limit) {
    return db.read(c -> {
      try (PreparedStatement q = c.prepareStatement(
          "SELECT feed FROM feed WHERE due_key < ? ORDER BY due_key LIMIT ?")) {
        q.setString(1, SortKeys.dueBefore(now));
        q.setInt(2, limit);
        return feeds(q);
      }
    });
  }

  @Override
  public List<Feed> all() {
    return db.read(c -> {
      try (PreparedStatement q = c.prepareStatement("SELECT feed FROM feed ORDER BY id")) {
        return feeds(q);
      }
    });
  }

  @Override
  public Optional<Feed> feed(String id) {
    return db.read(c -> {
      try (PreparedStatement q = c.prepareStatement("SELECT feed FROM feed WHERE id = ?")) {
        q.setString(1, id);
        return feeds(q).stream().findFirst();
      }
    });
  }

  @Override
  public void put(Feed feed) {
    db.write(c -> {
      try (PreparedStatement u = c.prepareStatement("MERGE INTO feed (id, feed, due_key) KEY (id) VALUES (?, ?, ?)")) {
        u.setString(1, feed.id());
        u.setString(2, ArticleJson.write(feed));
        u.setString(3, SortKeys.feedDue(feed));
        return u.executeUpdate();
      }
    });
  }

  /** An UPDATE conditional on the stored {@code due_key} (null for a disabled feed, so never equal). */
  @Override
  public boolean replaceIfDue(Feed expected, Feed next) {
    String due = SortKeys.feedDue(expected);
    if (due == null || !expected.id().equals(next.id())) {
      return false;
    }
    return db.write(c -> {
      try (PreparedStatement u = c.prepareStatement("UPDATE feed SET feed = ?, due_key = ? WHERE id = ? AND due_key = ?")) {
        u.setString(1, ArticleJson.write(next));
        u.setString(2, SortKeys.feedDue(next));
        u.setString(3, next.id());
        u.setString(4, due);
        return u.executeUpdate() == 1;
      }
    });
  }

  @Override
  public void remove(String id) {
    db.write(c -> {
      try (PreparedStatement u = c.prepareStatement("DELETE FROM feed WHERE id = ?")) {
        u.setString(1, id);
        return u.executeUpdate();
      }
    });
  }

  private static List<Feed> feeds(PreparedStatement query) throws SQLException {
    List<Feed> feeds = new ArrayList<>();
    try (ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        feeds.add(ArticleJson.read(rs.getString(1), Feed.class));
      }
    }
    return feeds;
  }
}
