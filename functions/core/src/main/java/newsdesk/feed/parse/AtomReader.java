package newsdesk.feed.parse;

import static newsdesk.feed.parse.FeedXml.addDistinct;
import static newsdesk.feed.parse.FeedXml.blankToNull;
import static newsdesk.feed.parse.FeedXml.children;
import static newsdesk.feed.parse.FeedXml.local;
import static newsdesk.feed.parse.FeedXml.markup;
import static newsdesk.feed.parse.FeedXml.text;
import static newsdesk.feed.parse.FeedXml.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Reads Atom 1.0 and its predecessor 0.3 (issued/modified for published/updated, the old
 * namespace). Entries without an author inherit their source's, then the feed's, as RFC 4287
 * section 4.2.1 says.
 */
final class AtomReader {

  private AtomReader() {}

  static ParsedFeed read(Element feed, String feedUrl, List<String> warnings) {
    boolean legacy = FeedXml.ATOM_03.equals(feed.tag().namespace()) || feed.attr("version").equals("0.3");
    List<String> feedAuthors = authors(feed);
    List<FeedItem> items = new ArrayList<>();
    for (Element entry : children(feed, "entry")) {
      if (items.size() == RssReader.MAX_ITEMS) {
        warnings.add("more than " + RssReader.MAX_ITEMS + " entries; the rest were dropped");
        break;
      }
      items.add(entry(entry, feedAuthors, feedUrl, warnings));
    }
    return new ParsedFeed(
        text(first(feed, "title")),
        link(feed, "alternate", feedUrl),
        link(feed, "self", feedUrl),
        link(feed, "hub", feedUrl),
        items,
        legacy ? FeedFormat.ATOM_0_3 : FeedFormat.ATOM_1_0,
        warnings);
  }

  private static FeedItem entry(Element entry, List<String> feedAuthors, String feedUrl, List<String> warnings) {
    List<String> authors = authors(entry);
    Element source = first(entry, "source");
    if (authors.isEmpty() && source != null) {
      authors = authors(source);
    }
    if (authors.isEmpty()) {
      authors = feedAuthors;
    }
    List<String> categories = new ArrayList<>();
    for (Element category : children(entry, "category")) {
      // The label is for people, the term for machines; a news category is shown to people.
      String term = blankToNull(category.attr("term").strip());
      String label = blankToNull(category.attr("label").strip());
      addDistinct(categories, label != null ? label : term != null ? term : text(category));
    }
    Enclosure enclosure = null;
    String image = null;
    for (Element link : children(entry, "link")) {
      if (link.attr("rel").equalsIgnoreCase("enclosure") && link.hasAttr("href")) {
        Enclosure e = RssReader.enclosure(link, feedUrl);
        enclosure = enclosure == null ? e : enclosure;
        if (image == null && e.type() != null && e.type().startsWith("image/")) {
          image = e.url();
        }
      }
    }
    for (Element child : entry.children()) {
      if (image == null && !child.tag().prefix().isEmpty()
          && (local(child).equals("thumbnail") || local(child).equals("image"))) {
        image = url(child, child.hasAttr("url") ? child.attr("url") : child.attr("href"), feedUrl);
      }
    }
    return new FeedItem(
        id(first(entry, "id")),
        link(entry, "alternate", feedUrl),
        text(first(entry, "title")),
        FeedXml.date(dates(entry, "published", "issued", "created"), warnings),
        FeedXml.date(dates(entry, "updated", "modified"), warnings),
        authors,
        markup(first(entry, "summary")),
        markup(first(entry, "content")),
        image,
        enclosure,
        categories);
  }

  /**
   * The entry id; a relative one (invalid, but written) is resolved against an xml:base in scope,
   * never against the feed URL, so the id does not change when the feed moves.
   */
  private static String id(Element id) {
    String value = id == null ? null : blankToNull(id.text().strip());
    if (value == null || value.contains(":")) {
      return value;
    }
    String base = FeedXml.base(id, null);
    return base == null ? value : FeedXml.resolve(base, value);
  }

  /**
   * The href of the first Atom link with this relation (a missing rel means alternate), preferring
   * an HTML alternate over other media types; works on atom:link inside RSS too.
   */
  static String link(Element parent, String rel, String feedUrl) {
    Element chosen = null;
    for (Element link : children(parent, "link")) {
      if (!link.hasAttr("href") || !(FeedXml.isAtom(link) || link.tag().prefix().isEmpty())) {
        continue;
      }
      String linkRel = link.attr("rel").strip().toLowerCase(Locale.ROOT);
      if (!(linkRel.isEmpty() ? "alternate" : linkRel).equals(rel)) {
        continue;
      }
      String type = link.attr("type").toLowerCase(Locale.ROOT);
      if (type.isEmpty() || type.contains("html")) {
        return url(link, link.attr("href"), feedUrl);
      }
      chosen = chosen == null ? link : chosen;
    }
    return chosen == null ? null : url(chosen, chosen.attr("href"), feedUrl);
  }

  /** Names of the author elements (email when the name is missing). */
  private static List<String> authors(Element parent) {
    List<String> names = new ArrayList<>();
    for (Element author : children(parent, "author")) {
      String name = text(first(author, "name"));
      if (name == null) {
        name = text(first(author, "email"));
      }
      if (name == null && author.childrenSize() == 0) {
        name = text(author);
      }
      addDistinct(names, name);
    }
    return names;
  }

  private static List<Element> dates(Element entry, String... names) {
    List<Element> found = new ArrayList<>();
    for (String name : names) {
      found.addAll(children(entry, name));
    }
    return found;
  }

  /** The first child with this name in the Atom namespace (or unprefixed), skipping extensions like media:title. */
  private static Element first(Element parent, String localName) {
    for (Element child : children(parent, localName)) {
      if (FeedXml.isAtom(child) || child.tag().prefix().isEmpty()) {
        return child;
      }
    }
    return null;
  }
}
