package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.feed.parse.FeedFormat;
import newsdesk.feed.parse.FeedItem;
import newsdesk.feed.parse.ParsedFeed;
import org.junit.jupiter.api.Test;

class PollTimingTest {

  private static final Instant NOW = Instant.parse("2022-02-01T10:00:00Z");

  @Test
  void backoffDoublesFromFiveMinutesAndCapsAtADay() {
    assertThat(PollTiming.backoff(1)).isEqualTo(Duration.ofMinutes(5));
    assertThat(PollTiming.backoff(2)).isEqualTo(Duration.ofMinutes(10));
    assertThat(PollTiming.backoff(9)).isEqualTo(Duration.ofMinutes(1280));
    assertThat(PollTiming.backoff(10)).isEqualTo(Duration.ofHours(24));
    assertThat(PollTiming.backoff(1000)).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void retryAfterInSecondsOrAsAnHttpDate() {
    assertThat(PollTiming.retryAfter("120", NOW)).contains(NOW.plusSeconds(120));
    assertThat(PollTiming.retryAfter("Tue, 01 Feb 2022 12:30:00 GMT", NOW)).contains(Instant.parse("2022-02-01T12:30:00Z"));
    assertThat(PollTiming.retryAfter("Mon, 31 Jan 2022 12:30:00 GMT", NOW)).as("past").contains(NOW);
    assertThat(PollTiming.retryAfter("99999999999999", NOW)).contains(NOW.plus(PollTiming.MAX_RETRY_AFTER));
    assertThat(PollTiming.retryAfter("soon", NOW)).isEmpty();
    assertThat(PollTiming.retryAfter(null, NOW)).isEmpty();
  }

  @Test
  void maxAgePrefersTheSharedCacheValueAndNoCacheMeansNone() {
    assertThat(PollTiming.maxAge("public, max-age=600")).contains(Duration.ofMinutes(10));
    assertThat(PollTiming.maxAge("max-age=600, s-maxage=1200")).contains(Duration.ofMinutes(20));
    assertThat(PollTiming.maxAge("no-cache, max-age=600")).isEmpty();
    assertThat(PollTiming.maxAge("private")).isEmpty();
  }

  @Test
  void publisherHintsRaiseTheIntervalAndTheResultIsClamped() {
    assertThat(PollTiming.afterSuccess(feed(List.of(), null, null), null)).isEqualTo(PollTiming.DEFAULT_INTERVAL);
    assertThat(PollTiming.afterSuccess(feed(List.of(), Duration.ofHours(2), null), null)).isEqualTo(Duration.ofHours(2));
    assertThat(PollTiming.afterSuccess(feed(List.of(), null, Duration.ofHours(3)), "max-age=60")).isEqualTo(Duration.ofHours(3));
    assertThat(PollTiming.afterSuccess(feed(List.of(), null, null), "max-age=14400")).isEqualTo(Duration.ofHours(4));
    assertThat(PollTiming.afterSuccess(feed(List.of(), Duration.ofDays(3), null), null)).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void observedFrequencyIsTheMeanGapOfTheNewestItemsClampedToFiveMinutes() {
    assertThat(PollTiming.afterSuccess(feed(everyMinutes(120, 5), null, null), null)).isEqualTo(Duration.ofHours(2));
    assertThat(PollTiming.afterSuccess(feed(everyMinutes(1, 20), null, null), null)).isEqualTo(PollTiming.MIN_INTERVAL);
    assertThat(PollTiming.afterSuccess(feed(everyMinutes(30, 5), Duration.ofHours(1), null), null))
        .as("ttl wins over a shorter observed gap").isEqualTo(Duration.ofHours(1));
  }

  @Test
  void notModifiedKeepsTheLastHealthyInterval() {
    Feed healthy = new Feed("f", "u", null, "e", null, "2022-02-01T08:00:00Z", "2022-02-01T10:00:00Z", 0, null, null);
    Feed failing = new Feed("f", "u", null, "e", null, "2022-02-01T08:00:00Z", "2022-02-01T18:00:00Z", 3, "HTTP 500", null);
    assertThat(PollTiming.afterNotModified(healthy, null)).isEqualTo(Duration.ofHours(2));
    assertThat(PollTiming.afterNotModified(healthy, "max-age=10800")).isEqualTo(Duration.ofHours(3));
    assertThat(PollTiming.afterNotModified(failing, null)).isEqualTo(PollTiming.DEFAULT_INTERVAL);
  }

  private static List<FeedItem> everyMinutes(int minutes, int count) {
    List<FeedItem> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(new FeedItem("id" + i, null, "t", NOW.minus(Duration.ofMinutes((long) minutes * i)).toString(), null,
          List.of(), null, null, null, null, List.of()));
    }
    return items;
  }

  private static ParsedFeed feed(List<FeedItem> items, Duration ttl, Duration sy) {
    return new ParsedFeed("T", null, null, null, items, FeedFormat.RSS, List.of(), ttl, sy);
  }
}
