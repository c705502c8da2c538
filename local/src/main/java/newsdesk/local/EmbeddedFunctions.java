package newsdesk.local;

import java.time.Clock;
import newsdesk.extract.Extractor;
import newsdesk.feed.PollQueue;
import newsdesk.feed.Poller;
import newsdesk.fetch.FetchSettings;
import newsdesk.fetch.SafeFetcher;
import newsdesk.function.ApiHandler;
import newsdesk.function.IngestHandler;
import newsdesk.function.PollWorkerHandler;
import newsdesk.function.PollerHandler;
import newsdesk.ingest.Ingestion;
import newsdesk.local.store.EmbeddedArticleStore;
import newsdesk.local.store.EmbeddedDatabase;
import newsdesk.local.store.EmbeddedFeedStore;
import newsdesk.local.store.EmbeddedSeenItems;
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
    return open(settings, Poller.FAN_OUT_ABOVE);
  }

  /**
   * The same, fanning out above {@code fanOutAbove} due feeds as the cloud does: through a
   * {@link LocalPollQueue} that feeds the production {@link PollWorkerHandler}. The queue stops,
   * letting its batch in hand finish, before the store closes.
   */
  static LocalStack.Functions open(LocalStack.Settings settings, int fanOutAbove) {
    EmbeddedDatabase db = EmbeddedDatabase.inDirectory(settings.data());
    LocalPollQueue queue = new LocalPollQueue(Log.STDERR);
    try {
      Clock clock = Clock.systemUTC();
      ArticleStore articles = new EmbeddedArticleStore(db);
      Ingestion ingestion = new Ingestion(new InboxObjects(settings.inbox()), articles, new Extractor(), clock);
      queue.start(new PollWorkerHandler(poller(settings, db, clock, null, Integer.MAX_VALUE)));
      return new LocalStack.Functions(
          new IngestHandler(ingestion),
          new ApiHandler(new ArticleApi(articles, new EmbeddedFeedStore(db))),
          new PollerHandler(poller(settings, db, clock, queue, fanOutAbove)),
          () -> {
            queue.close();
            db.close();
          });
    } catch (RuntimeException e) {
      queue.close();
      db.close();
      throw e;
    }
  }

  /**
   * The poller over the embedded store, archiving into the inbox, with a fetcher that allows
   * loopback: locally, feeds are often served from this machine (a test server, a static folder),
   * and the SSRF rule it relaxes protects a cloud network the local stack does not have. This is the
   * only production wiring that allows loopback; every other address rule still applies.
   */
  static Poller poller(LocalStack.Settings settings, EmbeddedDatabase db, Clock clock, PollQueue queue, int fanOutAbove) {
    SafeFetcher fetcher = new SafeFetcher(FetchSettings.defaults().withAllowLoopback(true));
    return new Poller(new EmbeddedFeedStore(db), new EmbeddedSeenItems(db), new InboxArchive(settings.inbox()),
        fetcher, clock, Poller.Limits.defaults(), queue, fanOutAbove);
  }
}
