package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FeedStore} must do, run against each implementation by a subclass that
 * supplies a fresh, empty store per test.
 */
public abstract class FeedStoreContract {

  private static final Instant NOW = Instant.parse("2022-02-01T10:00:00Z");

  protected FeedStore store;

  /** A new, empty store; called before every test. */
  protected abstract FeedStore newStore();

  @BeforeEach
  void freshStore() {
    store = newStore();
  }

  @Test
  void roundTripsEveryField() {
    Feed feed = new Feed("reuters", "https://example.com/feed.xml", "Reuters World", "W/\"abc\"",
        "Tue, 01 Feb 2022 09:00:00 GMT", "2022-02-01T09:00:00Z", "2022-02-01T09:15:00Z", 2, "HTTP 503", null);

    store.put(feed);

    assertThat(store.feed("reuters")).contains(feed);
    assertThat(store.feed("other")).isEmpty();
  }

  @Test
  void dueListsEnabledFeedsAtOrBeforeNowSoonestFirst() {
    store.put(feed("late", "2022-02-01T09:59:00Z", null));
    store.put(feed("early", "2022-02-01T08:00:00Z", null));
    store.put(feed("exactly-now", "2022-02-01T10:00:00Z", null));
    store.put(feed("future", "2022-02-01T10:00:00.001Z", null));
    store.put(feed("disabled", "2022-02-01T07:00:00Z", "HTTP 410 Gone"));
    store.put(feed("never-polled", null, null));
    store.put(feed("with-offset", "2022-02-01T10:30:00+01:00", null)); // 09:30Z

    assertThat(store.due(NOW, 10)).extracting(Feed::id)
        .containsExactly("never-polled", "early", "with-offset", "late", "exactly-now");
    assertThat(store.due(NOW, 2)).extracting(Feed::id).containsExactly("never-polled", "early");
  }

  @Test
  void feedsDueAtTheSameTimeAreAllListed() {
    store.put(feed("b", "2022-02-01T10:00:00Z", null));
    store.put(feed("a", "2022-02-01T10:00:00Z", null));

    assertThat(store.due(NOW, 10)).extracting(Feed::id).containsExactly("a", "b");
  }

  @Test
  void replacingAFeedMovesItsDueTimeAndDisablingRemovesIt() {
    store.put(feed("f", "2022-02-01T09:00:00Z", null));
    store.put(feed("g", "2022-02-01T09:30:00Z", null));

    store.put(feed("f", "2022-02-01T11:00:00Z", null));
    assertThat(store.due(NOW, 10)).extracting(Feed::id).containsExactly("g");

    store.put(feed("g", "2022-02-01T09:30:00Z", "too many errors"));
    assertThat(store.due(NOW, 10)).isEmpty();
    assertThat(store.feed("g").orElseThrow().disabledReason()).isEqualTo("too many errors");

    store.put(feed("g", "2022-02-01T09:30:00Z", null));
    assertThat(store.due(NOW, 10)).extracting(Feed::id).containsExactly("g");
  }

  @Test
  void allListsEveryFeedInIdOrderIncludingDisabled() {
    store.put(feed("c", null, null));
    store.put(feed("a", "2022-02-01T09:00:00Z", "gone"));
    store.put(feed("b", "2022-02-01T09:00:00Z", null));

    assertThat(store.all()).extracting(Feed::id).containsExactly("a", "b", "c");
  }

  @Test
  void removeDeletesFeedAndItsDueEntry() {
    store.put(feed("a", "2022-02-01T09:00:00Z", null));
    store.put(feed("b", "2022-02-01T09:00:00Z", null));

    store.remove("a");
    store.remove("never-existed");

    assertThat(store.feed("a")).isEmpty();
    assertThat(store.all()).extracting(Feed::id).containsExactly("b");
    assertThat(store.due(NOW, 10)).extracting(Feed::id).containsExactly("b");
  }

  @Test
  void replaceIfDueIsACompareAndSetOnTheDueTime() {
    Feed due = feed("f", "2022-02-01T09:00:00Z", null);
    store.put(due);
    Feed claimed = feed("f", "2022-02-01T11:00:00Z", null);

    assertThat(store.replaceIfDue(due, claimed)).isTrue();
    // A second claimer, or a repeat, holds the old state: refused, and the first claim stands.
    assertThat(store.replaceIfDue(due, feed("f", "2022-02-01T12:00:00Z", null))).isFalse();
    assertThat(store.feed("f")).contains(claimed);
    assertThat(store.due(NOW, 10)).isEmpty();

    // Releasing is the same operation the other way round.
    assertThat(store.replaceIfDue(claimed, due)).isTrue();
    assertThat(store.due(NOW, 10)).extracting(Feed::id).containsExactly("f");
  }

  @Test
  void replaceIfDueRefusesDisabledMissingAndOtherFeeds() {
    Feed disabled = feed("d", "2022-02-01T09:00:00Z", "HTTP 410 Gone");
    store.put(disabled);
    Feed absent = feed("absent", "2022-02-01T09:00:00Z", null);
    Feed g = feed("g", "2022-02-01T09:00:00Z", null);
    store.put(g);

    assertThat(store.replaceIfDue(disabled, feed("d", "2022-02-01T11:00:00Z", null))).isFalse();
    assertThat(store.replaceIfDue(feed("d", "2022-02-01T09:00:00Z", null), feed("d", "2022-02-01T11:00:00Z", null)))
        .isFalse();
    assertThat(store.replaceIfDue(absent, feed("absent", "2022-02-01T11:00:00Z", null))).isFalse();
    assertThat(store.replaceIfDue(g, feed("other", "2022-02-01T11:00:00Z", null))).isFalse();

    assertThat(store.feed("d")).contains(disabled);
    assertThat(store.feed("absent")).isEmpty();
    assertThat(store.feed("other")).isEmpty();
  }

  @Test
  void emptyStoreHasNothingDue() {
    assertThat(store.due(NOW, 10)).isEmpty();
    assertThat(store.all()).isEmpty();
  }

  private static Feed feed(String id, String nextPoll, String disabledReason) {
    return new Feed(id, "https://example.com/" + id + ".xml", id, null, null, null, nextPoll, 0, null, disabledReason);
  }
}
