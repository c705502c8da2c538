package newsdesk.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns the bytes of a {@link RawPage} into text: undoes gzip, rejects what is empty, binary or too
 * large, and picks the charset from, in order, a byte-order mark, the declared charset (transport
 * hint or {@code <meta>}), and the bytes themselves. Declarations are checked against the bytes
 * because mislabelled pages are common: a page declared (or defaulting to) UTF-8 whose bytes are not
 * valid UTF-8 is read as windows-1252, the encoding such pages nearly always are, and a page declared
 * in a legacy charset whose bytes are well-formed UTF-8 with non-ASCII characters is read as UTF-8.
 */
public final class PageDecoder {

  /**
   * The largest page accepted, before and after gunzip: 10 MiB. Real article pages are well under
   * 2 MiB; anything bigger is a dump or a decompression bomb and would only burn Lambda memory.
   */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF = 8192;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern TYPE_CHARSET = Pattern.compile(
      "charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_START = Pattern.compile(
      "^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|div|article|p|section|main|script|style|noscript|link|base|header|nav|!--)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern HTML_TAGS = Pattern.compile(
      "<(?:html|body|p|div|article|br|h1|h2|span)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  private PageDecoder() {}

  public static DecodedPage decode(RawPage page) {
    byte[] bytes = page.bytes();
    if (bytes == null || bytes.length == 0) {
      throw new PageRejected(RejectReason.EMPTY, "the page has no bytes");
    }
    if (bytes.length > MAX_BYTES) {
      throw new PageRejected(RejectReason.TOO_LARGE, "the page has " + bytes.length + " bytes, over the limit of " + MAX_BYTES);
    }
    List<String> warnings = new ArrayList<>();
    if (isGzip(bytes)) {
      bytes = gunzip(bytes);
      warnings.add("gzip: decompressed");
    }
    String magic = binaryMagic(bytes);
    if (magic != null) {
      throw new PageRejected(RejectReason.BINARY, "the bytes are a " + magic + " file, not a page");
    }
    int bomLength = bomLength(bytes);
    int scan = scan(bytes, bomLength);
    Charset charset = charsetOf(bytes, page.contentType(), scan, warnings);
    if (!isUtf16(charset) && looksBinary(bytes)) {
      throw new PageRejected(RejectReason.BINARY, "the bytes hold NUL or control characters, not text");
    }
    boolean asciiCompatible = isAsciiCompatible(charset);
    boolean controls = asciiCompatible && (scan & CONTROLS) != 0;
    if (asciiCompatible && !controls && !looksLikeUtf16Bom(bytes, bomLength) && headIsHtml(bytes, bomLength, charset)) {
      // Nothing to strip and the head says HTML: jsoup reads the bytes itself, and the page is decoded once.
      return DecodedPage.htmlBytes(bytes, bomLength, charset, warnings);
    }
    // With controls in well-formed UTF-8 or in windows-1252, each control is a byte of its own (and
    // U+FEFF its three bytes in UTF-8): dropping them from the bytes gives the stripped text's bytes,
    // which jsoup can read as above, instead of a decoded, stripped copy of the page.
    if (controls && (charset.equals(WINDOWS_1252) || (scan & VALID_UTF8) != 0)) {
      byte[] kept = withoutControls(bytes, bomLength, charset.equals(StandardCharsets.UTF_8));
      if (!looksLikeUtf16Bom(kept, 0) && headIsHtml(kept, 0, charset)) {
        return DecodedPage.htmlBytes(kept, 0, charset, warnings);
      }
    }
    String text = new String(bytes, bomLength, bytes.length - bomLength, charset);
    // Stray NULs and other C0 controls break downstream JSON consumers and jsoup alike. In UTF-8 and
    // windows-1252 such characters (and U+FEFF) can only come from bytes the cheap byte scan sees.
    if (!asciiCompatible || controls) {
      text = stripControls(text);
    }
    if (text.isBlank()) {
      throw new PageRejected(RejectReason.EMPTY, "the page holds only whitespace");
    }
    return new DecodedPage(text, charset.name(), isHtml(text), warnings);
  }

  /**
   * {@link #isHtml} of the page's head, mostly without decoding it: nearly every page says what it is
   * in its first bytes ({@code <!DOCTYPE html>}), and a match of the anchored start pattern on a prefix
   * that never looked past the prefix's end is its match on the whole head. The prefix ends before a
   * character's first byte, so it decodes to the head's first characters; UTF-8 read without a BOM
   * has been checked to be valid, and windows-1252 has a byte per character.
   */
  private static boolean headIsHtml(byte[] bytes, int from, Charset charset) {
    int available = bytes.length - from;
    int quick = Math.min(available, 1024);
    while (quick > 0 && quick < available && (bytes[from + quick] & 0xC0) == 0x80) {
      quick--;
    }
    if (from == 0) {
      Matcher start = HTML_START.matcher(new String(bytes, from, quick, charset));
      if (start.find() && !start.hitEnd()) {
        return true;
      }
    }
    return isHtml(head(bytes, from, charset));
  }

  /**
   * The page's first {@link #SNIFF} characters, as decoding the whole page would give them: in UTF-8
   * and windows-1252 no character takes more than 4 bytes, so {@code 4 * SNIFF} bytes hold them all.
   */
  private static String head(byte[] bytes, int from, Charset charset) {
    String head = new String(bytes, from, Math.min(bytes.length - from, 4 * SNIFF), charset);
    return head.length() > SNIFF ? head.substring(0, SNIFF) : head;
  }

  static boolean isHtml(String text) {
    String head = text.length() > SNIFF ? text.substring(0, SNIFF) : text;
    if (HTML_START.matcher(head).find()) {
      return true;
    }
    // A fragment saved without <html>: several tags early on means markup, not a text dump.
    Matcher tags = HTML_TAGS.matcher(head);
    int count = 0;
    while (tags.find() && count < 3) {
      count++;
    }
    return count >= 3;
  }

  private static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  private static byte[] gunzip(byte[] gz) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(gz.length * 4, MAX_BYTES));
      byte[] buf = new byte[16384];
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + n > MAX_BYTES) {
          throw new PageRejected(RejectReason.TOO_LARGE, "the page inflates to more than " + MAX_BYTES + " bytes");
        }
        out.write(buf, 0, n);
      }
      byte[] result = out.toByteArray();
      if (result.length == 0) {
        throw new PageRejected(RejectReason.EMPTY, "the gzip stream holds no bytes");
      }
      return result;
    } catch (IOException e) {
      throw new PageRejected(RejectReason.UNREADABLE, "corrupt gzip stream: " + e.getMessage());
    }
  }

  private static String binaryMagic(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG";
    }
    if (startsWith(b, 0xff, 0xd8, 0xff)) {
      return "JPEG";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "GIF";
    }
    if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
      return "WebP";
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return "ZIP";
    }
    if (b.length >= 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
      return "MP4/HEIF";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    return startsAt(b, 0, prefix);
  }

  private static boolean startsAt(byte[] b, int at, int... prefix) {
    if (b.length - at < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[at + i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, SNIFF);
    int nul = 0;
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        nul++;
      } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
        control++;
      }
    }
    // A stray NUL in a real page happens; text with many of them is a binary format.
    return nul * 100 > n || (nul + control) * 20 > n;
  }

  private static int bomLength(byte[] b) {
    if (startsWith(b, 0xef, 0xbb, 0xbf)) {
      return 3;
    }
    if (startsWith(b, 0xfe, 0xff) || startsWith(b, 0xff, 0xfe)) {
      return 2;
    }
    return 0;
  }

  /**
   * Whether jsoup, reading the bytes from {@code at}, would take their start for a UTF-16 byte-order
   * mark and override the charset (a UTF-8 or UTF-32 mark is EF BB BF or holds NUL, which
   * {@link #CONTROLS} already sends to the string path).
   */
  private static boolean looksLikeUtf16Bom(byte[] b, int at) {
    return startsAt(b, at, 0xfe, 0xff) || startsAt(b, at, 0xff, 0xfe);
  }

  private static boolean isUtf16(Charset c) {
    return c.name().startsWith("UTF-16");
  }

  /** {@code scan} is what {@link #scan} found in the bytes; its UTF-8 findings are read only for a page without a byte-order mark. */
  private static Charset charsetOf(byte[] b, String contentType, int scan, List<String> warnings) {
    if (startsWith(b, 0xef, 0xbb, 0xbf)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(b, 0xfe, 0xff)) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsWith(b, 0xff, 0xfe)) {
      return StandardCharsets.UTF_16LE;
    }
    Charset declared = declaredCharset(b, contentType);
    boolean validUtf8 = (scan & VALID_UTF8) != 0;
    if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
      if (validUtf8) {
        return StandardCharsets.UTF_8;
      }
      warnings.add("charset: bytes are not valid UTF-8" + (declared == null ? "" : " although declared so")
          + "; read as windows-1252");
      return WINDOWS_1252;
    }
    // Text in any legacy charset (Latin, Cyrillic, GBK, Shift_JIS...) is practically never
    // well-formed UTF-8 once it holds non-ASCII bytes, while saved and re-encoded pages keep their old
    // declaration: the bytes win.
    if (validUtf8 && (scan & MULTI_BYTE) != 0) {
      warnings.add("charset: declared " + declared.name() + " but the bytes are UTF-8");
      return StandardCharsets.UTF_8;
    }
    // WHATWG: the ISO-8859-1 and ASCII labels mean windows-1252, which is a superset.
    return isLatinFamily(declared) ? WINDOWS_1252 : declared;
  }

  private static boolean isLatinFamily(Charset c) {
    String n = c.name();
    return n.equals("ISO-8859-1") || n.equals("US-ASCII") || n.equals("windows-1252");
  }

  private static Charset declaredCharset(byte[] b, String contentType) {
    if (contentType != null) {
      Matcher m = TYPE_CHARSET.matcher(contentType);
      if (m.find()) {
        Charset c = charsetNamed(m.group(1));
        if (c != null) {
          return c;
        }
      }
    }
    String head = new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1);
    for (Pattern p : new Pattern[] {META_CHARSET, XML_ENCODING}) {
      Matcher m = p.matcher(head);
      if (m.find()) {
        Charset c = charsetNamed(m.group(1));
        if (c != null) {
          // A page can only declare itself UTF-16 in ASCII if it is not UTF-16: ignore the lie.
          return isUtf16(c) ? StandardCharsets.UTF_8 : c;
        }
      }
    }
    return null;
  }

  private static Charset charsetNamed(String name) {
    try {
      String n = name.trim().toLowerCase(Locale.ROOT);
      if (n.equals("utf8")) {
        n = "utf-8";
      }
      return Charset.isSupported(n) ? Charset.forName(n) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether the bytes are well-formed UTF-8 (Unicode table 3-7, exactly what the JDK's strict decoder accepts). */
  static boolean isValidUtf8(byte[] b) {
    return (scan(b, 0) & VALID_UTF8) != 0;
  }

  /** {@link #scan}: the bytes from where it started are well-formed UTF-8. */
  static final int VALID_UTF8 = 1;
  /** {@link #scan}: the bytes hold a byte above 0x7F. */
  static final int MULTI_BYTE = 2;
  /**
   * {@link #scan}: the bytes hold a C0 control other than whitespace, or the three bytes of U+FEFF in
   * UTF-8 (EF BB BF). In UTF-8 and windows-1252 decoding gives such characters from nothing else, so
   * without this the decoded text needs no stripping, and jsoup reading the bytes sees no byte-order mark.
   */
  static final int CONTROLS = 4;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long EACH_BYTE_0x20 = 0x2020202020202020L;
  private static final long EACH_HIGH_BIT = 0x8080808080808080L;

  /**
   * One pass over the bytes from {@code from} that answers what decoding asks of them: UTF-8 validity
   * (checked on the bytes, not by decoding them only to throw the characters away), whether any byte
   * is above ASCII, and whether any control character or stray U+FEFF needs stripping. Three scans
   * of every page cost a fifth of a parse; here eight plain ASCII bytes are passed at once.
   */
  static int scan(byte[] b, int from) {
    boolean valid = true;
    boolean multiByte = false;
    boolean controls = false;
    int i = from;
    int n = b.length;
    while (i < n) {
      if (i + 8 <= n) {
        long x = (long) LONGS.get(b, i);
        // No high bit in x, and none after subtracting 0x20 from each byte: all eight are in 0x20..0x7F.
        if (((x | (x - EACH_BYTE_0x20)) & EACH_HIGH_BIT) == 0) {
          i += 8;
          continue;
        }
        // A byte below 0x20 (in markup nearly always a newline or an indenting tab) or above 0x7F:
        // the ASCII bytes before the first one above (all eight if none is) are judged here, at
        // once, rather than one at a time with a fresh eight-byte read after each.
        long high = x & EACH_HIGH_BIT;
        int ascii = high == 0 ? 8 : Long.numberOfTrailingZeros(high) >>> 3;
        if (!controls && ascii > 0) {
          controls = (controlBytes(x) & (ascii == 8 ? -1L : (1L << (ascii * 8)) - 1)) != 0;
        }
        i += ascii;
        if (high == 0) {
          continue;
        }
      }
      int c = b[i];
      if (c >= 0) {
        controls |= isControl(b[i]);
        i++;
        continue;
      }
      multiByte = true;
      controls |= c == (byte) 0xEF && i + 2 < n && b[i + 1] == (byte) 0xBB && b[i + 2] == (byte) 0xBF;
      int length = valid ? utf8Length(b, i) : 0;
      if (length == 0) {
        valid = false;
        i++;
      } else {
        i += length;
      }
    }
    return (valid ? VALID_UTF8 : 0) | (multiByte ? MULTI_BYTE : 0) | (controls ? CONTROLS : 0);
  }

  /**
   * The high bit of each byte of {@code x} that is a C0 control other than layout whitespace (tab,
   * newline, form feed, carriage return), read correctly up to the first byte above 0x7F. Adding a
   * constant below 0x81 to an ASCII byte never carries into the next one, so each sum's high bit
   * tells whether that byte reached a bound: 0x20 for controls, 0x09 and 0x0E for the run from tab
   * to carriage return, and adding 0x7F to a byte xor 0x0B tells that byte from the vertical tab.
   */
  private static long controlBytes(long x) {
    long below20 = ~(x + 0x6060606060606060L) & EACH_HIGH_BIT;
    if (below20 == 0) {
      return 0;
    }
    long from09 = (x + 0x7777777777777777L) & EACH_HIGH_BIT;
    long from0E = (x + 0x7272727272727272L) & EACH_HIGH_BIT;
    long notVt = x ^ 0x0B0B0B0B0B0B0B0BL;
    long vt = ~((notVt + 0x7F7F7F7F7F7F7F7FL) | notVt) & EACH_HIGH_BIT;
    long layout = from09 & ~from0E & ~vt;
    return below20 & ~layout;
  }

  /** Whether the byte is a C0 control other than the whitespace markup is laid out with. */
  private static boolean isControl(byte c) {
    return c >= 0 && c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
  }

  /** The length of the well-formed UTF-8 sequence of two to four bytes at {@code i}, or 0 if there is none. */
  private static int utf8Length(byte[] b, int i) {
    int c = b[i] & 0xff;
    int length;
    int lo = 0x80;
    int hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + length > b.length) {
      return 0;
    }
    int second = b[i + 1] & 0xff;
    if (second < lo || second > hi) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      if ((b[i + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return length;
  }

  private static boolean isAsciiCompatible(Charset c) {
    return c.equals(StandardCharsets.UTF_8) || c.equals(WINDOWS_1252);
  }

  /**
   * The bytes from {@code from} without the controls {@link #isControl} names and, in UTF-8, without
   * U+FEFF: what {@link #stripControls} leaves of the text they decode to, as bytes.
   */
  private static byte[] withoutControls(byte[] b, int from, boolean utf8) {
    byte[] out = new byte[b.length - from];
    int n = 0;
    for (int i = from; i < b.length; i++) {
      byte c = b[i];
      if (isControl(c)) {
        continue;
      }
      if (utf8 && c == (byte) 0xEF && i + 2 < b.length && b[i + 1] == (byte) 0xBB && b[i + 2] == (byte) 0xBF) {
        i += 2;
        continue;
      }
      out[n++] = c;
    }
    return Arrays.copyOf(out, n);
  }

  private static String stripControls(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean drop = (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFEFF';
      if (drop && out == null) {
        out = new StringBuilder(s.length());
        out.append(s, 0, i);
      }
      if (out != null && !drop) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
