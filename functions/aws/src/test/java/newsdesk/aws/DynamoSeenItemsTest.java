package newsdesk.aws;

import newsdesk.emulator.Dynalite;
import newsdesk.feed.SeenItems;
import newsdesk.feed.SeenItemsContract;

class DynamoSeenItemsTest extends SeenItemsContract {

  @Override
  protected SeenItems newStore() {
    return new DynamoSeenItems(Dynalite.client(), Dynalite.newTable("seen"));
  }
}
