package newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsdesk.extract.Extractor;
import newsdesk.extract.RawPage;

/**
 * The corpus evaluation of extraction: runs our extractor and the raw-HTML baseline over
 * trafilatura's evaluation set and Mozilla Readability's test pages (read from
 * {@code <root>/../shared/corpus}, never copied into the project), scores them as
 * {@code docs/evaluation.md} describes, times them against a bare Jsoup parse, prints the figures
 * beside the published ones and writes a JSON report. Run it with {@code bench/evaluate}.
 */
public final class Evaluation {

  /** Published F1 (and P/R where given) on trafilatura's set, from the corpus README (990 docs, 2026-08). */
  static final List<Published> PUBLISHED = List.of(
      new Published("trafilatura 2.2.0", 0.924, 0.906, 0.943),
      new Published("magic-html", 0.889, null, null),
      new Published("justext", 0.862, null, null),
      new Published("news-please", 0.836, null, null),
      new Published("readability-lxml", 0.826, null, null),
      new Published("goose3", 0.810, null, null),
      new Published("boilerpy3", 0.807, null, null),
      new Published("newspaper4k", 0.801, null, null),
      new Published("raw HTML", 0.667, null, null));

  /** A published figure; precision and recall are null where the source gives only F1. */
  record Published(String name, double f1, Double precision, Double recall) {}

  /** Parsed command line; see {@link #USAGE}. */
  record Options(String corpus, int limit, Path report, int failures, List<String> extractors, int passes,
      Path root, Path shared) {}

  static final String USAGE = """
      usage: bench/evaluate [--corpus trafilatura|readability|all] [--limit N] [--report PATH]
                            [--failures N] [--extractors newsdesk,raw-html,html-source] [--passes N]
                            [--root DIR] [--shared DIR]
        --corpus      which set to score (default all)
        --limit N     only the first N pages of each set (default: all)
        --report      JSON report path (default bench/reports/evaluation.json under the root)
        --failures N  print the N worst pages of the first extractor, with what was missed/leaked
        --extractors  comma-separated, the first is the one --failures looks at
                      (default newsdesk,raw-html,html-source)
        --passes N    timed passes for the speed figures, after one untimed pass (default 2; 0 skips)
        --root DIR    project root (default: -Dnewsdesk.root or the working directory)
        --shared DIR  the shared folder holding corpus/ (default ROOT/../shared)
      """;

  private final Options options;
  private final PrintStream out;

  Evaluation(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  public static void main(String[] args) {
    if (List.of(args).contains("-h") || List.of(args).contains("--help")) {
      System.out.print(USAGE);
      return;
    }
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    try {
      new Evaluation(options, System.out).run();
    } catch (IOException e) {
      // A missing corpus or an unreadable file: the message says which, a stack trace would not add to it.
      System.err.println("evaluation failed: " + e);
      System.exit(1);
    }
  }

  static Options parse(String[] args) {
    String corpus = "all";
    int limit = -1;
    Path report = null;
    int failures = 0;
    List<String> extractors = Candidate.NAMES;
    int passes = 2;
    Path root = Path.of(System.getProperty("newsdesk.root", "."));
    Path shared = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + arg);
      }
      String value = args[++i];
      switch (arg) {
        case "--corpus" -> {
          if (!List.of("trafilatura", "readability", "all").contains(value)) {
            throw new IllegalArgumentException("--corpus must be trafilatura, readability or all");
          }
          corpus = value;
        }
        case "--limit" -> limit = nonNegative(arg, value);
        case "--report" -> report = Path.of(value);
        case "--failures" -> failures = nonNegative(arg, value);
        case "--extractors" -> {
          extractors = List.of(value.split(","));
          extractors.forEach(Candidate::named); // fail on an unknown name before any work
        }
        case "--passes" -> passes = nonNegative(arg, value);
        case "--root" -> root = Path.of(value);
        case "--shared" -> shared = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    root = root.toAbsolutePath().normalize();
    shared = (shared == null ? root.resolve("../shared") : shared).toAbsolutePath().normalize();
    report = report == null ? root.resolve("bench/reports/evaluation.json") : report;
    return new Options(corpus, limit, report, failures, extractors, passes, root, shared);
  }

  private static int nonNegative(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the option's name
    }
    throw new IllegalArgumentException(option + " needs a non-negative number, got " + value);
  }

  void run() throws IOException {
    Path corpus = options.shared().resolve("corpus");
    if (!Files.isDirectory(corpus)) {
      throw new IOException("no corpus at " + corpus + " (expected <root>/../shared/corpus; see --shared)");
    }
    List<Candidate> candidates = options.extractors().stream().map(Candidate::named).toList();
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("generatedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    report.put("commit", System.getProperty("newsdesk.commit", "unknown"));
    report.put("extractCommit", System.getProperty("newsdesk.extractCommit", "unknown"));
    report.put("extractorVersion", Extractor.VERSION);
    report.put("java", System.getProperty("java.version"));
    report.put("corpus", corpus.toString());
    // Timings on a shared machine are only as good as its load; the report says what it was.
    report.put("loadAverageAtStart", loadAverage());
    report.put("options", Map.of("corpus", options.corpus(), "limit", options.limit(),
        "passes", options.passes(), "extractors", options.extractors()));
    out.printf(Locale.ROOT, "Extraction evaluation %s: extractor %s (commit %s, extract branch %s), Java %s%n",
        report.get("generatedAt"), Extractor.VERSION, report.get("commit"), report.get("extractCommit"),
        report.get("java"));
    out.println("extractors: " + candidates.stream().map(c -> c.name() + " = " + c.description()).toList());

    List<RawPage> timedPages = new ArrayList<>();
    if (!options.corpus().equals("readability")) {
      TrafilaturaSet set = TrafilaturaSet.load(corpus.resolve("trafilatura"), options.limit());
      set.cases().forEach(c -> timedPages.add(c.page()));
      List<TrafilaturaSet.Result> results = candidates.stream().map(set::score).toList();
      printTrafilatura(set, results);
      report.put("trafilatura", trafilaturaReport(set, results));
      if (options.failures() > 0) {
        printTrafilaturaFailures(results.get(0), options.failures());
      }
    }
    if (!options.corpus().equals("trafilatura")) {
      ReadabilitySet set = ReadabilitySet.load(corpus.resolve("readability"), options.limit());
      set.pages().forEach(p -> timedPages.add(p.page()));
      List<ReadabilitySet.Result> results = candidates.stream().map(set::score).toList();
      printReadability(set, results);
      report.put("readability", readabilityReport(results));
      if (options.failures() > 0) {
        printReadabilityFailures(results.get(0), options.failures());
      }
    }
    if (options.passes() > 0) {
      double before = loadAverage();
      Map<String, Speed.Timing> speed = Speed.measure(timedPages, candidates, options.passes());
      double after = loadAverage();
      printSpeed(speed, timedPages.size(), before, after);
      Map<String, Object> section = speedReport(speed);
      section.put("loadAverageBefore", before);
      section.put("loadAverageAfter", after);
      report.put("speed", section);
    }
    Path path = options.report();
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(path.toFile(), report);
    out.println("\nreport: " + path);
  }

  private void printTrafilatura(TrafilaturaSet set, List<TrafilaturaSet.Result> results) {
    long with = set.cases().stream().mapToLong(c -> c.with().size()).sum();
    long without = set.cases().stream().mapToLong(c -> c.without().size()).sum();
    out.printf(Locale.ROOT, "%ntrafilatura set: %d pages, %d \"with\" and %d \"without\" segments%n",
        set.cases().size(), with, without);
    out.printf("| %-29s | %6s | %9s | %6s | %8s | %15s | %15s | %15s |%n",
        "extractor", "F1", "precision", "recall", "rejected", "title", "date", "author");
    out.println("|-------------------------------|--------|-----------|--------|----------|"
        + "-----------------|-----------------|-----------------|");
    for (TrafilaturaSet.Result r : results) {
      Confusion c = r.counts();
      out.printf(Locale.ROOT, "| %-29s | %6.3f | %9.3f | %6.3f | %8d | %15s | %15s | %15s |%n",
          r.candidate() + " (this run)", c.f1(), c.precision(), c.recall(), r.rejections().total(),
          tally(r.title()), tally(r.date()), tally(r.author()));
    }
    for (Published p : PUBLISHED) {
      out.printf(Locale.ROOT, "| %-29s | %6.3f | %9s | %6s | %8s | %15s | %15s | %15s |%n",
          p.name() + " (published)", p.f1(), fmt(p.precision()), fmt(p.recall()), "", "", "", "");
    }
    if (options.limit() >= 0) {
      out.println("(published figures are over all 990 pages; this run used --limit " + options.limit() + ")");
    }
    for (TrafilaturaSet.Result r : results) {
      Confusion c = r.counts();
      out.printf("%s: TP %d, FN %d, FP %d, TN %d; rejected %s; errors %d%n", r.candidate(), c.tp(), c.fn(),
          c.fp(), c.tn(), r.rejections().byReason(), r.rejections().errors());
    }
  }

  private void printReadability(ReadabilitySet set, List<ReadabilitySet.Result> results) {
    out.printf("%nReadability test pages: %d pages (accuracies over pages with a gold value: hits/compared)%n",
        set.pages().size());
    out.printf("| %-12s | %7s | %6s | %6s | %15s | %13s | %13s | %13s | %13s | %15s | %15s | %8s |%n",
        "extractor", "body F1", "P", "R", "title", "byline", "byline≈", "siteName", "published", "excerpt",
        "readerable", "rejected");
    out.println("|--------------|---------|--------|--------|-----------------|---------------|---------------|"
        + "---------------|---------------|-----------------|-----------------|----------|");
    for (ReadabilitySet.Result r : results) {
      out.printf(Locale.ROOT,
          "| %-12s | %7.3f | %6.3f | %6.3f | %15s | %13s | %13s | %13s | %13s | %15s | %15s | %8d |%n",
          r.candidate(), r.bodyF1(), r.bodyPrecision(), r.bodyRecall(), tally(r.title()), tally(r.byline()),
          tally(r.bylineLoose()), tally(r.siteName()), tally(r.published()), tally(r.excerpt()),
          tally(r.readerable()), r.rejections().total());
    }
    out.println("body: bag-of-words vs expected.html, mean over the pages Readability calls readerable");
    out.println("byline: gold vs our authors joined by \", \"; byline≈: every gold name's words among our authors'");
  }

  private void printSpeed(Map<String, Speed.Timing> speed, int pages, double loadBefore, double loadAfter) {
    Speed.Timing parse = speed.get(Speed.JSOUP_PARSE);
    out.printf(Locale.ROOT, "%nSpeed: %d pages × %d timed passes after one untimed pass, one thread, "
        + "%d cores, load average %.1f → %.1f%n", pages, options.passes(), Runtime.getRuntime().availableProcessors(),
        loadBefore, loadAfter);
    out.printf("| %-14s | %9s | %8s | %13s |%n", "function", "pages/s", "ms/page", "× Jsoup.parse");
    out.println("|----------------|-----------|----------|---------------|");
    for (Speed.Timing t : speed.values()) {
      out.printf(Locale.ROOT, "| %-14s | %9.1f | %8.3f | %13.2f |%n", t.name(), t.pagesPerSecond(),
          t.millisPerPage(), ratio(t, parse));
    }
  }

  private void printTrafilaturaFailures(TrafilaturaSet.Result r, int n) {
    out.printf("%nWorst %d pages of %s on the trafilatura set (missed + leaked segments):%n", n, r.candidate());
    List<TrafilaturaSet.PageScore> worst = r.perPage().stream()
        .sorted(Comparator.comparingLong((TrafilaturaSet.PageScore p) -> -(p.counts().fn() + p.counts().fp()))
            .thenComparing(TrafilaturaSet.PageScore::url))
        .limit(n).toList();
    int i = 1;
    for (TrafilaturaSet.PageScore p : worst) {
      Confusion c = p.counts();
      out.printf("%3d. %s  [%s]%s%n     missed %d/%d, leaked %d/%d%n", i++, p.url(), p.file(),
          rejectionNote(p.rejection(), p.detail()),
          c.fn(), c.tp() + c.fn(), c.fp(), c.fp() + c.tn());
      p.missed().forEach(s -> out.println("       - " + clip(s)));
      p.leaked().forEach(s -> out.println("       + " + clip(s)));
    }
  }

  private void printReadabilityFailures(ReadabilitySet.Result r, int n) {
    out.printf("%nWorst %d pages of %s on the Readability pages (body token F1, readerable pages):%n", n,
        r.candidate());
    List<ReadabilitySet.PageScore> worst = r.perPage().stream().filter(p -> p.body() != null)
        .sorted(Comparator.comparingDouble((ReadabilitySet.PageScore p) -> p.body().f1())
            .thenComparing(ReadabilitySet.PageScore::name))
        .limit(n).toList();
    int i = 1;
    for (ReadabilitySet.PageScore p : worst) {
      out.printf(Locale.ROOT, "%3d. %-40s F1 %.3f (P %.3f, R %.3f)%s%n", i++, p.name(), p.body().f1(),
          p.body().precision(), p.body().recall(),
          rejectionNote(p.rejection(), p.detail()));
    }
  }

  private Map<String, Object> trafilaturaReport(TrafilaturaSet set, List<TrafilaturaSet.Result> results) {
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("pages", set.cases().size());
    section.put("published", PUBLISHED);
    Map<String, Object> measured = new LinkedHashMap<>();
    for (TrafilaturaSet.Result r : results) {
      Map<String, Object> m = new LinkedHashMap<>();
      Confusion c = r.counts();
      m.put("f1", c.f1());
      m.put("precision", c.precision());
      m.put("recall", c.recall());
      m.put("accuracy", c.accuracy());
      m.put("counts", c);
      m.putAll(rejectionReport(r.rejections()));
      m.put("title", tallyReport(r.title()));
      m.put("date", tallyReport(r.date()));
      m.put("author", tallyReport(r.author()));
      m.put("perPage", r.perPage());
      measured.put(r.candidate(), m);
    }
    section.put("measured", measured);
    return section;
  }

  private Map<String, Object> readabilityReport(List<ReadabilitySet.Result> results) {
    Map<String, Object> measured = new LinkedHashMap<>();
    for (ReadabilitySet.Result r : results) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pages", r.pages());
      m.put("bodyF1", r.bodyF1());
      m.put("bodyPrecision", r.bodyPrecision());
      m.put("bodyRecall", r.bodyRecall());
      m.put("bodyPages", r.bodyPages());
      m.put("title", tallyReport(r.title()));
      m.put("byline", tallyReport(r.byline()));
      m.put("bylineNames", tallyReport(r.bylineLoose()));
      m.put("siteName", tallyReport(r.siteName()));
      m.put("publishedTime", tallyReport(r.published()));
      m.put("excerpt", tallyReport(r.excerpt()));
      m.put("readerable", tallyReport(r.readerable()));
      m.putAll(rejectionReport(r.rejections()));
      m.put("perPage", r.perPage());
      measured.put(r.candidate(), m);
    }
    return Map.of("measured", measured);
  }

  private Map<String, Object> speedReport(Map<String, Speed.Timing> speed) {
    Speed.Timing parse = speed.get(Speed.JSOUP_PARSE);
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("passes", options.passes());
    for (Speed.Timing t : speed.values()) {
      section.put(t.name(), Map.of("pages", t.pages(), "nanos", t.nanos(), "pagesPerSecond", t.pagesPerSecond(),
          "msPerPage", t.millisPerPage(), "ratioToJsoupParse", ratio(t, parse)));
    }
    return section;
  }

  private static String rejectionNote(String rejection, String detail) {
    return rejection == null ? "" : "  rejected: " + rejection + (detail == null ? "" : " (" + detail + ")");
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static Map<String, Object> rejectionReport(Rejections r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rejected", r.total());
    m.put("rejectedByReason", r.byReason());
    m.put("errors", r.errors());
    return m;
  }

  private static Map<String, Object> tallyReport(Tally t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("accuracy", t.accuracy());
    m.put("hits", t.hits());
    m.put("compared", t.total());
    return m;
  }

  private static double ratio(Speed.Timing t, Speed.Timing parse) {
    return parse.nanos() == 0 ? 0 : (double) t.nanos() / parse.nanos();
  }

  static String tally(Tally t) {
    return t.accuracy() == null ? "n/a (0)" : String.format(Locale.ROOT, "%.3f (%d/%d)", t.accuracy(), t.hits(),
        t.total());
  }

  private static String fmt(Double d) {
    return d == null ? "" : String.format(Locale.ROOT, "%.3f", d);
  }

  private static String clip(String s) {
    String one = Fold.whitespace(s);
    return one.length() <= 110 ? one : one.substring(0, 107) + "...";
  }
}
