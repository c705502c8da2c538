package newsdesk.local.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsdesk.feed.SeenItems;

/**
 * {@link SeenItems} on the local stack's {@link EmbeddedDatabase}: table {@code seen_item} keyed by
 * feed and item key, as DynamoDB's {@code SEEN#<feedId>}/{@code <itemKey>} items are. A claim is one
 * write transaction that inserts only when the first key is absent; writes are serialized by the
 * database, which gives the same exactly-one-winner semantics as the conditional put.
 */
public final class EmbeddedSeenItems implements SeenItems {

  private final EmbeddedDatabase db;

  public EmbeddedSeenItems(EmbeddedDatabase db) {
    this.db = db;
  }

  @Override
  public Set<String> seen(String feedId, List<String> keys) {
    Set<String> distinct = new LinkedHashSet<>(keys);
    return db.read(c -> {
      Set<String> found = new HashSet<>();
      try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM seen_item WHERE feed_id = ? AND item_key = ?")) {
        for (String key : distinct) {
          q.setString(1, feedId);
          q.setString(2, key);
          try (ResultSet rs = q.executeQuery()) {
            if (rs.next()) {
              found.add(key);
            }
          }
        }
      }
      return found;
    });
  }

  @Override
  public boolean claim(String feedId, List<String> keys, Instant at) {
    return db.write(c -> {
      try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM seen_item WHERE feed_id = ? AND item_key = ?")) {
        q.setString(1, feedId);
        q.setString(2, keys.get(0));
        try (ResultSet rs = q.executeQuery()) {
          if (rs.next()) {
            return false;
          }
        }
      }
      try (PreparedStatement u = c.prepareStatement(
          "MERGE INTO seen_item (feed_id, item_key, at) KEY (feed_id, item_key) VALUES (?, ?, ?)")) {
        for (String key : new LinkedHashSet<>(keys)) {
          u.setString(1, feedId);
          u.setString(2, key);
          u.setString(3, at.toString());
          u.executeUpdate();
        }
      }
      return true;
    });
  }

  @Override
  public void release(String feedId, List<String> keys) {
    db.write(c -> {
      try (PreparedStatement u = c.prepareStatement("DELETE FROM seen_item WHERE feed_id = ? AND item_key = ?")) {
        for (String key : keys) {
          u.setString(1, feedId);
          u.setString(2, key);
          u.executeUpdate();
        }
      }
      return null;
    });
  }
}
