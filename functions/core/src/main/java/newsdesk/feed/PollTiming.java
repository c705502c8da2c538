package newsdesk.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.feed.parse.FeedItem;
import newsdesk.feed.parse.ParsedFeed;
import newsdesk.store.SortKeys;

/**
 * When to poll a feed next: the politeness rules of {@code docs/polling.md} as pure functions. After
 * a successful poll the interval is the observed item frequency (the mean gap between the newest
 * items' dates), or {@link #DEFAULT_INTERVAL} without one, raised to whatever the publisher asks for
 * ({@code <ttl>}, {@code sy:updatePeriod}/{@code updateFrequency}, {@code Cache-Control: max-age}),
 * since each of those says "not sooner than this"; then clamped to [{@link #MIN_INTERVAL},
 * {@link #MAX_INTERVAL}]. Failures back off exponentially from {@link #FIRST_BACKOFF}, doubling per
 * consecutive error up to {@link #MAX_INTERVAL}, and never sooner than a {@code Retry-After}.
 */
public final class PollTiming {

  public static final Duration MIN_INTERVAL = Duration.ofMinutes(5);
  public static final Duration MAX_INTERVAL = Duration.ofHours(24);
  /** For a feed that gives no hint and has too few dated items to measure. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofHours(1);
  public static final Duration FIRST_BACKOFF = Duration.ofMinutes(5);
  /** The tenth consecutive failure disables the feed (with the reason kept in its state). */
  public static final int DISABLE_AFTER_ERRORS = 10;
  /** A Retry-After further away than this is taken as this: a week is a plain "go away" already. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofDays(7);
  /** How many of the newest dated items the observed frequency is measured over. */
  static final int OBSERVED_ITEMS = 10;

  private static final Pattern MAX_AGE = Pattern.compile("(?i)(?:^|[,\\s])(s-maxage|max-age)\\s*=\\s*\"?(\\d{1,10})");
  private static final Pattern NO_CACHE = Pattern.compile("(?i)(?:^|[,\\s])(no-cache|no-store)(?:$|[,\\s=])");

  private PollTiming() {}

  /** The interval after a successful poll that returned {@code feed} with this Cache-Control. */
  public static Duration afterSuccess(ParsedFeed feed, String cacheControl) {
    Duration interval = observed(feed.items()).orElse(DEFAULT_INTERVAL);
    interval = atLeast(interval, feed.ttl());
    interval = atLeast(interval, feed.updateInterval());
    interval = atLeast(interval, maxAge(cacheControl).orElse(null));
    return clamp(interval);
  }

  /**
   * The interval after a 304: the previous successful interval (the gap between the stored last and
   * next poll, when the feed was healthy) still holds, raised to any max-age this response gives.
   */
  public static Duration afterNotModified(Feed previous, String cacheControl) {
    Duration interval = DEFAULT_INTERVAL;
    if (previous.consecutiveErrors() == 0 && previous.lastPoll() != null && previous.nextPoll() != null) {
      try {
        interval = Duration.between(Instant.parse(previous.lastPoll()), Instant.parse(previous.nextPoll()));
      } catch (DateTimeParseException e) {
        interval = DEFAULT_INTERVAL;
      }
    }
    return clamp(atLeast(interval, maxAge(cacheControl).orElse(null)));
  }

  /** The wait after the {@code errors}-th consecutive failure (1-based): 5 min, 10, 20 … capped at 24 h. */
  public static Duration backoff(int errors) {
    int doublings = Math.max(0, Math.min(errors - 1, 20));
    Duration wait = FIRST_BACKOFF.multipliedBy(1L << doublings);
    return wait.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : wait;
  }

  /**
   * A Retry-After value — delay-seconds or an HTTP date — as the instant it names; empty when absent
   * or unreadable. Dates in the past mean "now"; anything beyond {@link #MAX_RETRY_AFTER} is cut to it.
   */
  public static Optional<Instant> retryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    Instant at;
    if (v.chars().allMatch(Character::isDigit)) {
      if (v.length() > 10) {
        return Optional.of(now.plus(MAX_RETRY_AFTER));
      }
      at = now.plusSeconds(Long.parseLong(v));
    } else {
      try {
        at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    Instant latest = now.plus(MAX_RETRY_AFTER);
    return Optional.of(at.isBefore(now) ? now : at.isAfter(latest) ? latest : at);
  }

  /** {@code max-age} (or {@code s-maxage}, a shared cache's value, which is what we are) in Cache-Control. */
  static Optional<Duration> maxAge(String cacheControl) {
    if (cacheControl == null || NO_CACHE.matcher(cacheControl).find()) {
      return Optional.empty();
    }
    Matcher m = MAX_AGE.matcher(cacheControl.toLowerCase(Locale.ROOT));
    Duration best = null;
    while (m.find()) {
      Duration d = Duration.ofSeconds(Long.parseLong(m.group(2)));
      if (best == null || m.group(1).equals("s-maxage")) {
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The mean gap between the newest {@value #OBSERVED_ITEMS} distinct item dates; empty with fewer than two. */
  static Optional<Duration> observed(List<FeedItem> items) {
    List<Instant> dates = new ArrayList<>();
    for (FeedItem item : items) {
      SortKeys.parse(item.published() != null ? item.published() : item.updated())
          .filter(d -> !dates.contains(d))
          .ifPresent(dates::add);
    }
    if (dates.size() < 2) {
      return Optional.empty();
    }
    dates.sort(Collections.reverseOrder());
    List<Instant> newest = dates.subList(0, Math.min(OBSERVED_ITEMS, dates.size()));
    Duration span = Duration.between(newest.get(newest.size() - 1), newest.get(0));
    return Optional.of(span.dividedBy(newest.size() - 1));
  }

  static Duration clamp(Duration interval) {
    if (interval.compareTo(MIN_INTERVAL) < 0) {
      return MIN_INTERVAL;
    }
    return interval.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : interval;
  }

  private static Duration atLeast(Duration interval, Duration floor) {
    return floor != null && floor.compareTo(interval) > 0 ? floor : interval;
  }
}
