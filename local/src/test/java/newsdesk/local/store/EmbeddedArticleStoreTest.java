package newsdesk.local.store;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.store.ArticleStore;
import newsdesk.store.ArticleStoreContract;
import org.junit.jupiter.api.AfterEach;

class EmbeddedArticleStoreTest extends ArticleStoreContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private EmbeddedDatabase db;

  @Override
  protected ArticleStore newStore(Clock clock) {
    db = EmbeddedDatabase.inMemory("articles" + DATABASES.incrementAndGet());
    return new EmbeddedArticleStore(db, clock);
  }

  @AfterEach
  void close() {
    db.close();
  }
}
