package newsdesk.local.store;

import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.feed.SeenItems;
import newsdesk.feed.SeenItemsContract;
import org.junit.jupiter.api.AfterEach;

class EmbeddedSeenItemsTest extends SeenItemsContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private EmbeddedDatabase db;

  @Override
  protected SeenItems newStore() {
    db = EmbeddedDatabase.inMemory("seen" + DATABASES.incrementAndGet());
    return new EmbeddedSeenItems(db);
  }

  @AfterEach
  void close() {
    db.close();
  }
}
