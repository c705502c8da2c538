package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import newsdesk.extract.convention.CanonicalUrl;
import newsdesk.extract.convention.PersonNames;
import newsdesk.testing.RandomInputs;
import newsdesk.testing.RandomInputs.Sample;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for every input, not just the fixtures. Each test checks its property over a fixed number
 * of tries from a fixed seed (reproducible); deliberate edge cases come first.
 */
class ExtractionPropertiesTest {

  private final Extractor extractor = new Extractor();

  @Test
  void neverThrowsOnArbitraryBytes() {
    RandomInputs random = RandomInputs.seeded(0x45787431L);
    for (Sample<byte[]> sample : random.samples(300, random.edgeBytes(3000), r -> r.bytes(3000))) {
      byte[] bytes = sample.value();
      assertThatCode(() -> assertThat(extractor.extract(RawPage.of(bytes, "random"))).as(sample::toString).isNotNull())
          .as(sample::toString).doesNotThrowAnyException();
    }
  }

  private static final List<String> MARKUP = List.of("<p>", "</p>", "<div class=\"share\">", "</div>", "<h2>", "</h2>",
      "<br>", "<figure><img src=\"/a.jpg\"><figcaption>", "</figcaption></figure>", "<script>", "</script>", "<li>",
      "<table><tr><td>", "By Jane Doe", "REUTERS/John Roe", "(AP Photo/Ann Lee)", "Advertisement", "\n\n",
      "KYIV, Jan 27 (Reuters) - ", "The council said on Thursday it would act, officials said.",
      "(Reporting by A B; Editing by C D)", "&amp;", "<!--", "Subscribe to continue reading", "January 27, 2022", "\u0000",
      "\uFFFD", "é");

  @Test
  void neverThrowsOnMarkupLikeText() {
    RandomInputs random = RandomInputs.seeded(0x45787432L);
    List<String> edgeCases = List.of("", "\u0000", "<!--", String.join("", Collections.nCopies(80, "<div class=\"share\">")),
        String.join("", random.listOf(80, 80, () -> random.oneOf(MARKUP))));
    for (Sample<String> sample : random.samples(300, edgeCases, ExtractionPropertiesTest::markup)) {
      byte[] page = sample.value().getBytes(StandardCharsets.UTF_8);
      assertThatCode(() -> assertThat(extractor.extract(RawPage.of(page, "markup"))).as(sample::toString)
              .isInstanceOfAny(Extraction.Extracted.class, Extraction.Rejected.class))
          .as(sample::toString).doesNotThrowAnyException();
    }
  }

  /** Up to 80 markup pieces, joined. */
  private static String markup(RandomInputs r) {
    return String.join("", r.listOf(0, 80, () -> r.oneOf(MARKUP)));
  }

  private static final String WORDY = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 '\"";

  @Test
  void contentHashIgnoresWhitespaceQuotesAndCase() {
    RandomInputs random = RandomInputs.seeded(0x45787433L);
    List<String> edgeCases = List.of("", " ", "'\"'\"", "a".repeat(200), random.string(WORDY, 200, 200));
    // Mostly the characters the hash must treat alike, plus some it must treat as spaces.
    String alphabet = WORDY + WORDY + "\t\n.,;-é\u2019\u201C\u0000";
    for (Sample<String> sample : random.samples(200, edgeCases, r -> r.string(alphabet, 0, 200))) {
      String text = sample.value().replaceAll("[^A-Za-z0-9 '\"]", " ");
      String variant = "  " + text.toUpperCase(Locale.ROOT).replace(" ", " \n\t ").replace('\'', '\u2019')
          .replace('"', '\u201C') + "\n";
      assertThat(ArticleAssembly.contentHash(variant)).as(sample::toString).isEqualTo(ArticleAssembly.contentHash(text));
    }
  }

  @Test
  void canonicalUrlsAreIdempotentAndUntracked() {
    RandomInputs random = RandomInputs.seeded(0x45787434L);
    List<String> edgeCases = List.of("HTTPS://A.example/", "HTTPS://A.example/#",
        "HTTPS://ABCDEFGHIJ.example/abcdefghijkl?utm_source=x&utm_medium=y&fbclid=z&gclid=q#top",
        "HTTPS://A.example/?id=7&utm_source=x&page=2&fbclid=z#");
    for (Sample<String> sample : random.samples(200, edgeCases, ExtractionPropertiesTest::url)) {
      String once = CanonicalUrl.of(sample.value(), null);
      assertThat(once).as(sample::toString).isNotNull().doesNotContain("utm_", "fbclid", "#");
      assertThat(CanonicalUrl.of(once, null)).as(sample::toString).isEqualTo(once);
    }
  }

  private static String url(RandomInputs r) {
    String host = r.string('a', 'z', 1, 10) + ".example";
    String path = r.string('a', 'z', 0, 12);
    List<String> params = r.listOf(0, 4, () -> r.oneOf("utm_source=x", "utm_medium=y", "fbclid=z", "id=7", "page=2", "gclid=q"));
    String fragment = r.oneOf("", "#top", "#");
    return "HTTPS://" + host.toUpperCase(Locale.ROOT) + "/" + path + (params.isEmpty() ? "" : "?" + String.join("&", params))
        + fragment;
  }

  @Test
  void namesListedTheNewsroomWayComeBackOneEach() {
    RandomInputs random = RandomInputs.seeded(0x45787435L);
    List<List<String>> edgeCases = List.of(List.of("Aa Bb"), List.of("Jane Doe", "John Roe", "Ann Lee", "Zz Zz", "Aa Aa"),
        List.of("Jane Doe", "Jane Doe"));
    for (Sample<List<String>> sample : random.samples(200, edgeCases, r -> r.listOf(1, 5, () -> name(r)))) {
      List<String> names = sample.value();
      String listed = names.size() == 1 ? names.get(0)
          : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
      assertThat(PersonNames.split(listed, false)).as(sample::toString).containsExactlyElementsOf(names.stream().distinct().toList());
    }
  }

  /** Separator words and the headline openers that never start a name are not generated. */
  private static final List<String> NOT_FIRST =
      List.of("And", "Et", "Und", "Y", "By", "Von", "Par", "Por", "The", "A", "An", "Our", "This", "More", "New");
  private static final List<String> NOT_LAST = List.of("And", "Et", "Und", "Y");

  private static String name(RandomInputs r) {
    while (true) {
      String first = namePart(r);
      String last = namePart(r);
      if (!NOT_FIRST.contains(first) && !NOT_LAST.contains(last)) {
        return first + " " + last;
      }
    }
  }

  private static String namePart(RandomInputs r) {
    String s = r.string('a', 'z', 2, 9);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
