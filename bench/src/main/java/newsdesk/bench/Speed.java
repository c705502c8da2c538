package newsdesk.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import newsdesk.extract.RawPage;

/**
 * Throughput of each candidate over the same in-memory pages, beside a bare {@code Jsoup.parse} of
 * those pages measured in the same process, single thread. Every measured function has had one
 * full untimed pass before timing starts (the candidates get theirs from the scoring run, the
 * parse gets one here). The timed passes interleave the functions page by page, in an order that
 * rotates from page to page, so that load from other processes on a shared machine (and cache
 * warmth from the previous function on the same bytes) falls on all of them alike: the ratio to the
 * parse then stays meaningful even when the absolute pages/s do not.
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

  private record Timed(String name, ToLongFunction<RawPage> run) {}

  // Written after every pass so the JIT cannot drop a parse or an extraction whose result is unused.
  private static volatile long sink;

  private Speed() {}

  /** Times the parse and each candidate; the parse's own warm-up pass runs first, untimed. */
  public static Map<String, Timing> measure(List<RawPage> pages, List<Candidate> candidates, int passes) {
    List<Timed> functions = new ArrayList<>();
    functions.add(new Timed(JSOUP_PARSE, p -> Html.parse(p.bytes(), p.url()).childNodeSize()));
    candidates.forEach(c -> functions.add(new Timed(c.name(), p -> c.run(p).text().length())));
    long acc = 0;
    for (RawPage p : pages) {
      acc += functions.get(0).run().applyAsLong(p);
    }
    int n = functions.size();
    long[] nanos = new long[n];
    for (int pass = 0; pass < passes; pass++) {
      for (int i = 0; i < pages.size(); i++) {
        RawPage page = pages.get(i);
        for (int k = 0; k < n; k++) {
          int f = (k + i + pass) % n;
          long t0 = System.nanoTime();
          acc += functions.get(f).run().applyAsLong(page);
          nanos[f] += System.nanoTime() - t0;
        }
      }
    }
    sink += acc;
    Map<String, Timing> out = new LinkedHashMap<>();
    for (int f = 0; f < n; f++) {
      out.put(functions.get(f).name(), new Timing(functions.get(f).name(), (long) pages.size() * passes, nanos[f]));
    }
    return out;
  }
}
