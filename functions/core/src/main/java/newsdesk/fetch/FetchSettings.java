package newsdesk.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * How a {@link SafeFetcher} behaves: timeouts, the body cap (applied to the compressed and to the
 * decompressed body), whether loopback is allowed (local development and tests only), the resolver
 * used to vet hosts, the Accept header, and a content-type hook that can refuse a 2xx response
 * before its body is read.
 */
public record FetchSettings(
    Duration connectTimeout,
    Duration totalTimeout,
    long maxBodyBytes,
    boolean allowLoopback,
    HostResolver resolver,
    String accept,
    Predicate<String> contentTypeCheck) {

  /** What feeds are served as, most specific first; anything else is still accepted at low weight. */
  public static final String FEED_ACCEPT =
      "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
          + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

  public FetchSettings {
    Objects.requireNonNull(connectTimeout);
    Objects.requireNonNull(totalTimeout);
    Objects.requireNonNull(resolver);
    Objects.requireNonNull(accept);
    Objects.requireNonNull(contentTypeCheck);
    if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBodyBytes must fit in one array: " + maxBodyBytes);
    }
  }

  /**
   * Production defaults: 5 s to connect, 20 s for everything including redirects (a poll run has
   * many feeds to get through), 8 MiB body cap (the feed parser's limit), loopback refused, the
   * system resolver, and a content-type check that refuses media and archives.
   */
  public static FetchSettings defaults() {
    return new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(20), 8L * 1024 * 1024, false,
        HostResolver.SYSTEM, FEED_ACCEPT, FetchSettings::textual);
  }

  public FetchSettings withTimeouts(Duration connect, Duration total) {
    return new FetchSettings(connect, total, maxBodyBytes, allowLoopback, resolver, accept, contentTypeCheck);
  }

  public FetchSettings withMaxBodyBytes(long max) {
    return new FetchSettings(connectTimeout, totalTimeout, max, allowLoopback, resolver, accept, contentTypeCheck);
  }

  public FetchSettings withAllowLoopback(boolean allow) {
    return new FetchSettings(connectTimeout, totalTimeout, maxBodyBytes, allow, resolver, accept, contentTypeCheck);
  }

  public FetchSettings withResolver(HostResolver r) {
    return new FetchSettings(connectTimeout, totalTimeout, maxBodyBytes, allowLoopback, r, accept, contentTypeCheck);
  }

  public FetchSettings withContentTypeCheck(Predicate<String> check) {
    return new FetchSettings(connectTimeout, totalTimeout, maxBodyBytes, allowLoopback, resolver, accept, check);
  }

  /**
   * Refuses content types no feed or page is served as (images, audio, video, fonts, archives, PDF);
   * accepts a missing or unknown type, since many feeds are served with wrong types.
   */
  static boolean textual(String contentType) {
    if (contentType == null) {
      return true;
    }
    String t = contentType.toLowerCase(Locale.ROOT).strip();
    return !(t.startsWith("image/") || t.startsWith("audio/") || t.startsWith("video/") || t.startsWith("font/")
        || t.startsWith("application/pdf") || t.startsWith("application/zip") || t.startsWith("application/gzip")
        || t.startsWith("application/octet-stream"));
  }
}
