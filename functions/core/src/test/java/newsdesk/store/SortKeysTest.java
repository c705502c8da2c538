package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SortKeysTest {

  private static final Instant AT = Instant.parse("2022-02-01T10:00:00Z");

  @Test
  void articleKeyIsFixedWidthUtcThenId() {
    assertThat(SortKeys.article(ArticleFixtures.published("x", "2022-01-27"), AT))
        .isEqualTo("2022-01-27T00:00:00.000Z#x");
    assertThat(SortKeys.article(ArticleFixtures.published("x", "2022-01-27T09:30:00+01:00"), AT))
        .isEqualTo("2022-01-27T08:30:00.000Z#x");
    assertThat(SortKeys.article(ArticleFixtures.published("x", "2022-01-27T09:30:15.123456Z"), AT))
        .isEqualTo("2022-01-27T09:30:15.123Z#x");
    assertThat(SortKeys.article(ArticleFixtures.published("x", "2022-01-27T09:30"), AT))
        .isEqualTo("2022-01-27T09:30:00.000Z#x");
    assertThat(SortKeys.article(ArticleFixtures.published("x", null), AT)).isEqualTo("2022-02-01T10:00:00.000Z#x");
  }

  @Test
  void outOfRangeYearsAreClampedToKeepTheWidth() {
    assertThat(SortKeys.instant(Instant.parse("+12022-01-01T00:00:00Z"))).isEqualTo("9999-12-31T23:59:59.999Z");
    assertThat(SortKeys.instant(Instant.parse("-0001-01-01T00:00:00Z"))).isEqualTo("0000-01-01T00:00:00.000Z");
  }

  @Test
  void articleIdComesBackOutOfTheKeyEvenWithHashes() {
    assertThat(SortKeys.articleId("2022-01-27T00:00:00.000Z#a#b")).isEqualTo("a#b");
    assertThatThrownBy(() -> SortKeys.articleId("2022-01-27#a")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SortKeys.articleId("2022-13-27T00:00:00.000Z#a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SortKeys.articleId("2022-01-27T00:00:00.000Z#")).isInstanceOf(IllegalArgumentException.class);
  }
}
