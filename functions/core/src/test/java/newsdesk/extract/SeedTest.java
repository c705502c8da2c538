package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsdesk.article.Article;
import newsdesk.article.ArticleJson;
import newsdesk.article.Block;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed document must come out exactly as its expected JSON says, field by field. */
class SeedTest {

  private static Article article;
  private static JsonNode expected;

  @BeforeAll
  static void extract() throws IOException {
    Path txt = SharedFolder.require("seed/000_2bbcad7a53690741.txt");
    expected = ArticleJson.MAPPER.readTree(Files.readAllBytes(SharedFolder.require("seed/000_2bbcad7a53690741.expected.json")));
    Extraction result = new Extractor().extract(RawPage.of(Files.readAllBytes(txt), txt.getFileName().toString()));
    assertThat(result).isInstanceOf(Extraction.Extracted.class);
    article = ((Extraction.Extracted) result).article();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<Block> blocks(String type) {
    return article.body().stream().filter(b -> type.equals(b.type())).toList();
  }

  @Test
  void title() {
    assertThat(article.title()).isEqualTo(expected.get("title").asText());
  }

  @Test
  void authors() {
    assertThat(article.authors()).containsExactlyElementsOf(strings(expected.get("authors")));
  }

  @Test
  void publisher() {
    assertThat(article.publisher()).isEqualTo(expected.get("publisher").asText());
  }

  @Test
  void host() {
    assertThat(article.host()).isEqualTo(expected.get("host").asText());
  }

  @Test
  void section() {
    assertThat(article.section()).isEqualTo(expected.get("section").asText());
  }

  @Test
  void published() {
    assertThat(article.published()).isEqualTo(expected.get("published").asText());
  }

  @Test
  void dateline() {
    assertThat(expected.get("dateline").isNull()).isTrue();
    assertThat(article.dateline()).isNull();
  }

  @Test
  void headings() {
    assertThat(blocks(Block.HEADING)).extracting(Block::text).containsExactlyElementsOf(strings(expected.get("headings")));
  }

  @Test
  void captions() {
    JsonNode captions = expected.get("captions");
    assertThat(article.captions()).hasSize(captions.size());
    for (int i = 0; i < captions.size(); i++) {
      assertThat(article.captions().get(i).text()).as("caption %d text", i).isEqualTo(captions.get(i).get("text").asText());
      assertThat(article.captions().get(i).credit()).as("caption %d credit", i).isEqualTo(captions.get(i).get("credit").asText());
    }
  }

  @Test
  void credits() {
    JsonNode credits = expected.get("credits");
    assertThat(article.credits().additionalReporting()).containsExactlyElementsOf(strings(credits.get("additionalReporting")));
    assertThat(article.credits().writing()).containsExactlyElementsOf(strings(credits.get("writing")));
    assertThat(article.credits().editing()).containsExactlyElementsOf(strings(credits.get("editing")));
    assertThat(article.credits().contributors()).containsExactlyElementsOf(strings(credits.get("contributors")));
  }

  @Test
  void notTruncated() {
    assertThat(article.truncated()).isEqualTo(expected.get("truncated").asBoolean());
  }

  @Test
  void paragraphs() {
    List<Block> paragraphs = blocks(Block.PARAGRAPH);
    assertThat(paragraphs.get(0).text()).isEqualTo(expected.get("firstParagraph").asText());
    assertThat(paragraphs.get(paragraphs.size() - 1).text()).isEqualTo(expected.get("lastParagraph").asText());
    assertThat(paragraphs).hasSize(expected.get("paragraphCount").asInt());
  }

  @Test
  void derivedFields() {
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.text()).doesNotContain("REUTERS/").doesNotContain("Sign up").contains("FRAGILE DIPLOMACY");
    assertThat(article.wordCount()).isBetween(800, 1200);
    assertThat(article.contentHash()).matches("[0-9a-f]{64}");
    assertThat(article.id()).matches("[0-9a-f]{16}");
    assertThat(article.source()).isNull();
    assertThat(article.extractor().version()).isEqualTo(Extractor.VERSION);
  }

  @Test
  void sameBytesSameId() throws IOException {
    byte[] bytes = Files.readAllBytes(SharedFolder.require("seed/000_2bbcad7a53690741.txt"));
    Article again = ((Extraction.Extracted) new Extractor().extract(RawPage.of(bytes, "other-name"))).article();
    assertThat(again.id()).isEqualTo(article.id());
    assertThat(again.contentHash()).isEqualTo(article.contentHash());
  }
}
