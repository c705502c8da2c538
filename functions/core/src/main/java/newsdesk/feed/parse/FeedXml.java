package newsdesk.feed.parse;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * What the RSS and Atom readers share: element names regardless of namespace prefix, text and
 * markup of an element whichever way the feed encoded it (escaped, CDATA, inline, base64), xml:base
 * resolution and date reading with warnings.
 */
final class FeedXml {

  static final String ATOM_10 = "http://www.w3.org/2005/Atom";
  static final String ATOM_03 = "http://purl.org/atom/ns#";

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Text that an HTML parser would change: a tag, comment or entity. */
  private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<[A-Za-z/!]|&(#\\d+|#x[0-9a-fA-F]+|[A-Za-z]+);");

  private FeedXml() {}

  /** Lower-case local name: {@code dc:Creator} and {@code creator} are both "creator". */
  static String local(Element e) {
    return e.tag().localName().toLowerCase(Locale.ROOT);
  }

  static String prefix(Element e) {
    return e.tag().prefix();
  }

  static boolean isAtom(Element e) {
    String ns = e.tag().namespace();
    return ATOM_10.equals(ns) || ATOM_03.equals(ns) || "atom".equalsIgnoreCase(prefix(e));
  }

  /** Direct children with this local name, in any namespace. */
  static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Element child : parent.children()) {
      if (local(child).equals(localName)) {
        found.add(child);
      }
    }
    return found;
  }

  /** The first direct child with this local name and no prefix (the format's own element). */
  static Element own(Element parent, String localName) {
    for (Element child : parent.children()) {
      if (prefix(child).isEmpty() && local(child).equals(localName)) {
        return child;
      }
    }
    return null;
  }

  /** Plain text of a title-like element: markup, escaped or inline, becomes text; blank is null. */
  static String text(Element e) {
    if (e == null) {
      return null;
    }
    if (e.childrenSize() > 0) {
      return blankToNull(e.text());
    }
    String raw = decodedBase64(e);
    return plain(raw != null ? raw : e.wholeText());
  }

  /** Collapses whitespace and turns HTML into its text; null when blank. */
  static String plain(String s) {
    if (s == null) {
      return null;
    }
    if (LOOKS_LIKE_HTML.matcher(s).find()) {
      s = Jsoup.parseBodyFragment(s).text();
    }
    return blankToNull(SPACES.matcher(s).replaceAll(" ").strip());
  }

  /**
   * The markup of a content-like element as HTML: inline XHTML is serialized (without Atom's
   * wrapper div), escaped or CDATA HTML is unescaped once, Atom {@code type="text"} is escaped so
   * the value is always HTML, base64 is decoded.
   */
  static String markup(Element e) {
    if (e == null) {
      return null;
    }
    String type = e.attr("type").toLowerCase(Locale.ROOT);
    if (e.childrenSize() > 0) {
      Element only = e.childrenSize() == 1 && e.textNodes().stream().allMatch(t -> t.isBlank()) ? e.child(0) : null;
      boolean wrapper = only != null && local(only).equals("div") && type.contains("xhtml");
      return blankToNull((wrapper ? only.html() : e.html()).strip());
    }
    String base64 = decodedBase64(e);
    String raw = base64 != null ? base64 : e.wholeText();
    if (isAtom(e) && type.equals("text")) {
      raw = Entities.escape(raw);
    }
    return blankToNull(raw.strip());
  }

  /**
   * Atom 1.0 allows any media type on text constructs, and a non-text, non-XML one is base64; Atom
   * 0.3 says so with {@code mode="base64"}. A value that does not decode to UTF-8 text is left as
   * written, since some feeds put made-up media types on plain text.
   */
  private static String decodedBase64(Element e) {
    String type = e.attr("type").toLowerCase(Locale.ROOT);
    boolean binaryType = type.contains("/") && !type.startsWith("text/") && !type.endsWith("xml");
    if (!binaryType && !e.attr("mode").equalsIgnoreCase("base64")) {
      return null;
    }
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(e.wholeText().strip());
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (IllegalArgumentException | CharacterCodingException notBase64Text) {
      return null;
    }
  }

  /** The base URL in effect at {@code e}: the feed URL refined by every xml:base from the root down. */
  static String base(Element e, String feedUrl) {
    List<String> bases = new ArrayList<>();
    for (Element at = e; at != null; at = at.parent()) {
      if (at.hasAttr("xml:base")) {
        bases.add(at.attr("xml:base"));
      }
    }
    String base = feedUrl;
    for (int i = bases.size() - 1; i >= 0; i--) {
      base = resolve(base, bases.get(i));
    }
    return base;
  }

  /**
   * {@code ref} made absolute against {@code base}; as given when there is no usable base. Uses the
   * lenient {@link URL} resolver because feed links often contain spaces or other unescaped bytes.
   */
  @SuppressWarnings("deprecation") // URL(URL, String) is the lenient resolver we want, deprecated only in JDK 20+
  static String resolve(String base, String ref) {
    if (ref == null || ref.isBlank()) {
      return null;
    }
    String r = ref.strip();
    if (base == null || base.isBlank()) {
      return r;
    }
    try {
      return new URL(new URL(base), r).toString();
    } catch (MalformedURLException e) {
      return r;
    }
  }

  /** The element's link value resolved in its own xml:base context. */
  static String url(Element e, String value, String feedUrl) {
    return value == null || value.isBlank() ? null : resolve(base(e, feedUrl), value);
  }

  /** The first readable date among the elements as ISO-8601, recording a warning for bad or zoneless ones. */
  static String date(List<Element> candidates, List<String> warnings) {
    for (Element e : candidates) {
      String iso = date("<" + e.tagName() + ">", e.text(), warnings);
      if (iso != null) {
        return iso;
      }
    }
    return null;
  }

  /** {@code raw} as ISO-8601, or null (with a warning naming {@code field} unless it was blank). */
  static String date(String field, String raw, List<String> warnings) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    Optional<FeedDates.FeedDate> date = FeedDates.read(raw);
    if (date.isEmpty()) {
      warnings.add("unreadable date " + field + abbreviate(raw));
      return null;
    }
    if (date.get().warning() != null) {
      warnings.add("date " + field + abbreviate(raw) + ": " + date.get().warning());
    }
    return date.get().iso();
  }

  static void addDistinct(List<String> values, String value) {
    if (value != null && !value.isBlank() && !values.contains(value)) {
      values.add(value);
    }
  }

  static String abbreviate(String s) {
    String t = SPACES.matcher(s).replaceAll(" ").strip();
    return " '" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "'";
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
