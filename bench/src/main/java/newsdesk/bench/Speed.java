package newsdesk.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.extract.RawPage;

/**
 * Throughput of each candidate over the same in-memory pages, beside a bare {@code Jsoup.parse} of
 * those pages measured in the same process, single thread. Every measured function has had one
 * full untimed pass before timing starts (the candidates get theirs from the scoring run, the
 * parse gets one here); then {@code passes} timed passes alternate parse and candidates, so a
 * drift in machine load hits all of them alike. The ratio to the parse says how much an
 * extractor costs beyond reading the HTML, which is more stable across machines than pages/s.
 */
public final class Speed {

  /** The parse reference's name in results. */
  public static final String JSOUP_PARSE = "jsoup-parse";

  /** Total pages processed and wall time spent by one function over all timed passes. */
  public record Timing(String name, long pages, long nanos) {

    public double pagesPerSecond() {
      return nanos == 0 ? 0 : pages * 1e9 / nanos;
    }

    public double millisPerPage() {
      return pages == 0 ? 0 : nanos / 1e6 / pages;
    }
  }

  // Written after every page so the JIT cannot drop a parse or an extraction whose result is unused.
  private static volatile long sink;

  private Speed() {}

  /** Times the parse and each candidate; the parse's own warm-up pass runs first, untimed. */
  public static Map<String, Timing> measure(List<RawPage> pages, List<Candidate> candidates, int passes) {
    parseAll(pages);
    Map<String, Long> nanos = new LinkedHashMap<>();
    nanos.put(JSOUP_PARSE, 0L);
    candidates.forEach(c -> nanos.put(c.name(), 0L));
    for (int pass = 0; pass < passes; pass++) {
      long t0 = System.nanoTime();
      parseAll(pages);
      nanos.merge(JSOUP_PARSE, System.nanoTime() - t0, Long::sum);
      for (Candidate c : candidates) {
        long t1 = System.nanoTime();
        extractAll(pages, c);
        nanos.merge(c.name(), System.nanoTime() - t1, Long::sum);
      }
    }
    Map<String, Timing> out = new LinkedHashMap<>();
    nanos.forEach((name, ns) -> out.put(name, new Timing(name, (long) pages.size() * passes, ns)));
    return out;
  }

  private static void parseAll(List<RawPage> pages) {
    long acc = 0;
    for (RawPage p : pages) {
      acc += Html.parse(p.bytes(), p.url()).childNodeSize();
    }
    sink += acc;
  }

  private static void extractAll(List<RawPage> pages, Candidate candidate) {
    long acc = 0;
    for (RawPage p : pages) {
      acc += candidate.run(p).text().length();
    }
    sink += acc;
  }
}
