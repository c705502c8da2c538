package newsdesk.local.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsdesk.feed.SeenItems;
import newsdesk.store.SortKeys;

/**
 * {@link SeenItems} on the local stack's {@link EmbeddedDatabase}: table {@code seen_item} keyed by
 * feed and item key, with {@code claimed_at} (the same fixed-width UTC as DynamoDB's
 * {@code claimedAt}) and {@code archived}, as DynamoDB's {@code SEEN#<feedId>}/{@code <itemKey>}
 * items are. A claim is one write transaction that checks the first key and writes; writes are
 * serialized by the database, which gives the conditional put's exactly-one-winner semantics.
 */
public final class EmbeddedSeenItems implements SeenItems {

  private static final String SELECT =
      "SELECT claimed_at, archived FROM seen_item WHERE feed_id = ? AND item_key = ?";

  private final EmbeddedDatabase db;

  public EmbeddedSeenItems(EmbeddedDatabase db) {
    this.db = db;
  }

  @Override
  public Set<String> seen(String feedId, List<String> keys, Instant now) {
    String stale = stale(now);
    return db.read(c -> {
      Set<String> found = new HashSet<>();
      for (String key : new LinkedHashSet<>(keys)) {
        if (state(c, feedId, key, stale) != State.FREE) {
          found.add(key);
        }
      }
      return found;
    });
  }

  @Override
  public boolean claim(String feedId, List<String> keys, Instant now) {
    String stale = stale(now);
    return db.write(c -> {
      if (state(c, feedId, keys.get(0), stale) != State.FREE) {
        return false;
      }
      for (String key : new LinkedHashSet<>(keys)) {
        // Never turn another item's confirmed key back into a lapsing claim.
        if (state(c, feedId, key, stale) != State.ARCHIVED) {
          upsert(c, feedId, key, now, false);
        }
      }
      return true;
    });
  }

  @Override
  public void confirm(String feedId, List<String> keys, Instant now) {
    db.write(c -> {
      for (String key : keys) {
        upsert(c, feedId, key, now, true);
      }
      return null;
    });
  }

  @Override
  public void release(String feedId, List<String> keys) {
    db.write(c -> {
      try (PreparedStatement u = c.prepareStatement(
          "DELETE FROM seen_item WHERE feed_id = ? AND item_key = ? AND NOT archived")) {
        for (String key : keys) {
          u.setString(1, feedId);
          u.setString(2, key);
          u.executeUpdate();
        }
      }
      return null;
    });
  }

  private enum State { FREE, HELD, ARCHIVED }

  /** FREE (absent or a lapsed claim), HELD (claimed within the lease), or ARCHIVED (which is held too). */
  private static State state(Connection c, String feedId, String key, String stale) throws SQLException {
    try (PreparedStatement q = c.prepareStatement(SELECT)) {
      q.setString(1, feedId);
      q.setString(2, key);
      try (ResultSet rs = q.executeQuery()) {
        if (!rs.next()) {
          return State.FREE;
        }
        if (rs.getBoolean(2)) {
          return State.ARCHIVED;
        }
        return rs.getString(1).compareTo(stale) >= 0 ? State.HELD : State.FREE;
      }
    }
  }

  private static void upsert(Connection c, String feedId, String key, Instant at, boolean archived) throws SQLException {
    try (PreparedStatement u = c.prepareStatement(
        "MERGE INTO seen_item (feed_id, item_key, claimed_at, archived) KEY (feed_id, item_key) VALUES (?, ?, ?, ?)")) {
      u.setString(1, feedId);
      u.setString(2, key);
      u.setString(3, SortKeys.instant(at));
      u.setBoolean(4, archived);
      u.executeUpdate();
    }
  }

  private static String stale(Instant now) {
    return SortKeys.instant(now.minus(LEASE));
  }
}
