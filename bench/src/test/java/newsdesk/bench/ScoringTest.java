package newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import newsdesk.article.Article;
import newsdesk.extract.Extraction;
import newsdesk.extract.RejectReason;
import org.junit.jupiter.api.Test;

/** The scoring rules on hand-made cases whose figures are worked out by hand in the comments. */
class ScoringTest {

  private static final double EPS = 1e-12;

  @Test
  void whitespaceFoldsAsPythonsBackslashS() {
    assertThat(Fold.whitespace("  a\u00a0\n\t b\u2009c\u202f ")).isEqualTo("a b c");
    assertThat(Fold.whitespace(null)).isEmpty();
  }

  @Test
  void segmentCountsAndScoresOverACorpus() {
    // page a: "alpha beta" found across a line break, "gamma" missing; "menu" leaked, "footer text" not.
    // page b: its one "with" found, its one "without" absent.
    // page c: rejected, so both "with" missing and both "without" absent.
    // total TP 2, FN 2, FP 1, TN 4 -> P 2/3, R 1/2, F1 2*2/(2*2+1+2) = 4/7.
    TrafilaturaSet set = TrafilaturaSet.of(List.of(
        trafCase("a", List.of("alpha beta", "gamma"), List.of("menu", "footer text")),
        trafCase("b", List.of("x  y"), List.of("z")),
        trafCase("c", List.of("q"), List.of("r", "s"))));
    Map<String, Extraction> byName = Map.of(
        "a", Candidate.textOnly("A", "alpha\n   beta and the menu"),
        "b", Candidate.textOnly("B", "x\u00a0y"),
        "c", new Extraction.Rejected(RejectReason.NOT_ARTICLE, "index page"));
    TrafilaturaSet.Result r = set.score(new Candidate("fixed", "", page -> byName.get(page.name())));

    assertThat(r.counts()).isEqualTo(new Confusion(2, 2, 1, 4));
    assertThat(r.counts().precision()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(r.counts().recall()).isCloseTo(0.5, within(EPS));
    assertThat(r.counts().f1()).isCloseTo(4.0 / 7, within(EPS));
    assertThat(r.rejections().byReason()).containsExactly(Map.entry("not-article", 1));
    assertThat(r.perPage().get(0).missed()).containsExactly("gamma");
    assertThat(r.perPage().get(0).leaked()).containsExactly("menu");
  }

  @Test
  void rejectingEverythingScoresZeroNotUndefined() {
    TrafilaturaSet set = TrafilaturaSet.of(List.of(trafCase("a", List.of("one", "two"), List.of("three"))));
    TrafilaturaSet.Result r = set.score(new Candidate("none", "",
        page -> new Extraction.Rejected(RejectReason.UNREADABLE, "placeholder")));

    assertThat(r.counts()).isEqualTo(new Confusion(0, 2, 0, 1));
    assertThat(r.counts().f1()).isZero();
    assertThat(r.counts().precision()).isZero();
    assertThat(r.counts().recall()).isZero();
    assertThat(r.rejections().total()).isEqualTo(1);
  }

  @Test
  void anExtractorThatThrowsIsAnErrorScoredAsEmpty() {
    TrafilaturaSet set = TrafilaturaSet.of(List.of(trafCase("a", List.of("one"), List.of("two"))));
    TrafilaturaSet.Result r = set.score(new Candidate("boom", "", page -> {
      throw new IllegalStateException("boom");
    }));

    assertThat(r.rejections().errors()).isEqualTo(1);
    assertThat(r.rejections().byReason()).containsExactly(Map.entry("error", 1));
    assertThat(r.counts()).isEqualTo(new Confusion(0, 1, 0, 1));
  }

  @Test
  void metadataFoldsCaseWhitespaceQuotesAndEntities() {
    assertThat(Fold.meta("  \u201cHello\u201d\n World\u2019s &amp; Co ")).isEqualTo("\"hello\" world's & co");
    assertThat(Fold.meta("   ")).isNull();
    assertThat(Fold.day("2017-02-23T17:18:13-08:00")).isEqualTo("2017-02-23");
    assertThat(Fold.day("2022-01.26")).isEqualTo("2022-01-26");
    assertThat(Fold.day("2022-11-1")).isEqualTo("2022-11-01");
    assertThat(Fold.day("February 2, 2022")).isNull();
    assertThat(Fold.goldNames("Von Roland Brockmann und Sebastian Drescher"))
        .containsExactly("roland brockmann", "sebastian drescher");
    assertThat(Fold.goldNames(List.of("Jane DOE", "by John Roe")))
        .containsExactly("jane doe", "john roe");
    assertThat(Fold.goldNames("")).isEmpty();
  }

  @Test
  void trafilaturaMetadataIsComparedOnlyWhereGoldExists() {
    TrafilaturaSet.Case withGold = new TrafilaturaSet.Case("u1", "a", new byte[0], List.of("x"), List.of("y"),
        "The \u2018Title\u2019", "2020-01-27", "Ann Lee and Bo Chen");
    TrafilaturaSet.Case noGold = new TrafilaturaSet.Case("u2", "b", new byte[0], List.of("x"), List.of("y"),
        null, "", "");
    Candidate.Outcome outcome = new Candidate.Outcome(new Extraction.Extracted(
        article("the 'title'", List.of("Bo Chen", "ann lee"), "2020-01-27T23:30:00-05:00", null, null, "x")), null);

    TrafilaturaSet.PageScore s = TrafilaturaSet.score(withGold, outcome);
    assertThat(List.of(s.title(), s.date(), s.author())).containsOnly(true);
    TrafilaturaSet.PageScore none = TrafilaturaSet.score(noGold, outcome);
    assertThat(none.title()).isNull();
    assertThat(none.date()).isNull();
    assertThat(none.author()).isNull();

    TrafilaturaSet.Result r = TrafilaturaSet.of(List.of(withGold, noGold))
        .score(new Candidate("fixed", "", page -> outcome.extraction()));
    assertThat(r.title()).isEqualTo(new Tally(1, 1));
    assertThat(r.author()).isEqualTo(new Tally(1, 1));
  }

  @Test
  void tokenOverlapIsABagOfWordsF1() {
    // ours {the:2, cat, sat, on, mat} = 6 words, gold {the, cat, sat} = 3, overlap 3:
    // P 3/6, R 3/3, F1 2*3/(6+3) = 2/3.
    TokenOverlap o = TokenOverlap.of("The cat sat on the mat.", "the CAT, sat");
    assertThat(o).isEqualTo(new TokenOverlap(3, 6, 3));
    assertThat(o.precision()).isCloseTo(0.5, within(EPS));
    assertThat(o.recall()).isCloseTo(1.0, within(EPS));
    assertThat(o.f1()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(TokenOverlap.of("", "gold words").f1()).isZero();
  }

  @Test
  void readabilityMetadataBylineBothWaysAndReaderable() {
    ReadabilitySet.Page page = new ReadabilitySet.Page("p", new byte[0], "one two three four",
        "A Title", "By Jane Doe and John Roe", "The Paper", "2015-07-10T09:53:00-04:00", "Summary \u201cquoted\u201d.",
        true);
    ReadabilitySet.Page notReaderable = new ReadabilitySet.Page("q", new byte[0], "one two", null, null, null,
        null, null, false);
    Candidate.Outcome outcome = new Candidate.Outcome(new Extraction.Extracted(article("a title",
        List.of("Jane Doe", "John Roe"), "2015-07-10", null, "The Paper", "one two")), null);

    ReadabilitySet.PageScore s = ReadabilitySet.score(page, outcome);
    assertThat(s.title()).isTrue();
    // "by jane doe and john roe" is not "jane doe, john roe", but every gold name is there.
    assertThat(s.byline()).isFalse();
    assertThat(s.bylineLoose()).isTrue();
    assertThat(s.siteName()).isTrue();
    assertThat(s.published()).isTrue();
    assertThat(s.excerpt()).isFalse();
    assertThat(s.readerable()).isTrue();
    // ours {one, two}, gold 4 words: overlap 2, F1 2*2/(2+4) = 2/3.
    assertThat(s.body().f1()).isCloseTo(2.0 / 3, within(EPS));

    ReadabilitySet.PageScore q = ReadabilitySet.score(notReaderable, outcome);
    assertThat(q.body()).as("no body score where Readability shows no reader view").isNull();
    assertThat(q.title()).isNull();
    assertThat(q.byline()).isNull();
    assertThat(q.bylineLoose()).isNull();
    assertThat(q.readerable()).isFalse();

    ReadabilitySet.Result r = ReadabilitySet.of(List.of(page, notReaderable))
        .score(new Candidate("fixed", "", p -> outcome.extraction()));
    // body F1 averaged over the one readerable page.
    assertThat(r.bodyF1()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(r.bodyPages()).isEqualTo(1);
    assertThat(r.readerable()).isEqualTo(new Tally(1, 2));
    assertThat(r.title()).isEqualTo(new Tally(1, 1));
  }

  @Test
  void rawHtmlBaselineIsTheBodyTextAndTheTitle() {
    byte[] html = "<html><head><title>T</title><script>var x;</script></head><body><p>Hello <b>big</b></p>world</body></html>"
        .getBytes(StandardCharsets.UTF_8);
    Candidate.Outcome raw = Candidate.rawHtml().run(newsdesk.extract.RawPage.of(html, "p.html"));
    assertThat(raw.text()).isEqualTo("Hello big world");
    assertThat(raw.article().title()).isEqualTo("T");
    Candidate.Outcome source = Candidate.htmlSource().run(newsdesk.extract.RawPage.of(html, "p.html"));
    assertThat(source.text()).contains("<script>var x;</script>");
  }

  @Test
  void optionsHaveDefaultsAndRejectNonsense() {
    Evaluation.Options o = Evaluation.parse(new String[] {"--root", "/tmp/x", "--limit", "5"});
    assertThat(o.corpus()).isEqualTo("all");
    assertThat(o.limit()).isEqualTo(5);
    assertThat(o.extractors()).containsExactlyElementsOf(Candidate.NAMES);
    assertThat(o.report().toString()).isEqualTo("/tmp/x/bench/reports/evaluation.json");
    assertThat(o.shared().toString()).isEqualTo("/tmp/shared");
    assertThatThrownBy(() -> Evaluation.parse(new String[] {"--corpus", "web"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Evaluation.parse(new String[] {"--extractors", "goose"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Evaluation.parse(new String[] {"--limit"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Evaluation.parse(new String[] {"--limit", "-1"}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static TrafilaturaSet.Case trafCase(String name, List<String> with, List<String> without) {
    return new TrafilaturaSet.Case("https://example.org/" + name, name, new byte[0], with, without, null, null, null);
  }

  static Article article(String title, List<String> authors, String published, String description,
      String publisher, String text) {
    return new Article(null, null, title, null, authors, publisher, null, null, List.of(),
        null, published, null, null, description, null, List.of(), text, List.of(), null, false, 0, null, null,
        null, null);
  }
}
