package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import newsdesk.article.ArticleJson;
import newsdesk.article.ArticleSummary;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

class CompactSummaryTest {

  @Test
  void rebuildsTheSameSummaryItWasMadeFrom() {
    RandomInputs random = RandomInputs.seeded(5);
    ArticleSummary full = ArticleFixtures.full("a1").summary();
    ArticleSummary empty = new ArticleSummary("e", null, null, null, List.of(), null, null, null, List.of(), null,
        null, null, null, 0, false);
    for (var sample : random.samples(300, List.of(full, empty), r -> new ArticleSummary(
        r.string('0', 'f', 1, 40), maybe(r), maybe(r), maybe(r), r.listOf(0, 12, () -> r.anyString(30)), maybe(r),
        maybe(r), maybe(r), r.listOf(0, 12, () -> r.anyString(30)), maybe(r), maybe(r), maybe(r), maybe(r),
        r.intBetween(0, Integer.MAX_VALUE - 1), r.chance(0.5)))) {
      ArticleSummary summary = sample.value();
      String compact = CompactSummary.encode(summary);

      assertThat(CompactSummary.decode(summary.id(), compact)).as(sample.toString()).isEqualTo(summary);
      // What the API sends is written from the rebuilt record: it must be the same document, byte for byte.
      assertThat(ArticleJson.write(CompactSummary.decode(summary.id(), compact))).as(sample.toString())
          .isEqualTo(ArticleJson.write(summary));
    }
  }

  @Test
  void isSmallerThanTheJsonObjectByItsFieldNamesAndId() {
    ArticleSummary summary = ArticleFixtures.full("2bbcad7a53690741").summary();

    int json = ArticleJson.write(summary).length();
    int compact = CompactSummary.encode(summary).length();

    assertThat(json - compact).isGreaterThan(150);
  }

  @Test
  void readsSummariesStoredAsJsonObjectsBeforeTheCompactForm() {
    ArticleSummary summary = ArticleFixtures.full("a1").summary();

    assertThat(CompactSummary.decode("a1", ArticleJson.write(summary))).isEqualTo(summary);
  }

  @Test
  void toleratesFieldsAddedLaterAndRefusesSomethingElse() {
    String compact = CompactSummary.encode(ArticleFixtures.full("a1").summary());
    String withAFutureField = compact.substring(0, compact.length() - 1) + ",\"later\",[1,{\"x\":2}]]";

    assertThat(CompactSummary.decode("a1", withAFutureField)).isEqualTo(ArticleFixtures.full("a1").summary());
    assertThatThrownBy(() -> CompactSummary.decode("a1", "\"text\"")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CompactSummary.decode("a1", "[\"u\", 3")).isInstanceOf(IllegalArgumentException.class);
  }

  private static String maybe(RandomInputs r) {
    return r.chance(0.2) ? null : r.anyString(80);
  }
}
