package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SeenItems} must do, run against each implementation by a subclass that supplies
 * a fresh, empty store per test.
 */
public abstract class SeenItemsContract {

  private static final Instant AT = Instant.parse("2022-02-01T10:00:00Z");
  private static final Instant WITHIN_LEASE = AT.plus(SeenItems.LEASE).minusMillis(1);
  private static final Instant LAPSED = AT.plus(SeenItems.LEASE).plusMillis(1);

  protected SeenItems seen;

  /** A new, empty store; called before every test. */
  protected abstract SeenItems newStore();

  @BeforeEach
  void freshStore() {
    seen = newStore();
  }

  @Test
  void aClaimIsSeenUnderEveryKeyForThatFeedOnly() {
    assertThat(seen.seen("f", List.of("id#1", "link#1"), AT)).isEmpty();

    assertThat(seen.claim("f", List.of("id#1", "link#1", "hash#1"), AT)).isTrue();

    assertThat(seen.seen("f", List.of("id#2", "link#1", "hash#9"), AT)).containsExactly("link#1");
    assertThat(seen.seen("f", List.of("id#1", "link#1", "hash#1"), WITHIN_LEASE))
        .containsExactlyInAnyOrder("id#1", "link#1", "hash#1");
    assertThat(seen.seen("other-feed", List.of("id#1", "link#1", "hash#1"), AT)).isEmpty();
  }

  @Test
  void secondClaimOfTheSameFirstKeyFailsWithinTheLease() {
    assertThat(seen.claim("f", List.of("id#1"), AT)).isTrue();
    assertThat(seen.claim("f", List.of("id#1", "link#2"), WITHIN_LEASE)).isFalse();
    // the losing claim wrote none of its other keys
    assertThat(seen.seen("f", List.of("link#2"), AT)).isEmpty();
  }

  @Test
  void anUnconfirmedClaimLapsesAfterTheLease() {
    seen.claim("f", List.of("id#1", "link#1"), AT);

    assertThat(seen.seen("f", List.of("id#1", "link#1"), LAPSED)).isEmpty();
    assertThat(seen.claim("f", List.of("id#1", "link#1"), LAPSED)).isTrue();
    assertThat(seen.claim("f", List.of("id#1", "link#1"), LAPSED)).isFalse();
  }

  @Test
  void aConfirmedClaimIsSeenForGood() {
    seen.claim("f", List.of("id#1", "link#1"), AT);
    seen.confirm("f", List.of("id#1", "link#1"), AT);

    Instant muchLater = AT.plus(SeenItems.LEASE.multipliedBy(1000));
    assertThat(seen.seen("f", List.of("id#1", "link#1"), muchLater)).containsExactlyInAnyOrder("id#1", "link#1");
    assertThat(seen.claim("f", List.of("id#1"), muchLater)).isFalse();
  }

  @Test
  void releaseMakesTheItemNewAgain() {
    seen.claim("f", List.of("id#1", "link#1"), AT);

    seen.release("f", List.of("id#1", "link#1"));
    seen.release("f", List.of("never-claimed"));

    assertThat(seen.seen("f", List.of("id#1", "link#1"), AT)).isEmpty();
    assertThat(seen.claim("f", List.of("id#1", "link#1"), AT)).isTrue();
  }

  @Test
  void manyKeysAreCheckedAtOnce() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      keys.add("id#" + i);
      if (i % 2 == 0) {
        seen.claim("f", List.of("id#" + i), AT);
        seen.confirm("f", List.of("id#" + i), AT);
      }
    }
    assertThat(seen.seen("f", keys, AT)).hasSize(125).contains("id#0", "id#248").doesNotContain("id#1");
  }

  @Test
  void concurrentClaimsOfOneItemHaveExactlyOneWinner() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        claims.add(() -> seen.claim("f", List.of("id#race", "link#race"), AT));
      }
      int winners = 0;
      for (Future<Boolean> result : pool.invokeAll(claims)) {
        winners += result.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
