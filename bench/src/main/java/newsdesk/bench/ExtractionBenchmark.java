package newsdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsdesk.extract.Extractor;
import newsdesk.extract.RawPage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of extraction against a bare Jsoup parse over the same pages: about 50 pages
 * spread evenly over trafilatura's evaluation set, loaded once per trial (the seed page, or a
 * small built-in page, when {@code ../shared} is absent). One operation is the whole set, so the
 * two scores divide into "extraction costs N parses"; {@code bench/jmh} prints that ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBenchmark {

  static final int PAGES = 50;
  static final String SEED = "seed/000_2bbcad7a53690741.txt";

  private List<RawPage> pages;
  private Extractor extractor;

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path shared = Path.of(System.getProperty("newsdesk.root", ".")).toAbsolutePath().resolve("../shared").normalize();
    pages = pages(shared);
    extractor = new Extractor();
    long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
    System.out.printf("%nExtractionBenchmark: %d pages, %d KB (%s)%n", pages.size(), bytes / 1024,
        pages.size() == 1 ? pages.get(0).name() : shared.resolve("corpus/trafilatura"));
  }

  /** The benchmark's pages: a spread of the trafilatura set, else the seed, else a built-in page. */
  static List<RawPage> pages(Path shared) throws IOException {
    Path trafilatura = shared.resolve("corpus/trafilatura");
    if (Files.isRegularFile(trafilatura.resolve("evaldata.json"))) {
      // Every 19th of 990 entries gives 50 pages across the set's sites and languages, not its first site.
      return TrafilaturaSet.load(trafilatura, PAGES, 19).cases().stream().map(TrafilaturaSet.Case::page).toList();
    }
    Path seed = shared.resolve(SEED);
    if (Files.isRegularFile(seed)) {
      return List.of(new RawPage(Files.readAllBytes(seed), "text/plain", null, seed.toString(), null));
    }
    String html = "<html><head><title>Benchmark page</title></head><body><article><h1>Benchmark page</h1>"
        + "<p>" + "A stand-in paragraph for when no corpus is at hand. ".repeat(40) + "</p></article></body></html>";
    return List.of(new RawPage(html.getBytes(StandardCharsets.UTF_8), "text/html", null, "built-in.html", null));
  }

  @Benchmark
  public void jsoupParse(Blackhole bh) {
    for (RawPage p : pages) {
      bh.consume(Html.parse(p.bytes(), p.url()));
    }
  }

  @Benchmark
  public void extract(Blackhole bh) {
    for (RawPage p : pages) {
      bh.consume(extractor.extract(p));
    }
  }
}
