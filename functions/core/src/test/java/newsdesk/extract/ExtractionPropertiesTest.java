package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import newsdesk.extract.convention.CanonicalUrl;
import newsdesk.extract.convention.PersonNames;

/** Properties that must hold for every input, not just the fixtures. */
class ExtractionPropertiesTest {

  private final Extractor extractor = new Extractor();

  @Property(tries = 300)
  void neverThrowsOnArbitraryBytes(@ForAll @Size(max = 3000) byte[] bytes) {
    assertThat(extractor.extract(RawPage.of(bytes, "random"))).isNotNull();
  }

  @Property(tries = 300)
  void neverThrowsOnMarkupLikeText(@ForAll("markup") String page) {
    Extraction e = extractor.extract(RawPage.of(page.getBytes(StandardCharsets.UTF_8), "markup"));
    assertThat(e).isInstanceOfAny(Extraction.Extracted.class, Extraction.Rejected.class);
  }

  @Provide
  Arbitrary<String> markup() {
    Arbitrary<String> piece = Arbitraries.of("<p>", "</p>", "<div class=\"share\">", "</div>", "<h2>", "</h2>", "<br>",
        "<figure><img src=\"/a.jpg\"><figcaption>", "</figcaption></figure>", "<script>", "</script>", "<li>", "<table><tr><td>",
        "By Jane Doe", "REUTERS/John Roe", "(AP Photo/Ann Lee)", "Advertisement", "\n\n", "KYIV, Jan 27 (Reuters) - ",
        "The council said on Thursday it would act, officials said.", "(Reporting by A B; Editing by C D)", "&amp;", "<!--",
        "Subscribe to continue reading", "January 27, 2022", "\u0000", "\uFFFD", "é");
    return piece.list().ofMaxSize(80).map(parts -> String.join("", parts));
  }

  @Property(tries = 200)
  void contentHashIgnoresWhitespaceQuotesAndCase(@ForAll @StringLength(max = 200) String ascii) {
    String text = ascii.replaceAll("[^A-Za-z0-9 '\"]", " ");
    String variant = "  " + text.toUpperCase(java.util.Locale.ROOT).replace(" ", " \n\t ").replace('\'', '\u2019')
        .replace('"', '\u201C') + "\n";
    assertThat(ArticleAssembly.contentHash(variant)).isEqualTo(ArticleAssembly.contentHash(text));
  }

  @Property(tries = 200)
  void canonicalUrlsAreIdempotentAndUntracked(@ForAll("urls") String url) {
    String once = CanonicalUrl.of(url, null);
    assertThat(once).isNotNull().doesNotContain("utm_", "fbclid", "#");
    assertThat(CanonicalUrl.of(once, null)).isEqualTo(once);
  }

  @Provide
  Arbitrary<String> urls() {
    Arbitrary<String> host = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10).map(h -> h + ".example");
    Arbitrary<String> path = Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(12);
    Arbitrary<String> param = Arbitraries.of("utm_source=x", "utm_medium=y", "fbclid=z", "id=7", "page=2", "gclid=q");
    return Combinators.combine(host, path, param.list().ofMaxSize(4), Arbitraries.of("", "#top", "#"))
        .as((h, p, params, frag) -> "HTTPS://" + h.toUpperCase(java.util.Locale.ROOT) + "/" + p
            + (params.isEmpty() ? "" : "?" + String.join("&", params)) + frag);
  }

  @Property(tries = 200)
  void namesListedTheNewsroomWayComeBackOneEach(@ForAll("names") List<String> names) {
    String listed = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    assertThat(PersonNames.split(listed, false)).containsExactlyElementsOf(names.stream().distinct().toList());
  }

  @Provide
  Arbitrary<List<String>> names() {
    Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(9)
        .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1));
    Arbitrary<String> name = Combinators.combine(part, part).as((first, last) -> first + " " + last)
        // Separator words and the headline openers that never start a name are not generated.
        .filter(n -> !List.of("And", "Et", "Und", "Y", "By", "Von", "Par", "Por", "The", "A", "An", "Our", "This", "More", "New")
            .contains(n.split(" ")[0]) && !List.of("And", "Et", "Und", "Y").contains(n.split(" ")[1]));
    return name.list().ofMinSize(1).ofMaxSize(5);
  }
}
