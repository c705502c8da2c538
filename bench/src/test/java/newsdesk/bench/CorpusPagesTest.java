package newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsdesk.extract.Extraction;
import newsdesk.extract.RejectReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness on 5 real pages of each shared corpus: an oracle that returns the gold must score
 * perfectly, an extractor that returns nothing must score zero, and the raw-HTML baseline must see
 * nearly every "with" segment (it keeps all the text). Skipped when {@code ../shared} is absent.
 */
class CorpusPagesTest {

  private static final int PAGES = 5;

  private static Path corpus() {
    Path root = Path.of(System.getProperty("newsdesk.root", "."));
    Path corpus = root.resolve("../shared/corpus").normalize();
    assumeTrue(Files.isDirectory(corpus.resolve("trafilatura")) && Files.isDirectory(corpus.resolve("readability")),
        "no shared corpus at " + corpus);
    return corpus;
  }

  @Test
  void trafilaturaOracleScoresOneAndNothingScoresZero() throws Exception {
    TrafilaturaSet set = TrafilaturaSet.load(corpus().resolve("trafilatura"), PAGES);
    assertThat(set.cases()).hasSize(PAGES);
    Map<String, TrafilaturaSet.Case> byFile = set.cases().stream()
        .collect(Collectors.toMap(TrafilaturaSet.Case::file, Function.identity()));
    long withs = set.cases().stream().mapToLong(c -> c.with().size()).sum();
    long withouts = set.cases().stream().mapToLong(c -> c.without().size()).sum();

    // The corpus guarantees no "without" segment lies inside a "with" one, so the gold itself is perfect.
    TrafilaturaSet.Result oracle = set.score(new Candidate("oracle", "",
        page -> Candidate.textOnly(null, String.join("\n\n", byFile.get(page.name()).with()))));
    assertThat(oracle.counts()).isEqualTo(new Confusion(withs, 0, 0, withouts));
    assertThat(oracle.counts().f1()).isEqualTo(1.0);

    TrafilaturaSet.Result nothing = set.score(new Candidate("nothing", "", page -> Candidate.textOnly(null, "")));
    assertThat(nothing.counts()).isEqualTo(new Confusion(0, withs, 0, withouts));

    TrafilaturaSet.Result raw = set.score(Candidate.rawHtml());
    assertThat(raw.counts().tp() + raw.counts().fn()).isEqualTo(withs);
    assertThat(raw.counts().fp() + raw.counts().tn()).isEqualTo(withouts);
    assertThat(raw.counts().recall()).isGreaterThan(0.9);
    assertThat(raw.rejections().total()).isZero();
  }

  @Test
  void readabilityOracleScoresOne() throws Exception {
    ReadabilitySet set = ReadabilitySet.load(corpus().resolve("readability"), PAGES);
    assertThat(set.pages()).hasSize(PAGES);
    Map<String, ReadabilitySet.Page> byName = set.pages().stream()
        .collect(Collectors.toMap(p -> p.page().name(), Function.identity()));

    // The oracle extracts every page with the gold metadata and text, so all but readerable is perfect.
    ReadabilitySet.Result oracle = set.score(new Candidate("oracle", "", raw -> {
      ReadabilitySet.Page p = byName.get(raw.name());
      return new Extraction.Extracted(ScoringTest.article(p.title(), p.byline() == null
          ? List.of() : List.of(p.byline()), p.publishedTime(), p.excerpt(), p.siteName(), p.goldText()));
    }));
    int readerable = (int) set.pages().stream().filter(ReadabilitySet.Page::readerable).count();
    assertThat(oracle.readerable()).isEqualTo(new Tally(readerable, PAGES));
    assertThat(oracle.title().hits()).isEqualTo(oracle.title().total()).isPositive();
    assertThat(oracle.byline().hits()).isEqualTo(oracle.byline().total()).isPositive();
    assertThat(oracle.bylineLoose().hits()).isEqualTo(oracle.bylineLoose().total());
    assertThat(oracle.excerpt().hits()).isEqualTo(oracle.excerpt().total()).isPositive();
    assertThat(oracle.bodyF1()).isCloseTo(1.0, within(1e-9));

    ReadabilitySet.Result nothing = set.score(new Candidate("nothing", "",
        raw -> new Extraction.Rejected(RejectReason.UNREADABLE, "placeholder")));
    assertThat(nothing.bodyF1()).isZero();
    assertThat(nothing.title().hits()).isZero();
    assertThat(nothing.readerable()).isEqualTo(new Tally(PAGES - readerable, PAGES));
  }

  @Test
  void evaluationRunsEndToEndAndWritesItsReport(@TempDir Path tmp) throws Exception {
    Path corpus = corpus();
    Path report = tmp.resolve("evaluation.json");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    new Evaluation(Evaluation.parse(new String[] {"--limit", "3", "--passes", "1", "--failures", "2",
        "--shared", corpus.getParent().toString(), "--report", report.toString()}),
        new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

    String out = printed.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("trafilatura 2.2.0 (published)", "raw-html (this run)", "× Jsoup.parse",
        "Worst 2 pages of newsdesk");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.at("/trafilatura/measured/newsdesk/perPage")).hasSize(3);
    assertThat(json.at("/readability/measured/raw-html/perPage")).hasSize(3);
    assertThat(json.at("/speed/jsoup-parse/pages").asLong()).isEqualTo(6);
  }
}
