package newsdesk.aws;

import newsdesk.emulator.Dynalite;
import newsdesk.store.ArticleStore;
import newsdesk.store.ArticleStoreContract;

class DynamoArticleStoreTest extends ArticleStoreContract {

  @Override
  protected ArticleStore newStore() {
    return new DynamoArticleStore(Dynalite.client(), Dynalite.newTable("articles"));
  }
}
