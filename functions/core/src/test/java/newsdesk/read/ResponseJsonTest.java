package newsdesk.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsdesk.article.Article;
import newsdesk.article.ArticleJson;
import newsdesk.article.ArticleSummary;
import newsdesk.article.PlainJson;
import newsdesk.article.Rejection;
import newsdesk.article.Source;
import newsdesk.extract.Extraction;
import newsdesk.extract.Extractor;
import newsdesk.extract.RawPage;
import newsdesk.extract.SharedFolder;
import newsdesk.store.ArticleFixtures;
import newsdesk.testing.RandomInputs;
import newsdesk.testing.RandomInputs.Sample;
import org.junit.jupiter.api.Test;

/**
 * The list, rejection and problem bodies {@link ArticleApi} writes with {@code JsonText} are the
 * bytes its {@code ObjectMapper} trees gave (the code they replaced is kept here as the reference):
 * for the seed story, the all-fields fixture, empty pages and seeded random summaries, rejections
 * and problem texts (nulls, control characters, quotes, non-BMP text, lone surrogates).
 */
class ResponseJsonTest {

  private static final int TRIES = 300;

  @Test
  void listsAreWrittenAsTheMapperWroteThem() throws IOException {
    Path txt = SharedFolder.require("seed/000_2bbcad7a53690741.txt");
    Extraction result = new Extractor().extract(RawPage.of(Files.readAllBytes(txt), txt.getFileName().toString()));
    ArticleSummary seed = ((Extraction.Extracted) result).article().withId("2bbcad7a53690741").summary();
    assertThat(ArticleApi.summaries(List.of(), null)).isEqualTo(mapperList(List.of(), null));
    List<ArticleSummary> known = List.of(seed, ArticleFixtures.full("a1").summary());
    String cursor = Cursor.encode("k", "scope");
    assertThat(ArticleApi.summaries(known, cursor)).isEqualTo(mapperList(known, cursor));
    for (Sample<List<ArticleSummary>> sample : RandomInputs.seeded(20261129L).samples(TRIES,
        r -> r.listOf(0, 5, () -> summary(r)))) {
      String next = sample.tryNumber() % 2 == 0 ? null : Cursor.encode(String.valueOf(sample.tryNumber()), "");
      assertThat(ArticleApi.summaries(sample.value(), next)).as(sample.toString())
          .isEqualTo(mapperList(sample.value(), next));
    }
  }

  @Test
  void rejectionsAreWrittenAsTheMapperWroteThem() {
    for (Sample<List<Rejection>> sample : RandomInputs.seeded(11L).samples(TRIES, r -> r.listOf(0, 4,
        () -> new Rejection(r.chance(0.3) ? null : new Source(text(r), text(r), text(r), text(r), text(r), text(r),
            text(r)), text(r), text(r), text(r), text(r))))) {
      String next = sample.tryNumber() % 2 == 0 ? null : "cursor";
      assertThat(ArticleApi.rejections(sample.value(), next)).as(sample.toString())
          .isEqualTo(mapperList(sample.value(), next));
    }
  }

  @Test
  void problemsAreWrittenAsTheMapperWroteThem() {
    for (Sample<String> sample : RandomInputs.seeded(3L).samples(TRIES, List.of("", "Unknown parameter 'x'."),
        r -> r.anyString(120))) {
      int status = 400 + sample.tryNumber() % 100;
      ObjectNode body = ArticleJson.MAPPER.createObjectNode();
      body.put("type", "about:blank");
      body.put("title", sample.value());
      body.put("status", status);
      body.put("detail", sample.value());
      assertThat(ArticleApi.problem(status, sample.value(), sample.value()).body()).as(sample.toString())
          .isEqualTo(ArticleJson.write(body));
    }
  }

  @Test
  void primingWritesAListAndAnArticle() throws IOException {
    String bodies = ArticleApi.prime();
    String list = bodies.substring(0, bodies.indexOf("}{") + 1);

    assertThat(PlainJson.object(PlainJson.read(list)).get("items")).asList().hasSize(1);
    assertThat(PlainJson.read(bodies.substring(list.length()))).isInstanceOf(Map.class);
  }

  /** What ArticleApi wrote before: a tree of the items and the cursor, written by the mapper. */
  private static String mapperList(List<?> items, String next) {
    ObjectNode body = ArticleJson.MAPPER.createObjectNode();
    body.set("items", ArticleJson.MAPPER.valueToTree(items));
    body.put("next", next);
    return ArticleJson.write(body);
  }

  private static ArticleSummary summary(RandomInputs r) {
    Article full = ArticleFixtures.full(r.string('0', 'f', 1, 16));
    return r.chance(0.1) ? full.summary() : new ArticleSummary(r.string('0', 'f', 1, 16), text(r), text(r), text(r),
        r.listOf(0, 4, () -> r.anyString(30)), text(r), text(r), text(r), r.listOf(0, 4, () -> r.anyString(30)),
        text(r), text(r), text(r), text(r), r.intBetween(Integer.MIN_VALUE, Integer.MAX_VALUE - 1), r.chance(0.5));
  }

  private static String text(RandomInputs r) {
    return r.chance(0.3) ? null : r.anyString(60);
  }
}
