package newsdesk.feed.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns a fetched body into a {@link ParsedFeed}: RSS 0.90–2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and
 * JSON Feed 1.0/1.1. XML goes through Jsoup's XML parser, which never reads a DTD: internal entity
 * declarations are not expanded (no billion laughs) and external entities are never fetched (no
 * XXE); an undeclared entity stays as literal text. It is also lenient, so broken real-world feeds
 * (bare ampersands, unclosed tags, control characters, wrong encodings) still yield their items.
 */
public final class FeedDocument {

  /**
   * Bodies larger than this are refused unread: 8 MiB is several times the largest real feed we
   * know of (podcast feeds with hundreds of episodes run to 2 MB) and bounds parser memory.
   */
  public static final int MAX_FEED_BYTES = 8 * 1024 * 1024;

  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s*=\\s*\"?([^;\"\\s]+)");
  /** Characters XML forbids; real feeds contain them and a strict reader would give up. */
  private static final Pattern ILLEGAL_XML_CHARS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
  /** CDATA and comments (kept verbatim) or an ampersand that starts no complete entity reference. */
  private static final Pattern AMPERSAND_OR_VERBATIM =
      Pattern.compile("<!\\[CDATA\\[.*?]]>|<!--.*?-->|&(?!#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9._-]*;)", Pattern.DOTALL);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private FeedDocument() {}

  /**
   * Parses {@code body}; {@code contentType} (may be null) only supplies a charset when the document
   * declares none, and {@code url} (may be null) is the base for relative links.
   */
  public static ParsedFeed parse(byte[] body, String contentType, String url) throws NotAFeedException {
    if (body == null || body.length == 0) {
      throw new NotAFeedException("empty body");
    }
    if (body.length > MAX_FEED_BYTES) {
      throw new NotAFeedException("body is " + body.length + " bytes, over the " + MAX_FEED_BYTES + "-byte feed limit");
    }
    List<String> warnings = new ArrayList<>();
    String text = decode(body, contentType, warnings);
    int start = 0;
    while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
      start++;
    }
    if (start == text.length()) {
      throw new NotAFeedException("blank body");
    }
    char first = text.charAt(start);
    if (first == '{' || first == '[') {
      return JsonFeedReader.read(text.substring(start), url, warnings);
    }
    if (first != '<') {
      throw new NotAFeedException("neither XML nor JSON: starts with '" + first + "'");
    }
    String xml = escapeBareAmpersands(ILLEGAL_XML_CHARS.matcher(text.substring(start)).replaceAll(""));
    Document doc = Jsoup.parse(xml, url == null ? "" : url, Parser.xmlParser());
    doc.outputSettings().prettyPrint(false);
    Element root = doc.children().first();
    if (root == null) {
      throw new NotAFeedException("XML without a root element");
    }
    String name = root.tag().localName().toLowerCase(Locale.ROOT);
    switch (name) {
      case "rss":
      case "channel":
        return RssReader.read(root, false, url, warnings);
      case "rdf":
        return RssReader.read(root, true, url, warnings);
      case "feed":
        return AtomReader.read(root, url, warnings);
      case "html":
      case "head":
      case "body":
        throw new NotAFeedException(htmlReason(xml, url));
      default:
        throw new NotAFeedException("XML root <" + root.tagName() + "> is not rss, rdf:RDF or feed");
    }
  }

  /**
   * Escapes every {@code &} that does not start a complete entity reference, outside CDATA and
   * comments. Feeds are full of unescaped query strings, and an HTML-minded parser would read
   * {@code ?a=1&copy=2} as "?a=1©=2", corrupting links; after this it stays as written.
   */
  static String escapeBareAmpersands(String xml) {
    if (xml.indexOf('&') < 0) {
      return xml;
    }
    Matcher m = AMPERSAND_OR_VERBATIM.matcher(xml);
    StringBuilder out = new StringBuilder(xml.length() + 64);
    while (m.find()) {
      m.appendReplacement(out, m.group().equals("&") ? "&amp;" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Says the body is a web page, naming the feed it advertises if it has one (autodiscovery). */
  private static String htmlReason(String html, String url) {
    Document page = Jsoup.parse(html, url == null ? "" : url);
    Element alternate =
        page.selectFirst(
            "link[rel~=(?i)alternate][type~=(?i)application/(rss|atom|feed)\\+(xml|json)][href]");
    if (alternate != null) {
      return "an HTML page, not a feed; it advertises a feed at " + alternate.absUrl("href");
    }
    return "an HTML page, not a feed";
  }

  /**
   * Decodes with the first charset found in: byte-order mark, XML declaration, Content-Type. The
   * document's own declaration wins over the server's header because servers are configured once
   * for all files while the declaration is written with the file. ISO-8859-1 is read as
   * windows-1252 (its 0x80–0x9F are the curly quotes people actually meant), and a body that is
   * not valid UTF-8 yet has no valid multi-byte sequence at all is read as windows-1252 too.
   */
  static String decode(byte[] body, String contentType, List<String> warnings) {
    if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
      return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }
    if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
      return new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE);
    }
    if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
      return new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE);
    }
    Charset charset = declared(body, contentType);
    if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
      return new String(body, charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      String lenient = new String(body, StandardCharsets.UTF_8);
      boolean someValidMultibyte = lenient.chars().anyMatch(c -> c >= 0x80 && c != 0xFFFD);
      if (someValidMultibyte) {
        warnings.add("invalid UTF-8 bytes replaced");
        return lenient;
      }
      warnings.add("not UTF-8 as " + (charset == null ? "assumed" : "declared") + "; read as windows-1252");
      return new String(body, WINDOWS_1252);
    }
  }

  private static Charset declared(byte[] body, String contentType) {
    String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      Charset c = charset(xml.group(1));
      if (c != null) {
        return c;
      }
    }
    if (contentType != null) {
      Matcher param = CHARSET_PARAM.matcher(contentType);
      if (param.find()) {
        return charset(param.group(1));
      }
    }
    return null;
  }

  private static Charset charset(String name) {
    try {
      Charset c = Charset.forName(name);
      // A UTF-16 declaration on bytes without a BOM is almost always a lie about ASCII bytes.
      return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32") ? null : c;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
