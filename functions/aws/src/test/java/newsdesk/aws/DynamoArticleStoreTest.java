package newsdesk.aws;

import java.time.Clock;
import java.time.Duration;
import newsdesk.emulator.Dynalite;
import newsdesk.store.ArticleStore;
import newsdesk.store.ArticleStoreContract;

class DynamoArticleStoreTest extends ArticleStoreContract {

  @Override
  protected ArticleStore newStore(Clock clock) {
    // The month index is re-read for every page here: the contract lists right after writing.
    return new DynamoArticleStore(Dynalite.client(), Dynalite.newTable("articles"), Duration.ZERO, clock);
  }
}
