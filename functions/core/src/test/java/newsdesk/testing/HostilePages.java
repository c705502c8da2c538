package newsdesk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * The adversarial inputs extraction must survive within bounded time and memory: pages over the
 * size limit (raw and gzip-inflated), pathological nesting, huge attributes and lines, invalid UTF-8,
 * NUL bytes, and shapes that would make a per-element scan quadratic. Shared by the robustness test
 * (which guards each against hanging) and {@code newsdesk.bench.BoundsRun} (which measures the
 * worst time and heap of each); the pages are built on demand, as some are 50 MB.
 */
public final class HostilePages {

  /** Just under the decoder's 10 MiB limit, so the page is read and extracted, not refused. */
  public static final int NEAR_LIMIT = 10 * 1024 * 1024 - 4096;

  /** One adversarial page; {@code tooLarge} when the only right answer is the size rejection. */
  public record Case(String name, boolean tooLarge, Supplier<byte[]> bytes) {}

  private HostilePages() {}

  /**
   * All cases, the ones that fill a page doing so up to {@code fill} bytes: {@link #NEAR_LIMIT} to
   * measure the worst case, less where a test suite only needs the shape.
   */
  public static List<Case> all(int fill) {
    return List.of(
        new Case("50 MB page", true, () -> repeatToSize("<p>A paragraph of an enormous page, with words.</p>\n", 50 << 20, "<html><body>")),
        new Case("gzip inflating to 64 MB", true, () -> gzip(repeatToSize(" ", 64 << 20, "<html><body><p>"))),
        new Case("10^5-deep nesting", false, () -> utf8("<html><body>" + "<div>".repeat(100_000)
            + "<p>Deep text that is long enough to be scored as a paragraph, surely, with commas.</p>"
            + "</div>".repeat(100_000) + "</body></html>")),
        new Case("deep nesting to the fill size", false, () -> repeatToSize("<div><p>x</p>", fill, "<html><body>")),
        new Case("10^5-deep inline spans", false, () -> utf8("<p>" + "<span>".repeat(100_000) + "words ".repeat(1000))),
        new Case("nested furniture around the story", false, () -> utf8("<html><body>"
            + "<div class=\"nav sidebar\">".repeat(2_000) + ("<p>" + "Story text, with commas, that goes on. ".repeat(50)
            + "</p>").repeat(2_000) + "</div>".repeat(2_000) + "</body></html>")),
        new Case("10^5-deep asides around the story", false, () -> utf8("<html><body>" + "<aside>".repeat(100_000)
            + "<article><p>" + "Story text, with commas, that goes on. ".repeat(20) + "</p></article>"
            + "</aside>".repeat(100_000) + "</body></html>")),
        new Case("10^5-deep forms around the story", false, () -> utf8("<html><body>" + "<form>".repeat(100_000)
            + "<p>" + "Story text, with commas, that goes on. ".repeat(20) + "</p>"
            + "</form>".repeat(100_000) + "</body></html>")),
        new Case("9 MiB attribute", false, () -> utf8("<html><body><div class=\"" + "a".repeat(9 << 20)
            + "\"><p>text</p></div></body></html>")),
        new Case("one paragraph of the fill size", false, () -> repeatToSize("word, ", fill, "<html><body><p>")),
        new Case("short linked paragraphs to the fill size", false, () -> repeatToSize(
            "<p><a href=\"/x\">A link</a> and some words, after it.</p>", fill, "<html><body><article>")),
        new Case("text dump of short lines to the fill size", false, () -> repeatToSize("By Reporter Name\nA line, of a dump.\n\n",
            fill, "")),
        new Case("chrome lines inside a text story to the fill size", false, () -> {
          // Each chrome line inside a story asks whether prose follows it: a scan per line would be quadratic.
          String prose = "The minister said on Tuesday that the talks would continue, and that both sides would meet again.\n\n";
          byte[] lines = repeatToSize("Share this article\n\n", fill - 3 * prose.length(), "A Headline For The Story\n\n" + prose);
          return utf8(new String(lines, StandardCharsets.UTF_8) + prose + prose);
        }),
        new Case("invalid UTF-8 to the fill size", false, () -> invalidUtf8(fill)),
        new Case("NUL bytes to the fill size", false, () -> repeatToSize(
            "<p>Text with a NUL\u0000 byte, and more words: " + "a sentence, of some length. ".repeat(5) + "</p>",
            fill, "<html><body>")),
        new Case("author boxes in one article to the fill size", false, () -> repeatToSize(
            "<b class=\"x-author\"></b>", fill, "<html><body><h1>Ferry stops</h1><article>")),
        new Case("a title of spaces with a year", false, () -> repeatToSize(" ", fill,
            "<html><head><meta property=\"og:title\" content=\"2021")),
        new Case("10^5-deep JSON-LD", false, () -> utf8("<html><head><script type=\"application/ld+json\">"
            + "[".repeat(100_000) + "]".repeat(100_000) + "</script></head><body><p>" + "Words, more words. ".repeat(40)
            + "</p></body></html>")));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] repeatToSize(String unit, int size, String prefix) {
    StringBuilder s = new StringBuilder(size + unit.length());
    s.append(prefix);
    while (s.length() + unit.length() <= size) {
      s.append(unit);
    }
    return utf8(s.toString());
  }

  /** Markup whose text is Latin-1 high bytes that are not UTF-8, in a page that says nothing of its charset. */
  private static byte[] invalidUtf8(int fill) {
    Random random = new Random(10);
    byte[] b = repeatToSize("<p>Cafe text, words and more words here.</p>", fill, "<html><body>");
    for (int i = 20; i < b.length; i += 37) {
      b[i] = (byte) (0x80 + random.nextInt(0x80));
    }
    return b;
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
