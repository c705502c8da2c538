package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Credits#nobody()} answers what {@code equals(Credits.NONE)} answers. */
class CreditsTest {

  @Test
  void nobodyIsEqualityWithNoneForEveryMixOfEmptyAbsentAndNamedRoles() {
    List<List<String>> roles = new ArrayList<>();
    roles.add(null);
    roles.add(List.of());
    roles.add(List.of("Jane Doe"));
    for (List<String> a : roles) {
      for (List<String> w : roles) {
        for (List<String> e : roles) {
          for (List<String> c : roles) {
            Credits credits = new Credits(a, w, e, c);
            assertThat(credits.nobody()).as("%s", credits).isEqualTo(credits.equals(Credits.NONE));
          }
        }
      }
    }
    assertThat(Credits.NONE.nobody()).isTrue();
  }
}
