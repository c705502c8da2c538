package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import newsdesk.testing.RandomInputs;
import newsdesk.testing.RandomInputs.Sample;
import org.junit.jupiter.api.Test;

/**
 * Shortcuts taken for speed must answer exactly as the plain code they replaced: the decoder's
 * byte-level UTF-8 check as the JDK's strict decoder (on random bytes and on bytes from the ranges
 * where UTF-8 validity is decided), its skipped control-character scan as the full scan, jsoup
 * reading a page's bytes as the parse of the decoded string, and the
 * single-pass content hash as the regex formulation stored hashes were made with.
 */
class FastPathEquivalenceTest {

  private static boolean jdkSaysValid(byte[] b) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Bytes mostly from the boundaries of the UTF-8 table: lead bytes, continuation edges, surrogates. */
  private static byte[] utf8ish(RandomInputs r) {
    int[] interesting = {0x00, 0x1F, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
        0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0xBB};
    byte[] b = new byte[r.intBetween(0, 12)];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (r.chance(0.8) ? interesting[r.intBetween(0, interesting.length - 1)] : r.intBetween(0, 255));
    }
    return b;
  }

  @Test
  void utf8CheckAgreesWithTheJdkDecoder() {
    RandomInputs random = RandomInputs.seeded(0x75746638L);
    List<byte[]> edges = List.of("plain ascii".getBytes(StandardCharsets.UTF_8), "Café €😀".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        new byte[] {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
        new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98});
    for (Sample<byte[]> sample : random.samples(200_000, edges, FastPathEquivalenceTest::utf8ish)) {
      assertThat(PageDecoder.isValidUtf8(sample.value())).as(sample::toString).isEqualTo(jdkSaysValid(sample.value()));
    }
    for (Sample<byte[]> sample : random.samples(2_000, r -> r.bytes(300))) {
      assertThat(PageDecoder.isValidUtf8(sample.value())).as(sample::toString).isEqualTo(jdkSaysValid(sample.value()));
    }
  }

  /** What the three scans the decoder once made said of the bytes from {@code from}. */
  private static int referenceScan(byte[] b, int from) {
    byte[] rest = java.util.Arrays.copyOfRange(b, from, b.length);
    boolean multiByte = false;
    boolean controls = false;
    for (int i = 0; i < rest.length; i++) {
      int c = rest[i];
      multiByte |= c < 0;
      controls |= c >= 0 && c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
      controls |= c == (byte) 0xEF && i + 2 < rest.length && rest[i + 1] == (byte) 0xBB && rest[i + 2] == (byte) 0xBF;
    }
    return (jdkSaysValid(rest) ? PageDecoder.VALID_UTF8 : 0) | (multiByte ? PageDecoder.MULTI_BYTE : 0)
        | (controls ? PageDecoder.CONTROLS : 0);
  }

  /**
   * Runs of ASCII long enough for the eight-at-a-time pass, broken by controls, layout whitespace,
   * non-ASCII and byte-order marks.
   */
  private static byte[] pageish(RandomInputs r) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int parts = r.intBetween(0, 12);
    for (int p = 0; p < parts; p++) {
      byte[] piece = switch (r.intBetween(0, 6)) {
        case 0 -> r.string(' ', '~', 0, 30).getBytes(StandardCharsets.US_ASCII);
        case 1 -> new byte[] {(byte) r.intBetween(0, 0x1F)};
        case 2 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        case 3 -> r.oneOf("é", "€", "，", "😀", "\u007F", "\n\r\t\f").getBytes(StandardCharsets.UTF_8);
        case 4 -> utf8ish(r);
        // Markup's layout: newlines and indenting tabs inside eight-byte runs of ASCII.
        case 5 -> (r.string(' ', '~', 0, 12) + r.oneOf("\n", "\t\t", "\r\n", "\f", "\n\u000B")
            + r.string(' ', '~', 0, 12)).getBytes(StandardCharsets.US_ASCII);
        default -> r.bytes(10);
      };
      out.writeBytes(piece);
    }
    return out.toByteArray();
  }

  @Test
  void oneScanAnswersAsTheSeparateChecksDid() {
    RandomInputs random = RandomInputs.seeded(0x7363616eL);
    for (Sample<byte[]> sample : random.samples(50_000, random.edgeBytes(64), FastPathEquivalenceTest::pageish)) {
      byte[] b = sample.value();
      for (int from : new int[] {0, Math.min(3, b.length)}) {
        assertThat(PageDecoder.scan(b, from)).as(sample::toString).isEqualTo(referenceScan(b, from));
      }
    }
  }

  @Test
  void controlCharactersAndStrayByteOrderMarksAreStrippedInEveryCharset() {
    RandomInputs random = RandomInputs.seeded(0x63746c73L);
    for (Sample<String> sample : random.samples(2_000, r -> "<p>" + r.anyString(200) + "</p>")) {
      for (String charset : List.of("utf-8", "windows-1252")) {
        byte[] bytes = sample.value().getBytes(java.nio.charset.Charset.forName(charset));
        DecodedPage page;
        try {
          page = PageDecoder.decode(new RawPage(bytes, "text/html; charset=" + charset, null, "t", null));
        } catch (PageRejected r) {
          continue;
        }
        assertThat(page.text()).as(sample::toString)
            .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0E-\\x1F\\uFEFF]");
      }
    }
  }

  /** The text of a page as decoding it whole into a string gave it (BOM skipped, controls and U+FEFF stripped). */
  private static String wholeText(byte[] bytes, String charset) {
    int bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    return new String(bytes, bom, bytes.length - bom, java.nio.charset.Charset.forName(charset))
        .replaceAll("[\\x00-\\x08\\x0B\\x0E-\\x1F\\uFEFF]", "");
  }

  /**
   * An HTML page jsoup reads from its bytes is the document the decoded string parsed into, and its
   * text the string, and a page is HTML when its whole head says so: markup around random text in
 * UTF-8 and windows-1252, valid and not, after whitespace, comments or words, with
   * multi-byte characters across the 32 KiB a head is sniffed from, stray BOMs and controls.
   */
  @Test
  void pagesParsedFromTheirBytesAreThePagesParsedFromTheirText() {
    RandomInputs random = RandomInputs.seeded(0x6f6e6365L);
    String filler = "Ça coûte 5 € — “quoted” 😀 text. ";
    List<String> edges = List.of("<p>plain</p>", "<html><body>" + filler.repeat(1200) + "</body></html>",
        "\uFEFF<html>x</html>", "<html>\uFEFFx\u0001y</html>", "<!-- " + "é".repeat(9000) + " --><div>a</div>",
        "\u00FE\u00FF<html><p>thorn</p></html>", "<html><p>全角，标点。</p></html>", "<html><p>\u00EF\u00BB\u00BFx</p></html>",
        "<html><p>\uFFFD\uFF01 \u00EF\u00BB</p></html>");
    String[] charsets = {"utf-8", "windows-1252"};
    for (Sample<String> sample : random.samples(600, edges, r -> r.oneOf("", " \n".repeat(r.intBetween(0, 900)),
        "<!-- " + "x é ".repeat(r.intBetween(0, 400)) + " -->", "Plain words first ", "<?xml version=\"1.0\"?>\n")
        + "<html><head><title>" + r.anyString(20) + "</title></head><body>"
        + (r.chance(0.3) ? filler.repeat(r.intBetween(1, 1200)) : "") + "<p>" + r.anyString(300) + "</p></body></html>")) {
      for (String declared : charsets) {
        for (String written : charsets) {
          byte[] bytes = sample.value().getBytes(java.nio.charset.Charset.forName(written));
          DecodedPage page;
          try {
            page = PageDecoder.decode(new RawPage(bytes, "text/html; charset=" + declared, null, "t", null));
          } catch (PageRejected r) {
            continue;
          }
          String text = wholeText(bytes, page.charset());
          assertThat(page.html()).as(sample::toString).isEqualTo(PageDecoder.isHtml(text));
          if (!page.html()) {
            continue;
          }
          assertThat(page.document("https://example.com/a").outerHtml()).as(sample::toString)
              .isEqualTo(org.jsoup.Jsoup.parse(text, "https://example.com/a").outerHtml());
          assertThat(page.text()).as(sample::toString).isEqualTo(text);
        }
      }
    }
  }

  private static final java.util.regex.Pattern ISO_LIKE = java.util.regex.Pattern.compile(
      "^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|UTC|GMT)?)?$");

  /** An ISO-8601 date as java.time's formatters read it, as the first version of the reader did; null where they refuse it. */
  private static String referenceIsoDate(String s) {
    java.util.regex.Matcher m = ISO_LIKE.matcher(s);
    if (!m.matches()) {
      return "(not ISO)";
    }
    try {
      java.time.LocalDate date = java.time.LocalDate.parse(m.group(1));
      if (m.group(2) == null) {
        return date.toString();
      }
      String time = m.group(2).length() == 4 ? "0" + m.group(2) : m.group(2);
      java.time.LocalDateTime local = java.time.LocalDateTime.parse(m.group(1) + "T" + time);
      String zone = m.group(3);
      if (zone == null) {
        return local.toString();
      }
      String offset = zone.equals("UTC") || zone.equals("GMT") || zone.equals("Z") ? "Z"
          : zone.length() == 3 ? zone + ":00"
          : zone.contains(":") ? zone : zone.substring(0, 3) + ":" + zone.substring(3);
      return java.time.OffsetDateTime.parse(local + offset).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String digits(RandomInputs r, int count, int max) {
    return String.format("%0" + count + "d", r.intBetween(0, max));
  }

  /** Dates, times and offsets around the edges of their ranges, in every shape the ISO reader accepts. */
  private static String isoLike(RandomInputs r) {
    String date = r.oneOf("0000", "1999", "2000", "2024", "2100", digits(r, 4, 9999)) + "-" + digits(r, 2, 13) + "-"
        + (r.chance(0.5) ? r.oneOf("28", "29", "30", "31") : digits(r, 2, 32));
    if (r.chance(0.2)) {
      return date;
    }
    String time = (r.chance(0.3) ? String.valueOf(r.intBetween(0, 9)) : digits(r, 2, 25)) + ":" + digits(r, 2, 61);
    if (r.chance(0.6)) {
      time += ":" + digits(r, 2, 61) + (r.chance(0.4) ? "." + r.string('0', '9', 1, 10) : "");
    }
    String zone = r.oneOf("", "Z", "UTC", "GMT", "+00:00", "-00:00", "+02:00", "-0530", "+05", "+14:00", "+18:00", "-18:01",
        "+19", "+02:60", "+0261", r.oneOf("+", "-") + digits(r, 2, 20) + r.oneOf("", ":") + digits(r, 2, 70));
    return date + r.oneOf("T", " ") + time + (zone.isEmpty() ? "" : r.oneOf("", " ")) + zone;
  }

  @Test
  void isoDatesAreReadAsJavaTimesFormattersReadThem() {
    RandomInputs random = RandomInputs.seeded(0x69736fL);
    List<String> edges = List.of("2014-05-18", "2014-02-29", "2016-02-29T24:00", "2014-05-18T9:05", "2014-05-18T9:05:00",
        "2014-05-18T09:05:33.120Z", "2014-05-18T23:59:60+02:00", "2014-05-18 09:05 +0200", "2014-05-18T09:05:33.000000001-07",
        "2014-05-18T00:00:00GMT", "0000-01-01T00:00-00:00");
    for (Sample<String> sample : random.samples(100_000, edges, FastPathEquivalenceTest::isoLike)) {
      String expected = referenceIsoDate(sample.value());
      if (!"(not ISO)".equals(expected)) {
        assertThat(newsdesk.extract.convention.PublicationDate.normalize(sample.value())).as(sample::toString)
            .isEqualTo(expected);
      }
    }
  }

  /** The content hash as first written; stored articles carry hashes made this way. */
  private static String referenceHash(String text) {
    String normalized = text.strip().replaceAll("\\s+", " ")
        .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
        .toLowerCase(java.util.Locale.ROOT);
    return newsdesk.article.Sha256.hex(normalized);
  }

  @Test
  void contentHashIsTheOneStoredHashesWereMadeWith() {
    RandomInputs random = RandomInputs.seeded(0x68617368L);
    List<String> edges = List.of("", " ", "\u2018Quoted\u2019 \u201CText\u201D", "a\u000B\u000B b\u00A0\u2003c\n", "İSTANBUL ΣΑΣ");
    for (Sample<String> sample : random.samples(3_000, edges, r -> r.chance(0.5) ? r.anyString(300)
        : r.string(" \t\n\u000B\f\r\u00A0\u2003\u2018\u2019\u201C\u201DaBİΣ", 0, 40))) {
      assertThat(ArticleAssembly.contentHash(sample.value())).as(sample::toString).isEqualTo(referenceHash(sample.value()));
    }
  }

  /** Texts longer than the chunks the hash is fed in, with runs of space and multi-byte characters across the seams. */
  @Test
  void contentHashOfLongTextsIsTheOneStoredHashesWereMadeWith() {
    RandomInputs random = RandomInputs.seeded(0x6c6f6e67L);
    for (Sample<String> sample : random.samples(60, r -> r.string(" \n\t  aZ.é€\u2019\u201Cß\u00C0", 8000, 30000)
        + (r.chance(0.2) ? "İ" : ""))) {
      assertThat(ArticleAssembly.contentHash(sample.value())).as(sample::toString).isEqualTo(referenceHash(sample.value()));
    }
  }

  /**
   * The content hash folds case one character at a time except for the characters it hands to
   * String.toLowerCase whole (surrogates, U+0130, U+03A3): for every other character that is exactly
   * what String.toLowerCase(Locale.ROOT) does, whatever surrounds it.
   */
  @Test
  void caseFoldsCharacterByCharacterExceptWhereTheHashFoldsTheWholeText() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      if (Character.isSurrogate(c) || c == '\u0130' || c == '\u03A3') {
        continue;
      }
      String alone = String.valueOf(c);
      assertThat(("A" + alone + "b").toLowerCase(java.util.Locale.ROOT)).as("U+%04X", i)
          .isEqualTo("a" + Character.toLowerCase(c) + "b");
      assertThat(alone.toLowerCase(java.util.Locale.ROOT)).as("U+%04X", i).isEqualTo(String.valueOf(Character.toLowerCase(c)));
    }
  }
}
