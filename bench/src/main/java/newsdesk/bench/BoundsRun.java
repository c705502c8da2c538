package newsdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import newsdesk.extract.Extraction;
import newsdesk.extract.Extractor;
import newsdesk.extract.RawPage;
import newsdesk.testing.HostilePages;

/**
 * Benchmark, not a test: the worst time and peak heap of extracting each adversarial page of
 * {@link HostilePages} at the size limit (pages filled to just under 10 MiB), the bounds that
 * docs/evaluation.md states. Each page is extracted {@code runs} times after one warm-up extraction
 * of a small page; printed are the slowest run and the heap peak over the runs (page bytes
 * included; the sum of each heap pool's peak after a GC and a reset, so an upper bound).
 *
 * <p>Run: {@code java -Xmx1g -cp "bench/target/classes:bench/target/lib/*" newsdesk.bench.BoundsRun [runs]}.
 */
public final class BoundsRun {

  private BoundsRun() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Extractor extractor = new Extractor();
    // Warm the extractor's classes and JIT on ordinary pages so the first case does not pay for it.
    for (HostilePages.Case c : HostilePages.all(64 * 1024)) {
      extractor.extract(RawPage.of(c.bytes().get(), c.name()));
    }
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.out.printf("max heap %d MB, %d runs per case, load average %.1f%n%n", Runtime.getRuntime().maxMemory() >> 20,
        runs, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println("| case | bytes | result | worst s | peak heap MB |");
    System.out.println("| --- | --- | --- | --- | --- |");
    for (HostilePages.Case c : HostilePages.all(HostilePages.NEAR_LIMIT)) {
      byte[] bytes = c.bytes().get();
      long worst = 0;
      Extraction result = null;
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      for (int i = 0; i < runs; i++) {
        long t0 = System.nanoTime();
        result = extractor.extract(RawPage.of(bytes, c.name()));
        worst = Math.max(worst, System.nanoTime() - t0);
      }
      long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      String outcome = result instanceof Extraction.Rejected r ? "rejected " + r.reason().code()
          : "article, " + ((Extraction.Extracted) result).article().wordCount() + " words";
      System.out.printf("| %s | %,d | %s | %.2f | %d |%n", c.name(), bytes.length, outcome, worst / 1e9, peak >> 20);
    }
  }
}
