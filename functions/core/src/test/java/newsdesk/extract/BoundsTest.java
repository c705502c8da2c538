package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import newsdesk.testing.HostilePages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every adversarial page ends as an article or a rejection, and pages over the size limit as the
 * size rejection. The timeout is a hang guard, generous for a loaded machine, not a speed
 * assertion: the measured worst cases are in docs/evaluation.md (newsdesk.bench.BoundsRun).
 */
class BoundsTest {

  static Stream<HostilePages.Case> cases() {
    // 1 MiB pages keep the suite quick; newsdesk.bench.BoundsRun measures them at the 10 MiB limit.
    return HostilePages.all(1 << 20).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsAsAnArticleOrARejection(HostilePages.Case c) {
    byte[] bytes = c.bytes().get();
    Extraction e = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> new Extractor().extract(RawPage.of(bytes, c.name())));
    assertThat(e).as(c.name()).isInstanceOfAny(Extraction.Extracted.class, Extraction.Rejected.class);
    if (c.tooLarge()) {
      assertThat(e).as(c.name()).isInstanceOfSatisfying(Extraction.Rejected.class,
          r -> assertThat(r.reason()).isEqualTo(RejectReason.TOO_LARGE));
    } else if (e instanceof Extraction.Rejected r) {
      // Below the limit a page is judged on its content: a size rejection or a crash would be a bug.
      assertThat(r.reason()).as(c.name() + ": " + r.detail()).isNotIn(RejectReason.TOO_LARGE, RejectReason.UNREADABLE);
    }
  }
}
