package newsdesk.local.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The local stack's database: one H2 file (or an in-memory database for tests) holding the tables
 * that mirror the DynamoDB access patterns, each pattern an index range scan. H2 is pure Java — no
 * native library to ship per platform, as SQLite's JDBC driver needs — keeps everything in a single
 * file, and its indexes and SQL express the same key conditions the DynamoDB table answers.
 *
 * <p>Thread-safe: reads take pooled connections and run concurrently; writes are serialized by a
 * lock and run in one transaction each, which gives the conditional "write only if …" semantics
 * of DynamoDB's condition expressions without depending on isolation-level subtleties. The file is
 * opened exclusively ({@code AUTO_SERVER=FALSE}): one local stack per data directory.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final String[] SCHEMA = {
      """
      CREATE TABLE IF NOT EXISTS article (
        id VARCHAR PRIMARY KEY,
        sort_key VARCHAR NOT NULL,
        summary VARCHAR NOT NULL,
        doc VARBINARY NOT NULL,
        content_hash VARCHAR NOT NULL,
        source_version VARCHAR NOT NULL)""",
      // gsi1 ARTICLES: newest first by <sort time>#<id>
      "CREATE UNIQUE INDEX IF NOT EXISTS article_newest ON article(sort_key)",
      // L#<facet id> / <sort time>#<id>: one entry per facet of an article, for filtered lists
      """
      CREATE TABLE IF NOT EXISTS listing (
        facet VARCHAR NOT NULL,
        sort_key VARCHAR NOT NULL,
        summary VARCHAR NOT NULL,
        PRIMARY KEY (facet, sort_key))""",
      // N#<kind> / <key>: how many articles carry each publisher and section
      """
      CREATE TABLE IF NOT EXISTS facet_count (
        kind VARCHAR NOT NULL,
        facet_key VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        n BIGINT NOT NULL,
        PRIMARY KEY (kind, facet_key))""",
      """
      CREATE TABLE IF NOT EXISTS source_record (
        object_key VARCHAR PRIMARY KEY,
        version_id VARCHAR, etag VARCHAR, article_id VARCHAR, rejected_reason VARCHAR, at VARCHAR)""",
      """
      CREATE TABLE IF NOT EXISTS rejection (
        object_key VARCHAR NOT NULL,
        version VARCHAR NOT NULL,
        sort_key VARCHAR NOT NULL,
        rejection VARCHAR NOT NULL,
        PRIMARY KEY (object_key, version))""",
      // gsi1 REJECTIONS: newest first by <at>#<objectKey>
      "CREATE INDEX IF NOT EXISTS rejection_newest ON rejection(sort_key)",
      """
      CREATE TABLE IF NOT EXISTS feed (
        id VARCHAR PRIMARY KEY,
        feed VARCHAR NOT NULL,
        due_key VARCHAR)""",
      // gsi1 FEEDS_DUE: <nextPoll>#<id>, null (absent from the index) for disabled feeds
      "CREATE INDEX IF NOT EXISTS feed_due ON feed(due_key)",
      // SEEN#<feedId> / <itemKey>: the poller's memory of archived items
      """
      CREATE TABLE IF NOT EXISTS seen_item (
        feed_id VARCHAR NOT NULL,
        item_key VARCHAR NOT NULL,
        claimed_at VARCHAR NOT NULL,
        archived BOOLEAN NOT NULL,
        PRIMARY KEY (feed_id, item_key))""",
  };

  private final JdbcConnectionPool pool;
  private final ReentrantLock writeLock = new ReentrantLock();

  private EmbeddedDatabase(String url) {
    this.pool = JdbcConnectionPool.create(url, "newsdesk", "");
    write(connection -> {
      try (Statement statement = connection.createStatement()) {
        for (String ddl : SCHEMA) {
          statement.execute(ddl);
        }
      }
      return null;
    });
  }

  /**
   * The database file {@code newsdesk.mv.db} in {@code directory}, created on first use. H2 would
   * close it from its own shutdown hook, possibly under an ingestion still finishing on Ctrl-C; the
   * local stack closes it itself, after its work has stopped.
   */
  public static EmbeddedDatabase inDirectory(Path directory) {
    return new EmbeddedDatabase("jdbc:h2:file:" + directory.toAbsolutePath().resolve("newsdesk")
        + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE");
  }

  /** A private in-memory database that lives until {@link #close()}. */
  public static EmbeddedDatabase inMemory(String name) {
    return new EmbeddedDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
  }

  /** Work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  public <T> T read(Work<T> work) {
    try (Connection connection = pool.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("embedded store read failed: " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} alone among writers, in one transaction that commits only if it returns. */
  public <T> T write(Work<T> work) {
    writeLock.lock();
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("embedded store write failed: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public void close() {
    // SHUTDOWN closes the database file cleanly even while the pool still holds idle connections.
    read(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      }
      return null;
    });
    pool.dispose();
  }
}
