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

  protected SeenItems seen;

  /** A new, empty store; called before every test. */
  protected abstract SeenItems newStore();

  @BeforeEach
  void freshStore() {
    seen = newStore();
  }

  @Test
  void claimRemembersEveryKeyOfTheItemForThatFeedOnly() {
    assertThat(seen.seen("f", List.of("id#1", "link#1"))).isEmpty();

    assertThat(seen.claim("f", List.of("id#1", "link#1", "hash#1"), AT)).isTrue();

    assertThat(seen.seen("f", List.of("id#2", "link#1", "hash#9"))).containsExactly("link#1");
    assertThat(seen.seen("f", List.of("id#1", "link#1", "hash#1"))).containsExactlyInAnyOrder("id#1", "link#1", "hash#1");
    assertThat(seen.seen("other-feed", List.of("id#1", "link#1", "hash#1"))).isEmpty();
  }

  @Test
  void secondClaimOfTheSameFirstKeyFails() {
    assertThat(seen.claim("f", List.of("id#1"), AT)).isTrue();
    assertThat(seen.claim("f", List.of("id#1", "link#2"), AT)).isFalse();
    // the losing claim wrote none of its other keys
    assertThat(seen.seen("f", List.of("link#2"))).isEmpty();
  }

  @Test
  void releaseMakesTheItemNewAgain() {
    seen.claim("f", List.of("id#1", "link#1"), AT);

    seen.release("f", List.of("id#1", "link#1"));
    seen.release("f", List.of("never-claimed"));

    assertThat(seen.seen("f", List.of("id#1", "link#1"))).isEmpty();
    assertThat(seen.claim("f", List.of("id#1", "link#1"), AT)).isTrue();
  }

  @Test
  void manyKeysAreCheckedAtOnce() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      keys.add("id#" + i);
      if (i % 2 == 0) {
        seen.claim("f", List.of("id#" + i), AT);
      }
    }
    assertThat(seen.seen("f", keys)).hasSize(125).contains("id#0", "id#248").doesNotContain("id#1");
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
