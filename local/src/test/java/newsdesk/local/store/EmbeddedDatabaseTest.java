package newsdesk.local.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsdesk.article.Article;
import newsdesk.store.ArticleFixtures;
import newsdesk.store.PutOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the contract cannot see: the file survives a restart, and concurrent writers stay idempotent. */
class EmbeddedDatabaseTest {

  private static final Instant AT = Instant.parse("2022-02-01T10:00:00Z");

  @Test
  void articlesSurviveReopeningTheDirectory(@TempDir Path dir) {
    Article article = ArticleFixtures.full("kept");
    try (EmbeddedDatabase db = EmbeddedDatabase.inDirectory(dir)) {
      new EmbeddedArticleStore(db).put(article, AT);
    }

    try (EmbeddedDatabase db = EmbeddedDatabase.inDirectory(dir)) {
      assertThat(new EmbeddedArticleStore(db).get("kept")).contains(article);
    }
    assertThat(dir.resolve("newsdesk.mv.db")).isRegularFile();
  }

  @Test
  void concurrentPutsOfOneArticleStoreItOnce() throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.inMemory("concurrent")) {
      EmbeddedArticleStore store = new EmbeddedArticleStore(db);
      Article article = ArticleFixtures.full("raced");
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<PutOutcome>> outcomes = new ArrayList<>();
      try {
        for (int i = 0; i < 16; i++) {
          outcomes.add(pool.submit((Callable<PutOutcome>) () -> store.put(article, AT)));
        }
        List<PutOutcome> results = new ArrayList<>();
        for (Future<PutOutcome> outcome : outcomes) {
          results.add(outcome.get());
        }
        assertThat(results).containsOnlyOnce(PutOutcome.STORED).contains(PutOutcome.UNCHANGED).hasSize(16);
        assertThat(store.list(null, 10).items()).hasSize(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
