package newsdesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import newsdesk.article.ArticleJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FeedsCommandTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cli = new CommandLine(new FeedsCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void addListRemoveImportExportOnTheStoreInData() throws Exception {
    String data = dir.resolve("data").toString();
    assertThat(run("add", "https://example.com/feed.xml", "--id", "ex", "--title", "Example", "--data", data)).isZero();
    assertThat(out.toString()).startsWith("added ex");
    assertThat(run("add", "https://example.com/feed.xml", "--data", data)).isZero();
    assertThat(out.toString()).startsWith("already registered ex");

    Path opml = Files.writeString(dir.resolve("feeds.opml"),
        "<opml version=\"2.0\"><body><outline text=\"Other\" xmlUrl=\"https://other.example/rss\"/></body></opml>");
    assertThat(run("import", opml.toString(), "--data", data)).isZero();
    assertThat(out.toString()).contains("added 1");

    assertThat(run("list", "--data", data)).isZero();
    assertThat(out.toString()).contains("ex\thttps://example.com/feed.xml\tExample\tnext now").contains("https://other.example/rss");

    assertThat(run("export", "--data", data)).isZero();
    assertThat(out.toString()).contains("xmlUrl=\"https://other.example/rss\"");

    assertThat(run("enable", "ex", "--data", data)).isZero();
    assertThat(out.toString()).startsWith("enabled ex");

    assertThat(run("remove", "ex", "--data", data)).isZero();
    assertThat(run("remove", "ex", "--data", data)).isEqualTo(1);
    assertThat(err.toString()).contains("no feed ex");
    assertThat(run("add", "file:///etc/passwd", "--data", data)).isEqualTo(1);
  }

  @Test
  void parsePrintsTheFieldsAsJson() throws Exception {
    Path feed = Files.writeString(dir.resolve("feed.xml"), """
        <rss><channel><title>T</title><link>https://example.com/</link>
          <item><guid>1</guid><link>https://example.com/1</link><title>One</title>
            <pubDate>Tue, 01 Feb 2022 09:00:00 GMT</pubDate><author>a@example.com (Ann)</author></item>
        </channel></rss>""");

    assertThat(run("parse", feed.toString(), "--format", "json")).isZero();

    JsonNode json = ArticleJson.MAPPER.readTree(out.toString());
    assertThat(json.get("title").asText()).isEqualTo("T");
    assertThat(json.get("link").asText()).isEqualTo("https://example.com/");
    JsonNode item = json.get("items").get(0);
    assertThat(item.get("id").asText()).isEqualTo("1");
    assertThat(item.get("link").asText()).isEqualTo("https://example.com/1");
    assertThat(item.get("title").asText()).isEqualTo("One");
    assertThat(item.get("published").asText()).startsWith("2022-02-01T09:00");
    assertThat(item.has("updated")).isTrue();
    assertThat(item.get("authors").get(0).asText()).isEqualTo("Ann");
  }

  @Test
  void parseOfSomethingThatIsNoFeedFailsClearly() throws Exception {
    Path html = Files.writeString(dir.resolve("page.html"), "<div><p>just a fragment</p></div>");

    assertThat(run("parse", html.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("is not a feed");
    assertThat(out.toString()).isEmpty();
    assertThat(run("parse", dir.resolve("missing.xml").toString())).isEqualTo(1);
  }
}
