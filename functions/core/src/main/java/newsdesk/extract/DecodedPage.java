package newsdesk.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A raw page turned into text: the characters, the charset they were read with, whether the
 * page looks like HTML (otherwise it is a plain-text page dump), and what decoding noticed. An HTML
 * page whose bytes need no cleaning, or only controls dropped, keeps its bytes instead of a string: jsoup decodes them while it
 * parses, so the page is decoded once, not once into a string and again into the parser's buffer
 * (together that cost half a parse). {@link #text()} still decodes on demand, to the same characters.
 */
public final class DecodedPage {

  private final byte[] bytes;
  private final int offset;
  private final Charset charset;
  private final boolean html;
  private final List<String> warnings;
  private String text;

  public DecodedPage(String text, String charset, boolean html, List<String> warnings) {
    this(null, 0, text, Charset.forName(charset), html, warnings);
  }

  private DecodedPage(byte[] bytes, int offset, String text, Charset charset, boolean html, List<String> warnings) {
    this.bytes = bytes;
    this.offset = offset;
    this.text = text;
    this.charset = charset;
    this.html = html;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * An HTML page kept as its bytes from {@code offset} on (past a byte-order mark): the caller has
   * checked that decoding them with {@code charset} gives the page's characters as they are, nothing
   * (left) to strip, and that they start with no byte-order mark jsoup would read as one.
   */
  static DecodedPage htmlBytes(byte[] bytes, int offset, Charset charset, List<String> warnings) {
    return new DecodedPage(bytes, offset, null, charset, true, warnings);
  }

  public String text() {
    if (text == null) {
      text = new String(bytes, offset, bytes.length - offset, charset);
    }
    return text;
  }

  public String charset() {
    return charset.name();
  }

  public boolean html() {
    return html;
  }

  public List<String> warnings() {
    return warnings;
  }

  /** The page parsed as HTML, relative links resolved against {@code baseUri}. */
  public Document document(String baseUri) {
    if (bytes == null || text != null) {
      return Jsoup.parse(text(), baseUri);
    }
    return parse(new ByteArrayInputStream(bytes, offset, bytes.length - offset), baseUri);
  }

  /**
   * The page parsed as extraction reads it: {@link #document}, but without the bodies of scripts
   * other than JSON-LD, the bodies of styles, the text of comments and attributes no extraction code
   * reads ({@link UnreadMarkup}), which
   * jsoup would otherwise tokenize only for cleaning to throw them away. A page decoded into a
   * string (a charset other than UTF-8 and windows-1252, or text the decoder had to clean) is
   * parsed whole.
   */
  public Document documentForExtraction(String baseUri) {
    if (bytes == null || text != null) {
      return document(baseUri);
    }
    InputStream read = UnreadMarkup.readable(bytes, offset);
    return parse(read == null ? new ByteArrayInputStream(bytes, offset, bytes.length - offset) : read, baseUri);
  }

  private Document parse(InputStream read, String baseUri) {
    try {
      Document doc = Jsoup.parse(read, charset.name(), baseUri);
      // As a parse of the string would have it: the charset is for writing the document out, not reading it.
      doc.outputSettings().charset(StandardCharsets.UTF_8);
      return doc;
    } catch (IOException e) {
      // A byte array never fails to read; this only satisfies the stream signature.
      throw new UncheckedIOException(e);
    }
  }
}
