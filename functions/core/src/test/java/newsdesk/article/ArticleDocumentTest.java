package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import newsdesk.extract.Extraction;
import newsdesk.extract.Extractor;
import newsdesk.extract.RawPage;
import newsdesk.extract.SharedFolder;
import newsdesk.store.ArticleFixtures;
import newsdesk.testing.RandomInputs;
import newsdesk.testing.RandomInputs.Sample;
import org.junit.jupiter.api.Test;

/**
 * The streaming writer stores exactly what the databind mapping wrote before it: same bytes, hence
 * the same tree, for the seed article, the all-fields fixture and seeded random articles, summaries
 * and rejections (nulls, empty lists, control characters, non-BMP text, every block shape).
 */
class ArticleDocumentTest {

  private static final int TRIES = 300;

  @Test
  void theSeedArticleIsStoredAsTheMapperWroteIt() throws IOException {
    Path txt = SharedFolder.require("seed/000_2bbcad7a53690741.txt");
    Extraction result = new Extractor().extract(RawPage.of(Files.readAllBytes(txt), txt.getFileName().toString()));
    Article seed = ((Extraction.Extracted) result).article()
        .withId("2bbcad7a53690741")
        .withSource(new Source("newsdesk-raw", "incoming/seed.txt", "v1", "\"etag\"", "text/plain", null, null));
    assertSameDocument(seed);
    assertSameSummary(seed.summary());
  }

  @Test
  void theAllFieldsFixtureIsStoredAsTheMapperWroteIt() {
    Article full = ArticleFixtures.full("a1b2c3");
    assertSameDocument(full);
    assertSameSummary(full.summary());
  }

  @Test
  void randomArticlesAreStoredAsTheMapperWroteThem() {
    RandomInputs random = RandomInputs.seeded(20261128L);
    for (Sample<Article> sample : random.samples(TRIES, ArticleDocumentTest::article)) {
      Article article = sample.value();
      assertSameOrBothRefuse(sample, () -> new String(ArticleJson.writeBytes(article), StandardCharsets.UTF_8),
          () -> new String(ArticleDocument.bytes(article), StandardCharsets.UTF_8));
      assertSameOrBothRefuse(sample, () -> ArticleJson.write(article.summary()),
          () -> ArticleDocument.summary(article.summary()));
    }
  }

  @Test
  void randomRejectionsAreStoredAsTheMapperWroteThem() {
    RandomInputs random = RandomInputs.seeded(7L);
    for (Sample<Rejection> sample : random.samples(TRIES, r -> new Rejection(source(r), text(r), text(r), text(r),
        text(r)))) {
      assertSameOrBothRefuse(sample, () -> ArticleJson.write(sample.value()),
          () -> ArticleDocument.rejection(sample.value()));
    }
  }

  @Test
  void anArticleWithNothingButDefaultsIsStoredAsTheMapperWroteIt() {
    Article empty = new Article(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, false, 0, null, null, null, null);
    assertSameDocument(empty);
    assertSameSummary(empty.summary());
  }

  @Test
  void randomArticlesAreSentAsTheMapperWroteThemAndReadBackAsItReadThem() throws IOException {
    RandomInputs random = RandomInputs.seeded(20261129L);
    for (Sample<Article> sample : random.samples(TRIES, ArticleDocumentTest::article)) {
      Article article = sample.value();
      assertThat(ArticleDocument.text(article)).as(sample.toString()).isEqualTo(ArticleJson.write(article));
      byte[] stored;
      try {
        stored = ArticleJson.writeBytes(article);
      } catch (UncheckedIOException unwritable) {
        continue; // a lone surrogate: never stored (randomArticlesAreStoredAsTheMapperWroteThem)
      }
      assertThat(ArticleDocument.readArticle(stored)).as(sample.toString())
          .isEqualTo(ArticleJson.read(stored, Article.class));
      String summary = ArticleJson.write(article.summary());
      assertThat(ArticleDocument.readSummary(PlainJson.read(summary))).as(sample.toString())
          .isEqualTo(ArticleJson.read(summary, ArticleSummary.class));
    }
  }

  @Test
  void theSeedAndTheFixturesAreReadBackAsTheMapperReadThem() throws IOException {
    Path txt = SharedFolder.require("seed/000_2bbcad7a53690741.txt");
    Extraction result = new Extractor().extract(RawPage.of(Files.readAllBytes(txt), txt.getFileName().toString()));
    Article seed = ((Extraction.Extracted) result).article().withId("2bbcad7a53690741");
    Article empty = new Article(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, false, 0, null, null, null, null);
    for (Article article : List.of(seed, ArticleFixtures.full("a1b2c3"), empty)) {
      byte[] stored = ArticleDocument.bytes(article);
      assertThat(ArticleDocument.readArticle(stored)).isEqualTo(ArticleJson.read(stored, Article.class))
          .isEqualTo(article);
      assertThat(ArticleDocument.text(article)).isEqualTo(ArticleJson.write(article));
    }
  }

  @Test
  void documentsOfEarlierOrLaterVersionsAreReadAsTheMapperReadThem() throws IOException {
    // Absent fields (an older document), unknown ones (a newer one), nulls where lists belong, and
    // scalars where text belongs, which the mapper coerces to text.
    for (String json : List.of("{}", "{\"id\":\"x\",\"later\":{\"a\":[1,2]},\"authors\":null,\"body\":null}",
        "{\"title\":12,\"subtitle\":true,\"wordCount\":7,\"truncated\":true,\"credits\":{\"writing\":[\"A\"]}}",
        "{\"body\":[{\"type\":\"list\",\"items\":[\"a\",\"b\"],\"extra\":1}],\"source\":{\"key\":\"k\"},"
            + "\"extractor\":{\"version\":\"1\"},\"image\":{\"url\":\"u\"},\"captions\":[{\"text\":\"c\"}]}")) {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      assertThat(ArticleDocument.readArticle(bytes)).as(json).isEqualTo(ArticleJson.read(bytes, Article.class));
      assertThat(ArticleDocument.readSummary(PlainJson.read(json))).as(json)
          .isEqualTo(ArticleJson.read(json, ArticleSummary.class));
    }
  }

  @Test
  void documentsOfAnotherShapeAreRefusedAsTheMapperRefusedThem() {
    for (String json : List.of("{\"title\":{}}", "{\"authors\":\"A\"}", "{\"authors\":[[\"A\"]]}",
        "{\"body\":{}}", "{\"image\":[]}", "{\"truncated\":[]}", "{\"wordCount\":[]}", "[]", "\"text\"",
        "{\"id\":", "")) {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> ArticleJson.read(bytes, Article.class)).as(json).isInstanceOf(UncheckedIOException.class);
      assertThatThrownBy(() -> ArticleDocument.readArticle(bytes)).as(json).isInstanceOf(IOException.class);
    }
  }

  @Test
  void nullItemsInListsAreRefusedWithAnIoException() {
    // The records' lists hold no nulls: a document that has one was not written here.
    for (String json : List.of("{\"authors\":[null]}", "{\"body\":[null]}", "{\"captions\":[null]}",
        "{\"tags\":[\"a\",null]}")) {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> ArticleDocument.readArticle(bytes)).as(json).isInstanceOf(IOException.class);
    }
  }

  /** Same text; or, for a lone surrogate (not UTF-8), both writers refuse and neither stores something else. */
  private static void assertSameOrBothRefuse(Sample<?> sample, Supplier<String> mapper, Supplier<String> streaming) {
    String expected;
    try {
      expected = mapper.get();
    } catch (UncheckedIOException unwritable) {
      assertThatThrownBy(streaming::get).as(sample.toString()).isInstanceOf(UncheckedIOException.class);
      return;
    }
    assertThat(streaming.get()).as(sample.toString()).isEqualTo(expected);
  }

  private static void assertSameDocument(Article article) {
    assertThat(new String(ArticleDocument.bytes(article), StandardCharsets.UTF_8))
        .isEqualTo(new String(ArticleJson.writeBytes(article), StandardCharsets.UTF_8));
  }

  private static void assertSameSummary(ArticleSummary summary) {
    assertThat(ArticleDocument.summary(summary)).isEqualTo(ArticleJson.write(summary));
  }

  private static Article article(RandomInputs r) {
    return new Article(text(r), text(r), text(r), text(r), strings(r), text(r), text(r), text(r), strings(r), text(r),
        text(r), text(r), text(r), text(r), maybe(r, () -> new Image(text(r), text(r), text(r))),
        maybe(r, () -> r.listOf(0, 6, () -> block(r))), r.chance(0.2) ? null : r.anyString(200),
        maybe(r, () -> r.listOf(0, 3, () -> new Caption(text(r), text(r), text(r)))),
        maybe(r, () -> new Credits(strings(r), strings(r), strings(r), strings(r))), r.chance(0.5),
        r.intBetween(Integer.MIN_VALUE, Integer.MAX_VALUE - 1), text(r), text(r), maybe(r, () -> source(r)),
        maybe(r, () -> new ExtractorInfo(text(r), strings(r))));
  }

  private static Block block(RandomInputs r) {
    Function<RandomInputs, Block> shape = r.oneOf(
        x -> Block.paragraph(text(x)),
        x -> Block.heading(text(x)),
        x -> Block.list(x.listOf(0, 4, () -> x.anyString(20))),
        x -> Block.figure(text(x), text(x), text(x)),
        x -> new Block(text(x), text(x), maybe(x, () -> strings(x)), text(x), text(x), text(x)));
    return shape.apply(r);
  }

  private static Source source(RandomInputs r) {
    return maybe(r, () -> new Source(text(r), text(r), text(r), text(r), text(r), text(r), text(r)));
  }

  private static List<String> strings(RandomInputs r) {
    return maybe(r, () -> r.listOf(0, 4, () -> r.anyString(30)));
  }

  /** Null a third of the time, else any text (control characters, non-BMP, sometimes a lone surrogate). */
  private static String text(RandomInputs r) {
    return maybe(r, () -> r.anyString(40));
  }

  private static <T> T maybe(RandomInputs r, Supplier<T> value) {
    return r.chance(0.3) ? null : value.get();
  }
}
