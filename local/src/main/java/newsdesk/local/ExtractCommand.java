package newsdesk.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsdesk.article.Article;
import newsdesk.article.ArticleJson;
import newsdesk.article.Source;
import newsdesk.article.render.HtmlRenderer;
import newsdesk.article.render.MarkdownRenderer;
import newsdesk.article.render.PlainTextRenderer;
import newsdesk.extract.Extraction;
import newsdesk.extract.Extractor;
import newsdesk.extract.RawPage;
import org.jsoup.nodes.Entities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsdesk extract}: runs the extractor over local files (HTML or plain-text dumps, gzip
 * accepted) and prints one article per file, as the CLI contract in {@code docs/article.md} says.
 * A page that is not an article is a result, not a failure: only files that cannot be read make
 * the exit status non-zero.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract articles from raw pages (HTML or plain-text dumps; gzip accepted; encoding detected).")
public final class ExtractCommand implements Callable<Integer> {

  /** Output formats of the CLI contract. */
  enum Format { json, jsonl, text, markdown, html }

  /** Exit status when at least one file could not be read. */
  static final int UNREADABLE = 1;

  @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
      description = "json, jsonl, text, markdown or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--url", paramLabel = "URL", description = "The URL the pages were fetched from, when known.")
  String url;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to extract, in the order to print them.")
  List<String> files;

  @Spec
  CommandSpec spec;

  private final Extractor extractor = new Extractor();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int status = 0;
    for (String file : files) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(Path.of(file));
      } catch (IOException | RuntimeException e) {
        err.println("extract: cannot read " + file + ": " + describe(e));
        status = UNREADABLE;
        continue;
      }
      Extraction result = extractor.extract(new RawPage(bytes, null, null, file, url));
      out.print(render(file, result));
      out.flush();
    }
    err.flush();
    return status;
  }

  private String render(String file, Extraction result) {
    if (result instanceof Extraction.Rejected r) {
      return rejected(file, r);
    }
    Article article = ((Extraction.Extracted) result).article();
    return switch (format) {
      case json -> ArticleJson.writePretty(article.withSource(Source.ofPath(file))) + "\n";
      case jsonl -> {
        ObjectNode line = ArticleJson.MAPPER.createObjectNode().put("source", file);
        ObjectNode fields = ArticleJson.MAPPER.valueToTree(article);
        fields.remove("source");
        yield ArticleJson.write(line.setAll(fields)) + "\n";
      }
      case text -> PlainTextRenderer.render(article);
      case markdown -> MarkdownRenderer.render(article);
      case html -> HtmlRenderer.render(article);
    };
  }

  private String rejected(String file, Extraction.Rejected r) {
    return switch (format) {
      case json, jsonl -> {
        ObjectNode node = ArticleJson.MAPPER.createObjectNode().put("source", file);
        node.putObject("rejected").put("reason", r.reason().code()).put("detail", r.detail());
        yield (format == Format.json ? ArticleJson.writePretty(node) : ArticleJson.write(node)) + "\n";
      }
      case text, markdown -> "rejected " + file + ": " + r.reason().code() + " (" + r.detail() + ")\n";
      case html -> "<p>rejected " + Entities.escape(file + ": " + r.reason().code() + " (" + r.detail() + ")")
          + "</p>\n";
    };
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
