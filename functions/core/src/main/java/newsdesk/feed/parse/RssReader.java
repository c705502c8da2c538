package newsdesk.feed.parse;

import static newsdesk.feed.parse.FeedXml.addDistinct;
import static newsdesk.feed.parse.FeedXml.blankToNull;
import static newsdesk.feed.parse.FeedXml.children;
import static newsdesk.feed.parse.FeedXml.local;
import static newsdesk.feed.parse.FeedXml.markup;
import static newsdesk.feed.parse.FeedXml.own;
import static newsdesk.feed.parse.FeedXml.text;
import static newsdesk.feed.parse.FeedXml.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads RSS 0.90–2.0 and RSS 1.0 (RDF), with the extensions news feeds use for what RSS lacks:
 * Dublin Core (creator, date, subject), content:encoded, Media RSS and iTunes images, and
 * atom:link for the feed's own URL and hub.
 */
final class RssReader {

  /** Items beyond this are dropped with a warning; no real feed has this many, a hostile one might. */
  static final int MAX_ITEMS = 5_000;

  private static final Pattern EMAIL_THEN_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
  private static final Pattern NAME_THEN_EMAIL = Pattern.compile("([^<(]+)[<(]\\S+@[^\\s>)]+[>)]");

  private RssReader() {}

  static ParsedFeed read(Element root, boolean rdf, String feedUrl, List<String> warnings) {
    Element channel = local(root).equals("channel") ? root : first(children(root, "channel"));
    Element head = channel != null ? channel : root;
    List<Element> itemElements = new ArrayList<>();
    // RSS 1.0 puts items beside the channel; broken RSS 2.0 sometimes does too.
    if (channel != null) {
      itemElements.addAll(children(channel, "item"));
    }
    if (channel != root) {
      itemElements.addAll(children(root, "item"));
    }
    List<FeedItem> items = new ArrayList<>();
    for (Element item : itemElements) {
      if (items.size() == MAX_ITEMS) {
        warnings.add("more than " + MAX_ITEMS + " items; the rest were dropped");
        break;
      }
      items.add(item(item, rdf, feedUrl, warnings));
    }
    String title = title(head);
    String link = ownLink(head, feedUrl);
    if (link == null) {
      link = AtomReader.link(head, "alternate", feedUrl);
    }
    return new ParsedFeed(
        title,
        link,
        AtomReader.link(head, "self", feedUrl),
        AtomReader.link(head, "hub", feedUrl),
        items,
        rdf ? FeedFormat.RSS_1_0 : FeedFormat.RSS,
        warnings);
  }

  private static FeedItem item(Element item, boolean rdf, String feedUrl, List<String> warnings) {
    Element guid = own(item, "guid");
    String id = guid == null ? null : blankToNull(guid.text().strip());
    if (id == null && rdf) {
      id = blankToNull(item.attr("rdf:about").strip());
    }
    String link = ownLink(item, feedUrl);
    if (link == null) {
      link = AtomReader.link(item, "alternate", feedUrl);
    }
    if (link == null && id != null && guid != null && !guid.attr("isPermaLink").equalsIgnoreCase("false")
        && id.toLowerCase(Locale.ROOT).startsWith("http")) {
      link = url(guid, id, feedUrl);
    }
    String title = title(item);
    List<String> authors = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    List<Element> published = new ArrayList<>();
    List<Element> updated = new ArrayList<>();
    Element encoded = null;
    Enclosure enclosure = null;
    String image = null;
    for (Element child : item.children()) {
      switch (local(child)) {
        case "author":
        case "creator":
          Element name = first(children(child, "name"));
          addDistinct(authors, name != null ? text(name) : personName(text(child)));
          break;
        case "category":
        case "subject":
          // atom:category inside RSS carries its value in term (or label), RSS's in its text.
          String term = child.hasAttr("term") ? child.attr("term") : child.attr("label");
          addDistinct(categories, term.isBlank() ? text(child) : term.strip());
          break;
        case "keywords":
          String keywords = text(child);
          for (String keyword : keywords == null ? new String[0] : keywords.split(",")) {
            addDistinct(categories, keyword.strip());
          }
          break;
        case "pubdate":
        case "date":
        case "published":
        case "issued":
          published.add(child);
          break;
        case "updated":
        case "modified":
          updated.add(child);
          break;
        case "encoded":
          encoded = encoded == null ? child : encoded;
          break;
        case "enclosure":
          Enclosure e = enclosure(child, feedUrl);
          enclosure = enclosure == null ? e : enclosure;
          image = image == null && isImage(child) ? e.url() : image;
          break;
        case "thumbnail":
        case "content":
        case "image":
        case "group":
          image = image == null ? image(child, feedUrl) : image;
          break;
        default:
          break;
      }
    }
    return new FeedItem(
        id,
        link,
        title,
        FeedXml.date(published, warnings),
        FeedXml.date(updated, warnings),
        authors,
        markup(own(item, "description")),
        markup(encoded),
        image,
        enclosure,
        categories);
  }

  /** RSS's own title, else an extension's (dc:title) for feeds that only have that. */
  private static String title(Element parent) {
    String title = text(own(parent, "title"));
    return title != null ? title : text(first(children(parent, "title")));
  }

  /** The first unprefixed {@code <link>} with a value (text, or href as some feeds write it). */
  private static String ownLink(Element parent, String feedUrl) {
    for (Element child : parent.children()) {
      // An unprefixed Atom link (default namespace redeclared) or one with another rel is not the
      // RSS link: rel="self" there is the feed's own URL, which would otherwise pose as the site.
      String rel = child.attr("rel").strip();
      boolean foreign = FeedXml.isAtom(child) || !(rel.isEmpty() || rel.equalsIgnoreCase("alternate"));
      if (child.tag().prefix().isEmpty() && local(child).equals("link") && !foreign) {
        String value = blankToNull(child.text().strip());
        if (value == null) {
          value = blankToNull(child.attr("href"));
        }
        if (value != null) {
          return url(child, value, feedUrl);
        }
      }
    }
    return null;
  }

  /** The name in RSS's "email (Name)" or a "Name <email>" author; the text as given otherwise. */
  static String personName(String author) {
    if (author == null) {
      return null;
    }
    Matcher m = EMAIL_THEN_NAME.matcher(author);
    if (m.matches()) {
      return m.group(1).strip();
    }
    m = NAME_THEN_EMAIL.matcher(author);
    return m.matches() ? m.group(1).strip() : author;
  }

  static Enclosure enclosure(Element e, String feedUrl) {
    String href = e.hasAttr("url") ? e.attr("url") : e.attr("href");
    return new Enclosure(url(e, href, feedUrl), blankToNull(e.attr("type")), length(e.attr("length")));
  }

  static long length(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean isImage(Element e) {
    return e.attr("type").toLowerCase(Locale.ROOT).startsWith("image/") || e.attr("medium").equalsIgnoreCase("image");
  }

  /** An image URL from media:thumbnail, an image media:content, itunes:image or a media:group of them. */
  private static String image(Element e, String feedUrl) {
    String kind = local(e);
    if (kind.equals("group")) {
      for (Element child : e.children()) {
        String found = image(child, feedUrl);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    String prefix = e.tag().prefix();
    if (kind.equals("thumbnail") || (kind.equals("content") && isImage(e))) {
      return url(e, e.attr("url"), feedUrl);
    }
    if (kind.equals("image") && !prefix.isEmpty()) {
      return url(e, e.hasAttr("href") ? e.attr("href") : e.attr("url"), feedUrl);
    }
    return null;
  }

  private static Element first(List<Element> elements) {
    return elements.isEmpty() ? null : elements.get(0);
  }
}
