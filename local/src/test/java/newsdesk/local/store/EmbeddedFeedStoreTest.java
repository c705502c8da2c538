package newsdesk.local.store;

import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.feed.FeedStore;
import newsdesk.feed.FeedStoreContract;
import org.junit.jupiter.api.AfterEach;

class EmbeddedFeedStoreTest extends FeedStoreContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private EmbeddedDatabase db;

  @Override
  protected FeedStore newStore() {
    db = EmbeddedDatabase.inMemory("feeds" + DATABASES.incrementAndGet());
    return new EmbeddedFeedStore(db);
  }

  @AfterEach
  void close() {
    db.close();
  }
}
