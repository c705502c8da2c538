package newsdesk.local;

import java.time.Clock;
import newsdesk.extract.Extractor;
import newsdesk.feed.Poller;
import newsdesk.function.ApiHandler;
import newsdesk.function.IngestHandler;
import newsdesk.function.PollerHandler;
import newsdesk.ingest.Ingestion;
import newsdesk.local.store.EmbeddedArticleStore;
import newsdesk.local.store.EmbeddedDatabase;
import newsdesk.local.store.EmbeddedFeedStore;
import newsdesk.read.ArticleApi;
import newsdesk.store.ArticleStore;

/**
 * The wiring of {@code newsdesk serve}: the production handler classes, built as their Lambda
 * init builds them, but over the embedded store in the data folder and the inbox folder as the
 * bucket. The one database is closed with the stack.
 */
final class EmbeddedFunctions {

  private EmbeddedFunctions() {}

  static LocalStack.Functions open(LocalStack.Settings settings) {
    EmbeddedDatabase db = EmbeddedDatabase.inDirectory(settings.data());
    try {
      Clock clock = Clock.systemUTC();
      ArticleStore articles = new EmbeddedArticleStore(db);
      Ingestion ingestion = new Ingestion(new InboxObjects(settings.inbox()), articles, new Extractor(), clock);
      return new LocalStack.Functions(
          new IngestHandler(ingestion),
          new ApiHandler(new ArticleApi(articles, new EmbeddedFeedStore(db))),
          new PollerHandler(new Poller(new EmbeddedFeedStore(db), clock)),
          db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }
}
