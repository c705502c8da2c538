package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import newsdesk.extract.convention.Words;
import newsdesk.extract.html.HtmlPageExtractor;
import newsdesk.extract.text.TextPageExtractor;
import org.junit.jupiter.api.Test;

/**
 * The word count an engine hands to assembly ({@link ArticleDraft#bodyWords}) is the count of the
 * article's text that assembly would otherwise make itself, on every page the corpora hold: a body
 * changed after counting without the count being dropped would show here.
 */
class BodyWordsTest {

  @Test
  void theHtmlEngineHandsOnTheCountOfTheFinalBody() throws Exception {
    int counted = 0;
    for (Path file : SharedFolder.corpusPages()) {
      DecodedPage page = PageDecoder.decode(new RawPage(Files.readAllBytes(file), "text/html", null, file.toString(), null));
      ArticleDraft d;
      try {
        d = HtmlPageExtractor.extract(page.document(""), null);
      } catch (PageRejected rejected) {
        continue;
      }
      assertThat(d.bodyWords).as(file.toString()).isEqualTo(Words.count(ArticleAssembly.text(d.body)));
      counted++;
    }
    assertThat(counted).isGreaterThan(900);
  }

  @Test
  void theTextEngineHandsOnTheCountOfTheFinalBody() throws Exception {
    String seed = Files.readString(SharedFolder.require("seed/000_2bbcad7a53690741.txt"));
    ArticleDraft d = TextPageExtractor.extract(seed, null);
    assertThat(d.bodyWords).isPositive().isEqualTo(Words.count(ArticleAssembly.text(d.body)));
  }

  @Test
  void aDraftWithoutACountIsCountedByAssembly() throws Exception {
    String seed = Files.readString(SharedFolder.require("seed/000_2bbcad7a53690741.txt"));
    ArticleDraft d = TextPageExtractor.extract(seed, null);
    int handed = ArticleAssembly.assemble(d).wordCount();
    d.bodyWords = -1;
    assertThat(ArticleAssembly.assemble(d).wordCount()).isEqualTo(handed);
  }
}
