package newsdesk.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsdesk.feed.parse.FeedDocument;
import newsdesk.feed.parse.FeedItem;
import newsdesk.feed.parse.NotAFeedException;
import newsdesk.feed.parse.ParsedFeed;
import newsdesk.fetch.FetchException;
import newsdesk.fetch.FetchRequest;
import newsdesk.fetch.FetchResult;
import newsdesk.fetch.SafeFetcher;
import org.jsoup.nodes.Entities;

/**
 * Polls one feed once and decides its next state, following {@code docs/polling.md}: a conditional
 * GET with the stored validators; 304 skips parsing; 301/308 move the stored URL, 302/307 do not;
 * 410 disables; 429/503 wait at least their Retry-After; any other failure counts towards
 * {@link PollTiming#DISABLE_AFTER_ERRORS} with exponential backoff. On a 200 every item not seen
 * before is claimed, its page fetched with the same fetcher and archived (or, when the page cannot
 * be had, the item's own content, flagged {@code archived-from=feed-content}).
 *
 * <p>When an item cannot be archived, or the deadline passes among the items, no validators are
 * stored and the feed is due again after {@link PollTiming#MIN_INTERVAL}: the next poll then gets
 * the full feed rather than a 304, and with it the items still missing. Nothing is lost for the
 * price of one unconditional GET.
 */
final class FeedPoll {

  /** The archived page's key: {@code incoming/feeds/<feedId>/<yyyy>/<mm>/<hash>.html}. */
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu/MM").withZone(ZoneOffset.UTC);

  /** What one poll did to one feed. */
  enum Outcome { FETCHED, NOT_MODIFIED, FAILED, DISABLED }

  record Result(Feed feed, Outcome outcome, int archived) {}

  private final SafeFetcher fetcher;
  private final SeenItems seen;
  private final RawArchive archive;
  private final Clock clock;

  FeedPoll(SafeFetcher fetcher, SeenItems seen, RawArchive archive, Clock clock) {
    this.fetcher = fetcher;
    this.seen = seen;
    this.archive = archive;
    this.clock = clock;
  }

  Result poll(Feed feed, Instant deadline) {
    FetchResult response;
    try {
      response = fetcher.fetch(new FetchRequest(feed.url(), feed.etag(), feed.lastModified()));
    } catch (FetchException e) {
      return failed(feed, kind(e) + ": " + e.getMessage(), null);
    }
    Instant now = clock.instant();
    // A permanent move is kept whatever the final status: the feed lives at the new URL now.
    Feed moved = response.movedTo() == null ? feed : with(feed, response.movedTo());
    int status = response.status();
    if (response.notModified()) {
      Duration interval = PollTiming.afterNotModified(feed, response.cacheControl());
      return new Result(healthy(moved, feed.etag(), feed.lastModified(), now, interval), Outcome.NOT_MODIFIED, 0);
    }
    if (status == 410) {
      return new Result(new Feed(moved.id(), moved.url(), moved.title(), moved.etag(), moved.lastModified(),
          now.toString(), moved.nextPoll(), moved.consecutiveErrors() + 1, "HTTP 410 Gone",
          "HTTP 410 Gone: the publisher removed this feed"), Outcome.DISABLED, 0);
    }
    if (!response.ok()) {
      String retryAfter = status == 429 || status == 503 ? response.retryAfter() : null;
      return failed(moved, "HTTP " + status, retryAfter);
    }
    ParsedFeed parsed;
    try {
      parsed = FeedDocument.parse(response.body(), response.contentType(), response.finalUrl());
    } catch (NotAFeedException e) {
      return failed(moved, "not a feed: " + e.getMessage(), null);
    }
    Items items = archiveNew(moved, parsed.items(), deadline);
    Feed titled = moved.title() == null && parsed.title() != null ? withTitle(moved, parsed.title()) : moved;
    Duration interval = PollTiming.afterSuccess(parsed, response.cacheControl());
    Feed next = items.complete
        ? healthy(titled, response.etag(), response.lastModified(), now, interval)
        // No validators: the next poll gets the whole feed and the items still to archive (class comment).
        : healthy(titled, null, null, now, PollTiming.MIN_INTERVAL);
    return new Result(next, Outcome.FETCHED, items.archived);
  }

  private record Items(int archived, boolean complete) {}

  private Items archiveNew(Feed feed, List<FeedItem> items, Instant deadline) {
    int archived = 0;
    Set<String> claimedHere = new HashSet<>();
    for (FeedItem item : items) {
      ItemKeys keys = ItemKeys.of(item);
      if (keys.isEmpty() || claimedHere.contains(keys.keys().get(0))) {
        continue;
      }
      if (!seen.seen(feed.id(), keys.keys(), clock.instant()).isEmpty()) {
        continue;
      }
      if (!clock.instant().isBefore(deadline)) {
        return new Items(archived, false);
      }
      if (!seen.claim(feed.id(), keys.keys(), clock.instant())) {
        continue; // another run has it
      }
      claimedHere.addAll(keys.keys());
      try {
        archive(feed, item, keys);
      } catch (IOException | RuntimeException e) {
        seen.release(feed.id(), keys.keys());
        return new Items(archived, false);
      }
      // Were this to fail, the claim would lapse and a later run archive the item again: a repeat
      // of the same page, never a lost item.
      seen.confirm(feed.id(), keys.keys(), clock.instant());
      archived++;
    }
    return new Items(archived, true);
  }

  private void archive(Feed feed, FeedItem item, ItemKeys keys) throws IOException {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("feed-id", feed.id());
    put(metadata, "item-id", item.id() != null ? item.id() : keys.keys().get(0));
    put(metadata, "item-published", item.published());
    put(metadata, "item-updated", item.updated());
    byte[] body = null;
    String contentType = null;
    if (item.link() != null) {
      try {
        FetchResult page = fetcher.fetch(FetchRequest.of(item.link()));
        if (page.ok() && page.body().length > 0) {
          body = page.body();
          contentType = page.contentType();
          put(metadata, "page-url", page.finalUrl());
        }
      } catch (FetchException e) {
        metadata.put("page-error", kind(e));
      }
    }
    if (body == null) {
      body = itemDocument(item);
      contentType = "text/html; charset=utf-8";
      put(metadata, "page-url", item.link());
      metadata.put("archived-from", "feed-content");
    }
    String key = RawArchive.INCOMING + "feeds/" + safe(feed.id()) + "/" + MONTH.format(clock.instant()) + "/"
        + keys.primaryHash() + ".html";
    archive.put(key, body, contentType == null ? "text/html" : contentType, metadata);
  }

  /** The item as a small HTML page, for when its own page cannot be fetched: Ingest reads it like any other. */
  static byte[] itemDocument(FeedItem item) {
    String title = item.title() == null ? "" : Entities.escape(item.title());
    String body = item.content() != null ? item.content() : item.summary() != null ? item.summary() : "";
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        .append(title).append("</title>");
    if (item.link() != null) {
      html.append("<link rel=\"canonical\" href=\"").append(Entities.escape(item.link())).append("\">");
    }
    if (item.published() != null) {
      html.append("<meta property=\"article:published_time\" content=\"").append(Entities.escape(item.published())).append("\">");
    }
    for (String author : item.authors()) {
      html.append("<meta name=\"author\" content=\"").append(Entities.escape(author)).append("\">");
    }
    html.append("</head><body><article><h1>").append(title).append("</h1>\n").append(body)
        .append("\n</article></body></html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private Result failed(Feed feed, String error, String retryAfter) {
    Instant now = clock.instant();
    int errors = feed.consecutiveErrors() + 1;
    Instant next = now.plus(PollTiming.backoff(errors));
    Instant notBefore = PollTiming.retryAfter(retryAfter, now).orElse(next);
    if (notBefore.isAfter(next)) {
      next = notBefore;
    }
    String disabled = errors >= PollTiming.DISABLE_AFTER_ERRORS
        ? "disabled after " + errors + " consecutive errors; last: " + error
        : feed.disabledReason();
    return new Result(new Feed(feed.id(), feed.url(), feed.title(), feed.etag(), feed.lastModified(), now.toString(),
        next.toString(), errors, error, disabled), disabled != null ? Outcome.DISABLED : Outcome.FAILED, 0);
  }

  private static Feed healthy(Feed feed, String etag, String lastModified, Instant now, Duration interval) {
    return new Feed(feed.id(), feed.url(), feed.title(), etag, lastModified, now.toString(),
        now.plus(interval).toString(), 0, null, feed.disabledReason());
  }

  private static Feed with(Feed f, String url) {
    return new Feed(f.id(), url, f.title(), f.etag(), f.lastModified(), f.lastPoll(), f.nextPoll(),
        f.consecutiveErrors(), f.lastError(), f.disabledReason());
  }

  private static Feed withTitle(Feed f, String title) {
    return new Feed(f.id(), f.url(), title, f.etag(), f.lastModified(), f.lastPoll(), f.nextPoll(),
        f.consecutiveErrors(), f.lastError(), f.disabledReason());
  }

  /** The failure kind as it appears in errors and metadata: {@code TOO_LARGE} is {@code too-large}. */
  private static String kind(FetchException e) {
    return e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void put(Map<String, String> metadata, String name, String value) {
    if (value != null && !value.isBlank()) {
      metadata.put(name, value);
    }
  }

  /** A feed id as one path segment: anything but letters, digits, dot, dash and underscore becomes '_'. */
  static String safe(String id) {
    String s = id.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
  }
}
