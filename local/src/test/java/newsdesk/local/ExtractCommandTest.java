package newsdesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import newsdesk.article.ArticleJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The extract command as the CLI contract describes it, run in-process with captured output. */
class ExtractCommandTest {

  private static final String STORY = "The Daily Ledger\nBusiness\nRegional bank agrees takeover by larger rival\n\n"
      + "By Hannah Ortiz\n\n"
      + "A regional lender with branches in four states agreed on Monday to be bought by a larger rival in an all-share deal.\n\n"
      + "Shareholders of the smaller bank will receive 0.62 shares of the buyer for each share they hold, the banks said.\n";

  @TempDir
  Path dir;
  private Path story;
  private Path empty;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void files() throws IOException {
    story = Files.writeString(dir.resolve("story.txt"), STORY);
    empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
  }

  private int run(String... args) {
    CommandLine cli = new CommandLine(new ExtractCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void jsonIsOnePrettyArticlePerFile() throws IOException {
    assertThat(run(story.toString())).isZero();
    JsonNode json = ArticleJson.MAPPER.readTree(out.toString());
    assertThat(json.get("title").asText()).isEqualTo("Regional bank agrees takeover by larger rival");
    assertThat(json.get("authors").get(0).asText()).isEqualTo("Hannah Ortiz");
    assertThat(json.get("source").get("key").asText()).isEqualTo(story.toString());
    assertThat(out.toString()).contains("\n  \"title\"");
  }

  @Test
  void jsonlKeepsInputOrderAndReportsRejections() throws IOException {
    assertThat(run("--format", "jsonl", empty.toString(), story.toString())).isZero();
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = ArticleJson.MAPPER.readTree(lines[0]);
    assertThat(first.get("source").asText()).isEqualTo(empty.toString());
    assertThat(first.get("rejected").get("reason").asText()).isEqualTo("empty");
    assertThat(first.get("rejected").get("detail").asText()).isNotBlank();
    JsonNode second = ArticleJson.MAPPER.readTree(lines[1]);
    assertThat(second.get("source").asText()).isEqualTo(story.toString());
    assertThat(second.get("title").asText()).startsWith("Regional bank");
    assertThat(second.fieldNames().next()).isEqualTo("source");
  }

  @Test
  void urlOptionBecomesTheCanonicalUrl() throws IOException {
    assertThat(run("--format", "jsonl", "--url", "https://news.example/a?utm_source=x#top", story.toString())).isZero();
    JsonNode line = ArticleJson.MAPPER.readTree(out.toString());
    assertThat(line.get("url").asText()).isEqualTo("https://news.example/a");
  }

  @Test
  void gzipFilesAreRead() throws IOException {
    Path gz = dir.resolve("story.txt.gz");
    try (GZIPOutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(STORY.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(run("--format", "text", gz.toString())).isZero();
    assertThat(out.toString()).startsWith("Regional bank agrees takeover by larger rival\nBy Hannah Ortiz");
  }

  @Test
  void markdownAndHtml() {
    assertThat(run("--format", "markdown", story.toString())).isZero();
    assertThat(out.toString()).startsWith("# Regional bank agrees takeover by larger rival");
    out.getBuffer().setLength(0);
    assertThat(run("--format", "html", story.toString())).isZero();
    assertThat(out.toString()).contains("<h1>Regional bank agrees takeover by larger rival</h1>");
  }

  @Test
  void unreadableFileFailsWithMessageButOthersStillPrint() {
    Path missing = dir.resolve("missing.html");
    assertThat(run("--format", "jsonl", missing.toString(), story.toString())).isNotZero();
    assertThat(err.toString()).contains("cannot read " + missing + ": no such file");
    assertThat(out.toString()).contains("Regional bank");
  }

  @Test
  void usageErrors() {
    assertThat(run("--format", "pdf", story.toString())).isNotZero();
    assertThat(run()).isNotZero();
    assertThat(err.toString()).contains("Usage");
  }
}
