package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.stream.Stream;
import newsdesk.testing.HostilePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page that would outlast its time budget becomes a {@code too-complex} rejection, whichever
 * engine and loop it is in; the budget of one extraction does not leak into the next.
 */
class DeadlineTest {

  static Stream<HostilePages.Case> pagesBelowTheSizeLimit() {
    // 64 KiB is enough for every shape to reach the engines' loops.
    return HostilePages.all(64 << 10).stream().filter(c -> !c.tooLarge());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pagesBelowTheSizeLimit")
  void aSpentBudgetRejectsThePageAsTooComplex(HostilePages.Case c) {
    Extraction e = new Extractor(Duration.ZERO).extract(RawPage.of(c.bytes().get(), c.name()));

    assertThat(e).as(c.name()).isInstanceOfSatisfying(Extraction.Rejected.class, r -> {
      assertThat(r.reason()).isEqualTo(RejectReason.TOO_COMPLEX);
      assertThat(r.reason().code()).isEqualTo("too-complex");
      assertThat(r.detail()).isEqualTo("extraction exceeded its 0 ms budget");
    });
  }

  @Test
  void theCallersLimitWinsWhenItIsSmallerThanTheBudget() throws Exception {
    byte[] seed = Files.readAllBytes(SharedFolder.require("seed/000_2bbcad7a53690741.txt"));
    Extractor extractor = new Extractor();

    Extraction limited = extractor.extract(RawPage.of(seed, "seed.txt"), Duration.ofMillis(-5));
    Extraction unlimited = extractor.extract(RawPage.of(seed, "seed.txt"), Duration.ofDays(1));

    assertThat(limited).isInstanceOfSatisfying(Extraction.Rejected.class,
        r -> assertThat(r.reason()).isEqualTo(RejectReason.TOO_COMPLEX));
    // The default budget still bounds a caller that offers more, and a normal page is far inside it.
    assertThat(unlimited).isInstanceOf(Extraction.Extracted.class);
    assertThat(extractor.budget()).isEqualTo(Extractor.DEFAULT_BUDGET);
  }

  @Test
  void aSpentBudgetDoesNotLeakIntoTheNextExtractionOnTheThread() throws Exception {
    byte[] seed = Files.readAllBytes(SharedFolder.require("seed/000_2bbcad7a53690741.txt"));

    new Extractor(Duration.ZERO).extract(RawPage.of(seed, "seed.txt"));
    Deadline.check();

    assertThat(new Extractor().extract(RawPage.of(seed, "seed.txt"))).isInstanceOf(Extraction.Extracted.class);
  }

  @Test
  void theBudgetIsNamedInTheUnitAReaderExpects() {
    assertThat(Deadline.describe(Duration.ofSeconds(20))).isEqualTo("20 s");
    assertThat(Deadline.describe(Duration.ofMillis(1500))).isEqualTo("1500 ms");
    assertThat(Deadline.describe(Duration.ZERO)).isEqualTo("0 ms");
  }
}
