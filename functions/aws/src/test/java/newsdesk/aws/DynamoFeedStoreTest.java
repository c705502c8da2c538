package newsdesk.aws;

import newsdesk.emulator.Dynalite;
import newsdesk.feed.FeedStore;
import newsdesk.feed.FeedStoreContract;

class DynamoFeedStoreTest extends FeedStoreContract {

  @Override
  protected FeedStore newStore() {
    return new DynamoFeedStore(Dynalite.client(), Dynalite.newTable("feeds"));
  }
}
