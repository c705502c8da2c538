package newsdesk.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * The feed registry's operations — add, remove, list, OPML import and export — over a
 * {@link FeedStore}, shared by the CLI and anything else that manages subscriptions. A feed's id is
 * derived from its URL ({@code <host>-<8 hex of sha256(url)>}) unless one is given, so adding the
 * same URL twice, or importing the same OPML twice, changes nothing. URLs must be absolute http(s);
 * whether they are safe to fetch is the fetcher's decision at poll time, not the registry's. OPML is
 * read with Jsoup's XML parser, which never reads a DTD, like feeds.
 */
public final class FeedRegistry {

  private final FeedStore store;

  public FeedRegistry(FeedStore store) {
    this.store = Objects.requireNonNull(store);
  }

  /** What {@link #add} did. */
  public record Added(Feed feed, boolean created) {}

  /** What {@link #importOpml} did: feeds added, URLs already registered, outlines refused and why. */
  public record Imported(List<Feed> added, List<String> existing, List<String> refused) {}

  /**
   * Registers {@code url} (due at once) under {@code id}, or a derived id when {@code id} is null;
   * returns the existing feed instead when that URL or id is already registered.
   *
   * @throws IllegalArgumentException the URL is not absolute http(s), or the id is blank
   */
  public Added add(String url, String title, String id) {
    return add(url, title, id, byUrl(store.all()));
  }

  /** {@link #add} against a registry already read into {@code byUrl}, which it keeps up to date. */
  private Added add(String url, String title, String id, Map<String, Feed> byUrl) {
    String normalized = checkedUrl(url);
    Feed sameUrl = byUrl.get(normalized);
    if (sameUrl != null) {
      return new Added(sameUrl, false);
    }
    String feedId = id == null ? idFor(normalized) : id.strip();
    if (feedId.isEmpty()) {
      throw new IllegalArgumentException("a feed id must not be blank");
    }
    Optional<Feed> sameId = store.feed(feedId);
    if (sameId.isPresent()) {
      return new Added(sameId.get(), false);
    }
    Feed feed = new Feed(feedId, normalized, blankToNull(title), null, null, null, null, 0, null, null);
    store.put(feed);
    byUrl.put(normalized, feed);
    return new Added(feed, true);
  }

  private static Map<String, Feed> byUrl(List<Feed> feeds) {
    Map<String, Feed> byUrl = new HashMap<>();
    feeds.forEach(f -> byUrl.putIfAbsent(f.url(), f));
    return byUrl;
  }

  /** Removes the feed; true if it was registered. */
  public boolean remove(String id) {
    boolean present = store.feed(id).isPresent();
    store.remove(id);
    return present;
  }

  /**
   * Re-enables a feed the poller disabled (gone, too many errors) once its owner has fixed it: the
   * reason and error count are cleared and it is due at once. Empty when there is no such feed.
   */
  public Optional<Feed> enable(String id) {
    Optional<Feed> found = store.feed(id);
    found.ifPresent(f -> store.put(new Feed(f.id(), f.url(), f.title(), f.etag(), f.lastModified(), f.lastPoll(),
        null, 0, f.lastError(), null)));
    return found.flatMap(f -> store.feed(id));
  }

  /** Every feed, in id order, disabled ones included (their reason is in the state). */
  public List<Feed> list() {
    return store.all();
  }

  /** Adds every outline with an {@code xmlUrl}, at any depth (categories are folders of outlines). */
  public Imported importOpml(String opml) {
    Document doc = Jsoup.parse(opml, "", Parser.xmlParser());
    if (doc.selectFirst("opml") == null) {
      throw new IllegalArgumentException("not an OPML document: no <opml> root");
    }
    List<Feed> added = new ArrayList<>();
    List<String> existing = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    // One read of the registry for the whole file, not one per outline.
    Map<String, Feed> byUrl = byUrl(store.all());
    for (Element outline : doc.select("outline")) {
      String url = attribute(outline, "xmlUrl");
      if (url == null) {
        continue; // a folder, or a link that is no feed
      }
      try {
        String title = attribute(outline, "title");
        Added result = add(url, title != null ? title : attribute(outline, "text"), null, byUrl);
        if (result.created()) {
          added.add(result.feed());
        } else {
          existing.add(result.feed().url());
        }
      } catch (IllegalArgumentException e) {
        refused.add(url + ": " + e.getMessage());
      }
    }
    return new Imported(added, existing, refused);
  }

  /** OPML 2.0 with one {@code type="rss"} outline per feed, disabled feeds included. */
  public String exportOpml() {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n")
        .append("  <head><title>Newsdesk feeds</title></head>\n  <body>\n");
    for (Feed feed : store.all()) {
      String text = feed.title() != null ? feed.title() : feed.id();
      out.append("    <outline type=\"rss\" text=\"").append(escape(text)).append("\" title=\"").append(escape(text))
          .append("\" xmlUrl=\"").append(escape(feed.url())).append("\"/>\n");
    }
    return out.append("  </body>\n</opml>\n").toString();
  }

  /** {@code <host>-<8 hex>}: readable in listings, stable for the URL, distinct for distinct URLs. */
  static String idFor(String url) {
    String host = URI.create(url).getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    return host.replaceAll("[^a-z0-9.-]", "_") + "-" + ItemKeys.sha256(url).substring(0, 8);
  }

  private static String checkedUrl(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("a feed URL is required");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
    }
    return uri.toString();
  }

  /** OPML attribute names are camelCase; the XML parser may keep or lower their case. */
  private static String attribute(Element outline, String name) {
    String value = outline.hasAttr(name) ? outline.attr(name) : outline.attr(name.toLowerCase(Locale.ROOT));
    return blankToNull(value);
  }

  private static String escape(String s) {
    return Entities.escape(s);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
