package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import newsdesk.extract.Extractor;
import newsdesk.extract.RawPage;
import org.junit.jupiter.api.Test;

/**
 * Priming shares the extractor with the events, and nothing stops another thread (a local stack,
 * a future handler) from extracting while it runs: the extraction must be the same as it is alone. Pages are
 * extracted on several threads at once beside priming, in different orders, round after round,
 * so that the extraction's memos are filled and read from several threads at the same time.
 */
class ConcurrentPrimingTest {

  @Test
  void pagesExtractedWhilePrimingRunsAreThePagesExtractedAlone() throws Exception {
    List<RawPage> pages = fixturePages();
    assertThat(pages).hasSizeGreaterThan(10);
    Extractor extractor = new Extractor();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<String> alone = new ArrayList<>();
      List<Callable<Object>> round = new ArrayList<>();
      round.add(() -> Ingestion.prime(extractor, Clock.systemUTC()));
      round.add(() -> extractAll(extractor, pages, false));
      round.add(() -> extractAll(extractor, pages, true));
      round.add(() -> Ingestion.prime(new Extractor(), Clock.systemUTC()));
      for (int i = 0; i < 5; i++) {
        List<Future<Object>> results = threads.invokeAll(round);
        assertThat(results.get(0).get()).isEqualTo(2);
        assertThat(results.get(3).get()).isEqualTo(2);
        @SuppressWarnings("unchecked")
        List<String> inOrder = (List<String>) results.get(1).get();
        @SuppressWarnings("unchecked")
        List<String> reversed = new ArrayList<>((List<String>) results.get(2).get());
        Collections.reverse(reversed);
        if (alone.isEmpty()) {
          alone.addAll(extractAll(new Extractor(), pages, false));
        }
        assertThat(inOrder).containsExactlyElementsOf(alone);
        assertThat(reversed).containsExactlyElementsOf(alone);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static List<String> extractAll(Extractor extractor, List<RawPage> pages, boolean backwards) {
    List<RawPage> order = new ArrayList<>(pages);
    if (backwards) {
      Collections.reverse(order);
    }
    List<String> extractions = new ArrayList<>();
    for (RawPage page : order) {
      extractions.add(extractor.extract(page).toString());
    }
    return extractions;
  }

  /** The extraction fixtures, HTML and plain text, each extracted as it would arrive. */
  private static List<RawPage> fixturePages() throws IOException {
    List<RawPage> pages = new ArrayList<>();
    for (String kind : List.of("html", "text")) {
      try (Stream<Path> files = Files.list(Path.of("src/test/resources/newsdesk/extract", kind))) {
        for (Path file : files.sorted().toList()) {
          pages.add(RawPage.of(Files.readAllBytes(file), file.getFileName().toString()));
        }
      }
    }
    return pages;
  }
}
