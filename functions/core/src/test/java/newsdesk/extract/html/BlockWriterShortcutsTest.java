package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.extract.KeywordGuards;
import newsdesk.extract.SharedFolder;
import newsdesk.testing.RandomInputs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The writer's hand-written shortcuts decide as the regexes they stand in front of or replaced: the
 * blank-line scan as {@code \n\s*\n}, the caption names' keyword check as the pattern alone.
 */
class BlockWriterShortcutsTest {

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

  /** Start and end of every blank line, found as {@code flush} walks the buffer. */
  private static List<Long> breaks(String s) {
    List<Long> found = new ArrayList<>();
    for (long b = BlockWriter.paragraphBreak(s, 0); b >= 0; b = BlockWriter.paragraphBreak(s, (int) b)) {
      found.add(b);
    }
    return found;
  }

  private static List<Long> regexBreaks(String s) {
    List<Long> found = new ArrayList<>();
    Matcher m = PARAGRAPH_BREAK.matcher(s);
    while (m.find()) {
      found.add((long) m.start() << 32 | m.end());
    }
    return found;
  }

  @Test
  void blankLinesAreFoundWhereTheRegexFoundThem() {
    RandomInputs random = RandomInputs.seeded(0x62726b73L);
    List<String> pieces = List.of("\n", "\n\n", " ", "\t", "\r\n", "\u000B", "\f", "\u00a0", "\u2028", "\u001c", "a", "bc", ".");
    for (var sample : random.samples(20_000, List.of("", "\n", "\n\n", "a\n \nb", " \n\t\r\n \n x"),
        r -> r.chance(0.1) ? r.anyString(60) : String.join("", r.listOf(0, 20, () -> r.oneOf(pieces))))) {
      assertThat(breaks(sample.value())).as(sample.toString()).isEqualTo(regexBreaks(sample.value()));
    }
  }

  @Test
  void sentenceEndsAreFoundWhereTheRegexFoundThem() {
    RandomInputs random = RandomInputs.seeded(0x656e6473L);
    List<String> pieces = List.of(".", "..", "...", " ", "\n", "\r\n", "\t", "\"", "'", "“", "”", "»", "«", ")", "(", "]",
        "a", "word", "\u0085", "\u2028", "\u2029", "\u00a0", "!", "?", "…");
    for (var sample : random.samples(30_000, List.of("", ".", "..", "a.", "a.\u2028", "a.\u2028\u2028", ".\n\u0085"),
        r -> String.join("", r.listOf(0, 10, () -> r.oneOf(pieces))))) {
      String text = sample.value();
      assertThat(BlockWriter.endsSentence(text)).as(sample.toString()).isEqualTo(BlockWriter.sentenceEnd().matcher(text).find());
    }
  }

  /** Why a line longer than the title need not be lower-cased to be compared with it. */
  @Test
  void lowerCaseIsNeverShorterThanTheText() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String text = new String(Character.toChars(cp));
      assertThat(text.toLowerCase(Locale.ROOT).length()).as("U+%04X", cp).isGreaterThanOrEqualTo(text.length());
      assertThat(("A" + text + " Σ").toLowerCase(Locale.ROOT).length()).as("U+%04X", cp).isGreaterThanOrEqualTo(text.length() + 3);
    }
  }

  /** The image address as read before data: placeholders were skipped without resolving them. */
  private static String resolvedImageUrl(Element img) {
    for (String attr : new String[] {"data-src", "data-original", "data-lazy-src", "src"}) {
      String url = img.absUrl(attr);
      if (url.isEmpty()) {
        url = img.attr(attr);
      }
      if (!url.isEmpty() && !url.startsWith("data:")) {
        return url;
      }
    }
    String srcset = img.attr("srcset");
    return srcset.isBlank() ? null : srcset.strip().split("[\\s,]+")[0];
  }

  @Test
  void imagesWithDataPlaceholdersGetTheAddressResolvingGave() {
    RandomInputs random = RandomInputs.seeded(0x696d6773L);
    List<String> values = List.of("data:image/gif;base64,R0lGOD", "DATA:image/png;x", " data:x", "data:", "\u0001data:x",
        "/img/a.jpg", "https://cdn.example/b.png", "", "c.webp", "//cdn.example/d.jpg", "?v=2", "javascript:x", "tel:1", "#",
        // Control characters (jsoup strips them before resolving), dot segments, odd schemes and hosts.
        "\u0001/x.jpg", "/a\tb.jpg", "https://cdn.example/\u0000c.png", "../../up.jpg", "./e f.jpg", "?q=1#f", "#top",
        "HTTPS://CDN.example/G.PNG", "http://[::1]/h.jpg", "http://bad host/i.jpg", "mailto:x@y.z", "  /j.jpg  ", "%zz");
    for (var sample : random.samples(5_000, r -> {
      StringBuilder img = new StringBuilder("<img");
      for (String attr : List.of("data-src", "data-original", "Data-Lazy-Src", "src", "SRC", "srcset")) {
        if (r.chance(0.4)) {
          img.append(' ').append(attr).append("=\"").append(r.oneOf(values)).append('"');
        }
      }
      return img.append('>').toString();
    })) {
      // The bases alternate, so the parsed base kept from the call before is never the one asked for twice running only.
      for (String base : List.of("https://news.example/a/story.html", "", "not a url", "https://news.example/a/b/?x=1#top",
          "https://\u0001news.example/p", "file:/tmp/page.html", "https://news.example/a/story.html")) {
        Element img = Jsoup.parse(sample.value(), base).selectFirst("img");
        assertThat(BlockWriter.imageUrl(img)).as(sample + " on " + base).isEqualTo(resolvedImageUrl(img));
      }
    }
  }

  @Test
  void everyAlternativeOfTheCaptionNamesNamesAKeyword() {
    KeywordGuards.assertEveryAlternativeNamesAKeyword(BlockWriter.CAPTION_KEYWORDS, BlockWriter.captionNames());
  }

  @Test
  void theCaptionKeywordsDecideRandomClassNamesAsThePatternAlone() {
    RandomInputs random = RandomInputs.seeded(0x63617074L);
    List<String> pieces = List.of("caption", "credit", "copyright", "bildunterschrift", "dida", "legend", "image", "img",
        "photo", "foto", "picture", "bild", "desc", "description", "subtitle", "meta", "metadata", "unterschrift", "wp",
        "text", "entry", "content", "figure", "-", "_", " ", "__", "x");
    int captions = 0;
    for (var sample : random.samples(30_000, r -> String.join("", r.listOf(1, 7, () -> r.oneOf(pieces))))) {
      String names = sample.value().toLowerCase(Locale.ROOT);
      boolean expected = BlockWriter.captionNames().matcher(names).find();
      assertThat(BlockWriter.isCaptionName(names)).as(sample.toString()).isEqualTo(expected);
      captions += expected ? 1 : 0;
    }
    assertThat(captions).isGreaterThan(1000);
  }

  @Test
  void theCaptionKeywordsDecideTheCorpusClassNamesAsThePatternAlone() throws Exception {
    Set<String> names = new LinkedHashSet<>();
    for (var page : SharedFolder.corpusPages()) {
      for (Element e : Jsoup.parse(page.toFile(), "UTF-8").select("[class]")) {
        names.add(e.className().toLowerCase(Locale.ROOT));
      }
    }
    int captions = 0;
    for (String n : names) {
      boolean expected = BlockWriter.captionNames().matcher(n).find();
      assertThat(BlockWriter.isCaptionName(n)).as(n).isEqualTo(expected);
      captions += expected ? 1 : 0;
    }
    assertThat(captions).isGreaterThan(100);
  }

  @Test
  void theMarkCheckDecidesRandomLinkTextsAsTheAddressPatternAlone() {
    RandomInputs random = RandomInputs.seeded(0x61646472L);
    List<String> pieces = List.of("https://", "http://", "www.", "example", ".com", ".de", ".co.uk", "/path", "@", "mail",
        "Read more", "the", "river", " ", "\n", ":", ".", "-", "_", "x", "ftp:", "\u00a0", "info");
    int addresses = 0;
    for (var sample : random.samples(30_000, r -> String.join("", r.listOf(0, 8, () -> r.oneOf(pieces))))) {
      String text = sample.value();
      for (int start : new int[] {0, text.length() / 2}) {
        boolean expected = BlockWriter.isAddressUnguarded(text, start);
        assertThat(BlockWriter.isAddress(text, start)).as(sample + " from " + start).isEqualTo(expected);
        addresses += expected ? 1 : 0;
      }
    }
    assertThat(addresses).isGreaterThan(1000);
  }
}
