package newsdesk.extract;

import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * The parts of an HTML page that extraction never reads, left out of the bytes jsoup parses: the
 * bodies of scripts other than JSON-LD, the bodies of styles, and the text of comments. On the
 * corpus pages they are two fifths of all characters, and jsoup tokenizes every one of them, while
 * cleaning removes scripts and styles as never-content and only JSON-LD scripts are read. A comment
 * keeps its {@code <!--} and its end, an empty comment: it splits text where it stood, and in a table
 * it decides where whitespace goes, so the tree is built from the same tokens. Attributes no extraction
 * code reads ({@link #isUnread}: event handlers, aria and script data, svg geometry, presentation) go
 * too, and those it reads on some elements only, from the others: an image's addresses from every tag
 * but an image's, a type from all but scripts and inputs, a title from tags without an itemprop, a
 * name also from tags other than meta ({@link #IMAGE_ONLY}, {@link #MICRODATA_ONLY}); all from every tag holding no more attributes than
 * jsoup keeps. Nothing is copied: jsoup
 * reads the kept parts of the page's bytes through a stream.
 *
 * <p>The scan follows the HTML tokenizer's data state over the bytes of UTF-8 or windows-1252, where
 * {@code <}, {@code >}, quotes, dashes and letters are single bytes that no other character uses:
 * tags and their quoted attribute values, comments, doctypes and bogus comments, and the elements
 * whose text the tokenizer reads raw (script with its escaped states, style, title, textarea, xmp,
 * iframe, noembed, noframes). Where the tree builder, not the tokenizer, decides what text is — in
 * svg and math, whose {@code <style>} is an element with children, unless the text is plain; after a
 * frameset or plaintext; at a self-closing {@code <style/>}, which jsoup reads as raw text except in
 * a noscript — the scan stops and the rest stays as it is: a body left in is always right, only
 * slower to parse. A script whose body holds {@code <!--} is kept whole (its escaped states make its
 * end depend on what follows; the scan still finds that end, as the tokenizer does).
 */
final class UnreadMarkup {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long EACH_BYTE_0x01 = 0x0101010101010101L;
  private static final long EACH_HIGH_BIT = 0x8080808080808080L;


  /** What the scan does after a start tag of this name. */
  private enum Kind {
    /** Nothing: the tokenizer stays in its data state. */
    PLAIN,
    SCRIPT,
    STYLE,
    /** Text read raw or as RCDATA up to the element's end tag: kept, but not scanned as markup. */
    RAW_TEXT,
    SVG,
    MATH,
    /** The tree builder decides: inside svg or math, this element's text may be read raw or hold HTML. */
    INTEGRATION,
    /** The rest of the page is not markup as the scan sees it (frameset ignores scripts, plaintext ends markup). */
    STOP
  }

  /** The most attributes jsoup keeps of one tag: of a tag holding more, none is left out. */
  private static final int MAX_ATTRIBUTES = 512;
  /**
   * Attributes read by no extraction code (besides those {@link #isUnread} knows by their prefix): svg
   * geometry and loading hints, then (eighth round) the most frequent of the rest on the corpus pages
   * (image alternative text, form values and labels, layout and table presentation, microdata's
   * scope and type, script loading, namespaces), which together were a tenth of the attributes parsed.
   * The tree builder reads none of them but {@code xmlns}, and that only to report a parse error, which
   * extraction's parse does not track.
   */
  static final List<String> UNREAD_NAMES = List.of("d", "points", "viewbox", "transform", "fill", "stroke",
      "stroke-width", "sizes", "width", "height", "loading", "decoding", "fetchpriority", "tabindex", "target",
      "crossorigin", "integrity", "referrerpolicy", "nonce",
      "alt", "value", "media", "xmlns", "xmlns:xlink", "xlink:href", "xml:space", "align", "valign", "dir", "async",
      "defer", "as", "for", "itemtype", "itemscope", "border", "method", "placeholder", "hreflang", "colspan",
      "rowspan", "frameborder", "version", "required", "cellspacing", "cellpadding", "focusable", "bgcolor",
      "autocomplete", "allowfullscreen", "allow", "maxlength", "scrolling", "fill-rule", "clip-rule", "stroke-linecap",
      "stroke-linejoin", "x", "y");
  private static final String[][] UNREAD_BY_FIRST_LETTER = byFirstLetter(UNREAD_NAMES);
  /**
   * Attributes extraction reads only on microdata elements (a published date's {@code title}) or on
   * {@code meta} (a tag's {@code name}): left out of tags with no {@code itemprop}, {@code name} of
   * tags other than {@code meta} only. Link titles are most of them, a twentieth of the attributes
   * jsoup would otherwise parse. Never of {@code html} and {@code body}, whose later tags add their
   * attributes to the one element (an itemprop may arrive with a second tag).
   * {@code UnreadMarkupTest} checks where extraction sources read them.
   */
  static final List<String> MICRODATA_ONLY = List.of("title", "name");
  /** {@link #microdataOnly}: both may go; {@code title} only (a meta tag); none (html, body, end tags). */
  private static final int BOTH = 2;
  private static final int TITLE_ONLY = 1;
  private static final int NONE = 0;
  /**
   * An image's addresses, read only on {@code img} (the body writer's figures): of every other tag
   * (scripts' sources above all, {@code source} and {@code iframe}) they are left out. {@code <image>}
   * keeps them too, since the tree builder makes an {@code img} of it.
   */
  static final List<String> IMAGE_ONLY = List.of("src", "srcset", "data-src", "data-original", "data-lazy-src");
  /** The {@code data-} attributes extraction reads: where lazy loading keeps an image's address. */
  static final List<String> READ_DATA = List.of("data-src", "data-original", "data-lazy-src");

  private final byte[] b;
  private final int n;
  /** The parts left out, as pairs of source indexes (from, to), in order and apart. */
  private int[] cuts = new int[64];
  private int cutCount;
  private long cutBytes;
  private int svgDepth;
  private int mathDepth;
  /** Whether the tag {@link #tagEnd} last read ended with "/>". */
  private boolean selfClosing;
  /** What the tag {@link #tagEnd} reads next may lose of the attributes read only on some elements ({@link #MICRODATA_ONLY}). */
  private int microdataOnly;
  /** Indexes in {@link #cuts} of the tag's cuts of such attributes, taken back if the tag has an itemprop. */
  private int[] conditional = new int[4];
  private int conditionalCount;
  /** Whether the tag {@link #tagEnd} reads next is an image's, the one element whose addresses are read. */
  private boolean imageTag;
  /**
   * Whether that tag's {@code type} is read: a script's by the JSON-LD query, an input's by the tree
   * builder (a hidden input stays in a table); no other reader asks any other element's.
   */
  private boolean typeTag;

  private UnreadMarkup(byte[] bytes) {
    this.b = bytes;
    this.n = bytes.length;
  }

  /**
   * The bytes from {@code from} on without the parts extraction never reads, as a stream that copies
   * the parts kept (no copy of the page is made), or null when there is nothing to leave out.
   */
  static InputStream readable(byte[] bytes, int from) {
    UnreadMarkup scan = new UnreadMarkup(bytes);
    scan.scan(from);
    return scan.cutCount == 0 ? null : new Kept(bytes, from, Arrays.copyOf(scan.cuts, 2 * scan.cutCount), scan.cutBytes);
  }

  /** {@link #readable} read to its end: the bytes jsoup parses. */
  static byte[] without(byte[] bytes, int from) {
    InputStream kept = readable(bytes, from);
    if (kept == null) {
      return null;
    }
    try {
      return kept.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The page's bytes from the scan's start with the cuts left out. */
  private static final class Kept extends InputStream {
    private final byte[] b;
    private final int[] cuts;
    private int at;
    private int nextCut;
    private long left;

    Kept(byte[] bytes, int from, int[] cuts, long cutBytes) {
      this.b = bytes;
      this.cuts = cuts;
      this.at = from;
      this.left = bytes.length - from - cutBytes;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      int done = 0;
      while (done < length && at < b.length) {
        if (nextCut < cuts.length && at == cuts[nextCut]) {
          at = cuts[nextCut + 1];
          nextCut += 2;
          continue;
        }
        int end = nextCut < cuts.length ? cuts[nextCut] : b.length;
        int count = Math.min(length - done, end - at);
        System.arraycopy(b, at, into, offset + done, count);
        at += count;
        done += count;
      }
      left -= done;
      return done == 0 ? -1 : done;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int available() {
      return (int) left;
    }
  }

  private void scan(int from) {
    int i = from;
    while (true) {
      int lt = indexOf((byte) '<', i, n);
      if (lt < 0 || lt + 1 >= n) {
        return;
      }
      byte c = b[lt + 1];
      if (isAsciiLetter(c)) {
        i = startTag(lt);
      } else if (c == '/') {
        i = endTag(lt);
      } else if (c == '!') {
        i = markupDeclaration(lt);
      } else if (c == '?') {
        i = afterNext((byte) '>', lt + 2);
      } else {
        i = lt + 1;
      }
      if (i < 0) {
        return;
      }
    }
  }

  /** Where scanning goes on after the start tag at {@code lt}, or -1 to stop. */
  private int startTag(int lt) {
    int nameEnd = tagNameEnd(lt + 1);
    int length = nameEnd - lt - 1;
    microdataOnly = length == 4 && (is(lt + 1, "meta") || is(lt + 1, "html") || is(lt + 1, "body"))
        ? (is(lt + 1, "meta") ? TITLE_ONLY : NONE) : BOTH;
    imageTag = length == 3 && is(lt + 1, "img") || length == 5 && is(lt + 1, "image");
    typeTag = length == 6 && is(lt + 1, "script") || length == 5 && is(lt + 1, "input");
    int end = tagEnd(nameEnd);
    if (end < 0) {
      return -1;
    }
    Kind kind = kindOf(lt + 1, nameEnd);
    if (selfClosing && (kind == Kind.SCRIPT || kind == Kind.STYLE || kind == Kind.RAW_TEXT)) {
      // jsoup reads "<style/>" as raw text up to "</style>", but inside a noscript as an empty element.
      return -1;
    }
    if (svgDepth > 0 || mathDepth > 0) {
      return foreignStartTag(kind, lt + 1, nameEnd, end);
    }
    switch (kind) {
      case SCRIPT -> {
        int close = scriptEnd(end);
        boolean escaped = close < 0;
        close = Math.abs(close) - 1;
        if (!escaped && !holds(lt, end, "ld+json") && indexOf((byte) '&', lt, end) < 0) {
          cut(end, close);
        }
        return close;
      }
      case STYLE -> {
        int close = endTagAt(end, lt + 1, nameEnd);
        cut(end, close);
        return close;
      }
      case RAW_TEXT -> {
        return endTagAt(end, lt + 1, nameEnd);
      }
      // "<svg/>" is closed at once: it opens no foreign content.
      case SVG -> svgDepth += selfClosing ? 0 : 1;
      case MATH -> mathDepth += selfClosing ? 0 : 1;
      case STOP -> {
        return -1;
      }
      default -> { }
    }
    return end;
  }

  /**
   * A start tag inside svg or math. Comments are comments there too, but whether the text of script,
   * style, title or an integration point (where HTML rules apply again) is read raw or as markup is
   * the tree builder's to decide. Text up to the element's own end tag that holds no markup at all is
   * text under every reading (svg icons carry a style, title or desc like that); anything else stops
   * the scan.
   */
  private int foreignStartTag(Kind kind, int name, int nameEnd, int end) {
    switch (kind) {
      case PLAIN -> {
        return end;
      }
      case SVG -> svgDepth += selfClosing ? 0 : 1;
      case MATH -> mathDepth += selfClosing ? 0 : 1;
      case STOP -> {
        return -1;
      }
      default -> {
        int close = endTagAt(end, name, nameEnd);
        return close < n && indexOf((byte) '<', end, close) < 0 ? close : -1;
      }
    }
    return end;
  }

  private int endTag(int lt) {
    if (lt + 2 >= n) {
      return -1;
    }
    byte c = b[lt + 2];
    if (c == '>') {
      return lt + 3;
    }
    if (!isAsciiLetter(c)) {
      // A bogus comment, up to the next '>'.
      return afterNext((byte) '>', lt + 2);
    }
    int nameEnd = tagNameEnd(lt + 2);
    // An end tag's attributes are dropped by the tokenizer: kept here as they are, none depends on another.
    microdataOnly = NONE;
    imageTag = true;
    typeTag = true;
    int end = tagEnd(nameEnd);
    if (end >= 0) {
      Kind kind = kindOf(lt + 2, nameEnd);
      if (kind == Kind.SVG && svgDepth > 0) {
        svgDepth--;
      } else if (kind == Kind.MATH && mathDepth > 0) {
        mathDepth--;
      }
    }
    return end;
  }

  private int markupDeclaration(int lt) {
    if (lt + 3 < n && b[lt + 2] == '-' && b[lt + 3] == '-') {
      int end = commentEnd(lt + 4);
      if (end < 0) {
        // Unterminated: the comment runs to the end of the page, and "<!--" alone is an empty one.
        cut(lt + 4, n);
        return -1;
      }
      // "<!--" and the "-->" or "--!>" that ended the comment stay: an empty comment.
      cut(lt + 4, end - (b[end - 2] == '!' ? 4 : 3));
      return end;
    }
    if (lt + 2 < n && b[lt + 2] == '[' && (svgDepth > 0 || mathDepth > 0)) {
      // "<![CDATA[" opens a section of text in svg and math, up to "]]>".
      return -1;
    }
    // A doctype (which ends at the first '>', even inside its quotes) or a bogus comment: "<?...>",
    // "<!...>", and in HTML "<![CDATA[...>" and a conditional comment's "<![endif]>".
    return afterNext((byte) '>', lt + 2);
  }

  /**
   * The end of the comment whose text starts at {@code s}: past its {@code -->} or {@code --!>}, past
   * the abrupt {@code <!-->} and {@code <!--->}, or -1 when the page ends inside it.
   */
  private int commentEnd(int s) {
    if (s < n && b[s] == '>') {
      return s + 1;
    }
    if (s + 1 < n && b[s] == '-' && b[s + 1] == '>') {
      return s + 2;
    }
    int from = s;
    while (true) {
      int gt = indexOf((byte) '>', from, n);
      if (gt < 0) {
        return -1;
      }
      if (gt - 2 >= s && b[gt - 1] == '-' && b[gt - 2] == '-'
          || gt - 3 >= s && b[gt - 1] == '!' && b[gt - 2] == '-' && b[gt - 3] == '-') {
        return gt + 1;
      }
      from = gt + 1;
    }
  }

  /**
   * Where the body of the script starting at {@code p} ends (the {@code <} of its end tag, or the end
   * of the page), plus one, negated when the body entered the tokenizer's escaped states
   * ({@code <!--}). In them a {@code <script} opens a double-escaped run that its {@code </script}
   * closes without ending the script, and {@code -->} returns to plain script data.
   */
  private int scriptEnd(int p) {
    boolean everEscaped = false;
    boolean escaped = false;
    boolean doubleEscaped = false;
    while (true) {
      int q = escaped ? indexOfEither((byte) '<', (byte) '-', p) : indexOf((byte) '<', p, n);
      if (q < 0) {
        return everEscaped ? -(n + 1) : n + 1;
      }
      if (b[q] == '-') {
        if (q + 2 < n && b[q + 1] == '-' && b[q + 2] == '>') {
          escaped = false;
          doubleEscaped = false;
          p = q + 3;
        } else {
          p = q + 1;
        }
      } else if (q + 1 < n && b[q + 1] == '/' && isEndOf(q + 2, "script")) {
        if (!doubleEscaped) {
          return everEscaped ? -(q + 1) : q + 1;
        }
        doubleEscaped = false;
        p = q + 8;
      } else if (!escaped && q + 3 < n && b[q + 1] == '!' && b[q + 2] == '-' && b[q + 3] == '-') {
        escaped = true;
        everEscaped = true;
        // The dashes of "<!--" count towards a "-->" at once: "<!-->" is back in script data.
        p = q + 2;
      } else if (escaped && !doubleEscaped && isEndOf(q + 1, "script")) {
        doubleEscaped = true;
        p = q + 7;
      } else {
        p = q + 1;
      }
    }
  }

  /**
   * The index of the {@code <} of the first end tag named as the start tag's name (bytes
   * {@code name..nameEnd}) from {@code p} on, or the end of the page: raw text ends only there.
   */
  private int endTagAt(int p, int name, int nameEnd) {
    int length = nameEnd - name;
    while (true) {
      int q = indexOf((byte) '<', p, n);
      if (q < 0) {
        return n;
      }
      if (q + 1 < n && b[q + 1] == '/' && q + 2 + length < n && isDelimiter(b[q + 2 + length])
          && sameLetters(q + 2, name, length)) {
        return q;
      }
      p = q + 1;
    }
  }

  /** Whether the bytes at {@code at} are {@code name} (in any ASCII case) followed by whitespace, '/' or '>'. */
  private boolean isEndOf(int at, String name) {
    int length = name.length();
    if (at + length >= n || !isDelimiter(b[at + length])) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if ((b[at + k] | 0x20) != name.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private boolean sameLetters(int at, int other, int length) {
    for (int k = 0; k < length; k++) {
      byte c = b[at + k];
      byte d = b[other + k];
      if (c != d && !(isAsciiLetter(c) && (c | 0x20) == (d | 0x20))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDelimiter(byte c) {
    return c == '>' || c == '/' || isWhitespace(c);
  }

  /** The end of a tag name: names end only at whitespace, '/' or '>' (a '<' is part of the name). */
  private int tagNameEnd(int p) {
    while (p < n && !isDelimiter(b[p])) {
      p++;
    }
    return p;
  }

  /**
   * Past the {@code >} that ends the tag whose attributes start at {@code p}, following the
   * tokenizer's attribute states (a quoted value may hold '>' and '<'), or -1 when the page ends inside
   * the tag (the tokenizer then drops the tag, and there is nothing after it). Sets {@link #selfClosing}.
   */
  private int tagEnd(int p) {
    selfClosing = false;
    // The tag's attribute cuts are taken back if it holds more attributes than jsoup keeps: leaving
    // some out would let later ones in. (Past that many none is cut, so a hostile tag of millions
    // of attributes does not grow the cuts.)
    int firstCut = cutCount;
    long cutBytesBefore = cutBytes;
    conditionalCount = 0;
    boolean itemprop = false;
    int attributes = 0;
    int name = -1;
    int nameEnd = -1;
    while (true) {
      if (name >= 0) {
        // The attribute named at name..nameEnd ended before p.
        attributes++;
        itemprop |= attributes <= MAX_ATTRIBUTES && cutIfUnread(name, nameEnd, p);
        name = -1;
      }
      boolean slash = false;
      while (p < n && (isWhitespace(b[p]) || b[p] == '/')) {
        slash = b[p] == '/';
        p++;
      }
      if (p >= n) {
        return -1;
      }
      if (b[p] == '>') {
        selfClosing = slash;
        return tagClosed(p + 1, attributes, itemprop, firstCut, cutBytesBefore);
      }
      // An attribute name: its first character may be anything, even '=' or a quote.
      name = p;
      p++;
      while (p < n && !isDelimiter(b[p]) && b[p] != '=') {
        p++;
      }
      nameEnd = p;
      while (p < n && isWhitespace(b[p])) {
        p++;
      }
      if (p >= n) {
        return -1;
      }
      if (b[p] != '=') {
        // No value: the attribute is its name.
        attributes++;
        itemprop |= attributes <= MAX_ATTRIBUTES && cutIfUnread(name, nameEnd, nameEnd);
        name = -1;
        continue;
      }
      p++;
      while (p < n && isWhitespace(b[p])) {
        p++;
      }
      if (p >= n) {
        return -1;
      }
      byte c = b[p];
      if (c == '"' || c == '\'') {
        int close = indexOf(c, p + 1, n);
        if (close < 0) {
          return -1;
        }
        p = close + 1;
      } else if (c == '>') {
        attributes++;
        itemprop |= attributes <= MAX_ATTRIBUTES && cutIfUnread(name, nameEnd, p);
        return tagClosed(p + 1, attributes, itemprop, firstCut, cutBytesBefore);
      } else {
        while (p < n && b[p] != '>' && !isWhitespace(b[p])) {
          p++;
        }
      }
    }
  }

  /**
   * Cuts the attribute named at {@code name..nameEnd}, whose text ends before {@code end}, if it is
   * unread, or read only on microdata and this tag may lose it (taken back at the tag's end should an
   * itemprop turn up). Returns whether the attribute is an itemprop.
   */
  private boolean cutIfUnread(int name, int nameEnd, int end) {
    int length = nameEnd - name;
    if (length == 8 && is(name, "itemprop")) {
      return true;
    }
    // An attribute whose name starts with '=' comes next: after a valueless attribute before the cut
    // ("<p a width=1 =d>"), the tokenizer would read it as that attribute's value. Such tags keep all.
    int next = end;
    while (next < n && isWhitespace(b[next])) {
      next++;
    }
    if (next < n && b[next] == '=') {
      return false;
    }
    if (isUnread(name, nameEnd) || (!imageTag && isImageAddress(name, nameEnd) || !typeTag && length == 4 && is(name, "type"))
        && isWhitespace(b[name - 1])) {
      cut(name, end);
    } else if (microdataOnly != NONE && (length == 5 && is(name, "title") || microdataOnly == BOTH && length == 4
        && is(name, "name")) && isWhitespace(b[name - 1])) {
      int at = cutCount;
      cut(name, end);
      if (cutCount > at) {
        if (conditionalCount == conditional.length) {
          conditional = Arrays.copyOf(conditional, 2 * conditionalCount);
        }
        conditional[conditionalCount++] = at;
      }
    }
    return false;
  }

  /**
   * {@code end}, the tag's cuts of unread attributes taken back when it holds more than jsoup keeps,
   * and its cuts of microdata-only attributes when it has an itemprop.
   */
  private int tagClosed(int end, int attributes, boolean itemprop, int firstCut, long cutBytesBefore) {
    if (attributes > MAX_ATTRIBUTES) {
      cutCount = firstCut;
      cutBytes = cutBytesBefore;
    } else if (itemprop && conditionalCount > 0) {
      // The tag's cuts are the last ones: kept in order without those of the microdata-only attributes.
      int kept = conditional[0];
      for (int k = conditional[0], next = 0; k < cutCount; k++) {
        if (next < conditionalCount && conditional[next] == k) {
          cutBytes -= cuts[2 * k + 1] - cuts[2 * k];
          next++;
          continue;
        }
        cuts[2 * kept] = cuts[2 * k];
        cuts[2 * kept + 1] = cuts[2 * k + 1];
        kept++;
      }
      cutCount = kept;
    }
    conditionalCount = 0;
    return end;
  }

  /**
   * Whether the attribute named by bytes {@code from..to} is one extraction never reads: event
   * handlers, accessibility and script data (but the image addresses lazy loading keeps in
   * {@code data-} attributes), svg geometry and loading hints. Together they are a seventh of the
   * parse input; jsoup spends a tenth of its parse on them. {@code UnreadMarkupTest} checks that no
   * extraction source reads one (the tree builder itself reads only type, encoding, color, face,
   * size and href).
   */
  private boolean isUnread(int from, int to) {
    // Only after whitespace: cut after a '/' ("<x/onclick=a>"), the '/' would meet the '>' and
    // make the tag self-closing, which a custom element then is.
    if (from == 0 || !isWhitespace(b[from - 1])) {
      return false;
    }
    return isUnreadName(from, to);
  }

  private boolean isUnreadName(int from, int to) {
    int length = to - from;
    // Every unread name begins with an ASCII letter: the read ones (class, href, src…) are turned away
    // by the few names sharing their first letter, not compared with all of them. (A byte equals a
    // lower-case letter ignoring ASCII case exactly where it equals it with its 0x20 bit set.)
    int first = b[from] | 0x20;
    if (first < 'a' || first > 'z') {
      return false;
    }
    if (first == 'o' && length >= 2 && is(from, "on")) {
      return true;
    }
    if ((first == 'd' || first == 'a') && length > 5 && (is(from, "data-") || is(from, "aria-"))) {
      return first == 'a' || !isReadData(from, length);
    }
    for (String name : UNREAD_BY_FIRST_LETTER[first - 'a']) {
      if (name.length() == length && is(from, name)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #UNREAD_NAMES} by their first letter, {@code a} to {@code z}. */
  private static String[][] byFirstLetter(List<String> names) {
    String[][] by = new String[26][];
    for (char c = 'a'; c <= 'z'; c++) {
      char letter = c;
      by[c - 'a'] = names.stream().filter(name -> name.charAt(0) == letter).toArray(String[]::new);
    }
    return by;
  }

  /** Whether bytes {@code from..to} name one of {@link #IMAGE_ONLY}, in any ASCII case. */
  private boolean isImageAddress(int from, int to) {
    int length = to - from;
    int first = b[from] | 0x20;
    return first == 's' && (length == 3 && is(from, "src") || length == 6 && is(from, "srcset"))
        || first == 'd' && length > 5 && is(from, "data-") && isReadData(from, length);
  }

  private boolean isReadData(int from, int length) {
    for (String name : READ_DATA) {
      if (name.length() == length && is(from, name)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #isUnread} of a name as jsoup keeps it (in lower case), for the tests. */
  static boolean isUnread(String name) {
    byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new UnreadMarkup(bytes).isUnreadName(0, bytes.length);
  }

  private Kind kindOf(int name, int nameEnd) {
    switch (nameEnd - name) {
      case 2:
        return is(name, "mi") || is(name, "mo") || is(name, "mn") || is(name, "ms") ? Kind.INTEGRATION : Kind.PLAIN;
      case 3:
        return is(name, "svg") ? Kind.SVG : is(name, "xmp") ? Kind.RAW_TEXT : Kind.PLAIN;
      case 4:
        return is(name, "math") ? Kind.MATH : is(name, "desc") ? Kind.INTEGRATION : Kind.PLAIN;
      case 5:
        return is(name, "style") ? Kind.STYLE : is(name, "title") ? Kind.RAW_TEXT : is(name, "mtext") ? Kind.INTEGRATION : Kind.PLAIN;
      case 6:
        return is(name, "script") ? Kind.SCRIPT : is(name, "iframe") ? Kind.RAW_TEXT : Kind.PLAIN;
      case 7:
        return is(name, "noembed") ? Kind.RAW_TEXT : Kind.PLAIN;
      case 8:
        return is(name, "textarea") || is(name, "noframes") ? Kind.RAW_TEXT : is(name, "frameset") ? Kind.STOP : Kind.PLAIN;
      case 9:
        return is(name, "plaintext") ? Kind.STOP : Kind.PLAIN;
      case 13:
        return is(name, "foreignobject") ? Kind.INTEGRATION : Kind.PLAIN;
      case 14:
        return is(name, "annotation-xml") ? Kind.INTEGRATION : Kind.PLAIN;
      default:
        return Kind.PLAIN;
    }
  }

  /** Whether the bytes at {@code at} are {@code lowerCase} in any ASCII case (the caller checked the length). */
  private boolean is(int at, String lowerCase) {
    for (int k = 0; k < lowerCase.length(); k++) {
      byte c = b[at + k];
      char wanted = lowerCase.charAt(k);
      if (c != wanted && !(isAsciiLetter(c) && (c | 0x20) == wanted)) {
        return false;
      }
    }
    return true;
  }

  /** Whether bytes {@code from..to} hold {@code lowerCase} in any ASCII case. */
  private boolean holds(int from, int to, String lowerCase) {
    for (int i = from; i + lowerCase.length() <= to; i++) {
      if (is(i, lowerCase)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(byte c) {
    int lower = c | 0x20;
    return lower >= 'a' && lower <= 'z';
  }

  private static boolean isWhitespace(byte c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  private int afterNext(byte c, int from) {
    int at = indexOf(c, from, n);
    return at < 0 ? -1 : at + 1;
  }

  /** Source bytes {@code from..to} left out. */
  private void cut(int from, int to) {
    if (to <= from) {
      return;
    }
    if (2 * cutCount + 2 > cuts.length) {
      cuts = Arrays.copyOf(cuts, 2 * cuts.length);
    }
    cuts[2 * cutCount] = from;
    cuts[2 * cutCount + 1] = to;
    cutCount++;
    cutBytes += to - from;
  }

  /**
   * The first index of {@code c} in {@code from..to}, or -1: eight bytes at a time, as the decoder's
   * scan reads them (most of the scan's time is spent here, in text and in the bodies it leaves out).
   */
  private int indexOf(byte c, int from, int to) {
    long pattern = (c & 0xffL) * EACH_BYTE_0x01;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i) ^ pattern;
      // A zero byte of x is a match; the lowest byte flagged is always a real one.
      long zeros = (x - EACH_BYTE_0x01) & ~x & EACH_HIGH_BIT;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private int indexOfEither(byte c, byte d, int from) {
    for (int i = from; i < n; i++) {
      if (b[i] == c || b[i] == d) {
        return i;
      }
    }
    return -1;
  }
}
