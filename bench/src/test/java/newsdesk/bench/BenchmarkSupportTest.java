package newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsdesk.extract.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JMH benchmark's page loading and the ratio read back from its JSON result. */
class BenchmarkSupportTest {

  @Test
  void ratioIsExtractOverParse() throws Exception {
    String json = """
        [{"benchmark": "newsdesk.bench.ExtractionBenchmark.extract",
          "primaryMetric": {"score": 30.0, "scoreError": 1.5, "scoreUnit": "ms/op"}},
         {"benchmark": "newsdesk.bench.ExtractionBenchmark.jsoupParse",
          "primaryMetric": {"score": 12.0, "scoreError": 0.5, "scoreUnit": "ms/op"}}]
        """;
    String summary = JmhRatio.summary(new ObjectMapper().readTree(json));
    assertThat(summary).contains("extract / jsoupParse = 2.500", "jsoupParse       12.000 ± 0.500 ms/op");
    assertThatThrownBy(() -> JmhRatio.summary(new ObjectMapper().readTree("[]")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutTheSharedFolderTheBenchmarkStillHasAPage(@TempDir Path empty) throws Exception {
    assertThat(ExtractionBenchmark.pages(empty)).singleElement()
        .satisfies(p -> assertThat(new String(p.bytes(), StandardCharsets.UTF_8)).contains("<p>"));
  }

  @Test
  void withTheCorpusItTakesFiftyPagesSpreadOverTheSet() throws Exception {
    Path shared = Path.of(System.getProperty("newsdesk.root", ".")).resolve("../shared").normalize();
    assumeTrue(Files.isDirectory(shared.resolve("corpus/trafilatura")));
    assertThat(ExtractionBenchmark.pages(shared)).hasSize(ExtractionBenchmark.PAGES)
        .extracting(RawPage::name).doesNotHaveDuplicates();
  }
}
