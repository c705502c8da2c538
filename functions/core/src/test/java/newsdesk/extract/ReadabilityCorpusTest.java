package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsdesk.article.Article;
import newsdesk.article.ArticleJson;
import org.junit.jupiter.api.Test;

/**
 * A quality floor on Mozilla Readability's 130 real pages (read from the shared corpus, skipped when
 * absent): every page extracts or is rejected without error, readerable pages are mostly accepted,
 * and titles mostly match Readability's (whose own expectations keep some site names we remove).
 */
class ReadabilityCorpusTest {

  @Test
  void titlesAndAcceptanceStayAboveTheFloor() throws IOException {
    Path pages = SharedFolder.require("corpus/readability/pages");
    List<Path> dirs;
    try (Stream<Path> list = Files.list(pages)) {
      dirs = list.filter(p -> Files.exists(p.resolve("source.html"))).sorted().toList();
    }
    int readerable = 0;
    int accepted = 0;
    int titled = 0;
    int titleMatches = 0;
    Extractor extractor = new Extractor();
    for (Path dir : dirs) {
      JsonNode expected = ArticleJson.MAPPER.readTree(dir.resolve("expected-metadata.json").toFile());
      Extraction e = extractor.extract(new RawPage(Files.readAllBytes(dir.resolve("source.html")), null, null,
          dir.getFileName().toString(), "http://fakehost/test/page.html"));
      assertThat(e).as(dir.getFileName().toString()).isNotNull();
      if (expected.path("readerable").asBoolean(true)) {
        readerable++;
        accepted += e instanceof Extraction.Extracted ? 1 : 0;
      }
      if (e instanceof Extraction.Extracted ex && expected.hasNonNull("title")) {
        Article a = ex.article();
        titled++;
        titleMatches += expected.get("title").asText().strip().replaceAll("\\s+", " ").equals(a.title()) ? 1 : 0;
      }
    }
    assertThat(dirs).hasSizeGreaterThan(100);
    assertThat(accepted).as("readerable pages accepted").isGreaterThanOrEqualTo(readerable * 95 / 100);
    assertThat(titleMatches).as("titles equal to Readability's").isGreaterThanOrEqualTo(titled * 75 / 100);
  }
}
