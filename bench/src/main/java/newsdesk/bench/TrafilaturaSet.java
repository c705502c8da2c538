package newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsdesk.article.Article;
import newsdesk.extract.RawPage;

/**
 * trafilatura's evaluation set ({@code evaldata.json} with its {@code eval/} and {@code cache/}
 * pages) and its scoring: every "with" and "without" segment is looked up as a
 * whitespace-normalized substring of the extracted text (a rejected page has the empty text), and
 * the counts are summed over the corpus. Gold title, date and author are compared where present.
 */
public final class TrafilaturaSet {

  /** One annotated page; {@code author} is the gold value as given, a string or a list. */
  public record Case(String url, String file, byte[] bytes, List<String> with, List<String> without,
      String title, String date, Object author) {

    public RawPage page() {
      return new RawPage(bytes, "text/html", null, file, url);
    }
  }

  /** How one page scored: its segment counts, the segments missed and leaked, metadata hits (null: no gold). */
  public record PageScore(String url, String file, String rejection, String detail, Confusion counts,
      List<String> missed, List<String> leaked, Boolean title, Boolean date, Boolean author) {}

  /** A candidate's figures over the set. */
  public record Result(String candidate, int pages, Rejections rejections,
      Confusion counts, Tally title, Tally date, Tally author, List<PageScore> perPage) {
  }

  private final List<Case> cases;

  private TrafilaturaSet(List<Case> cases) {
    this.cases = cases;
  }

  /** A set of given cases, for hand-made ones in tests. */
  static TrafilaturaSet of(List<Case> cases) {
    return new TrafilaturaSet(List.copyOf(cases));
  }

  public List<Case> cases() {
    return cases;
  }

  /** Loads the first {@code limit} entries of {@code evaldata.json} in file order (all when limit &lt; 0). */
  public static TrafilaturaSet load(Path dir, int limit) throws IOException {
    return load(dir, limit, 1);
  }

  /** As {@link #load(Path, int)}, taking every {@code stride}-th entry, for a sample spread over the set. */
  public static TrafilaturaSet load(Path dir, int limit, int stride) throws IOException {
    JsonNode root = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
    List<Case> cases = new ArrayList<>();
    int index = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); index++) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (index % stride != 0) {
        continue;
      }
      if (limit >= 0 && cases.size() >= limit) {
        break;
      }
      JsonNode item = entry.getValue();
      String file = item.get("file").asText();
      cases.add(new Case(entry.getKey(), file, Files.readAllBytes(resolve(dir, file)),
          strings(item.get("with")), strings(item.get("without")), text(item.get("title")),
          text(item.get("date")), author(item.get("author"))));
    }
    return new TrafilaturaSet(cases);
  }

  // trafilatura's own loader looks in cache/ first, then eval/; no file is in both here.
  private static Path resolve(Path dir, String file) throws IOException {
    for (String sub : List.of("cache", "eval")) {
      Path p = dir.resolve(sub).resolve(file);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IOException("corpus file not found in cache/ or eval/: " + file);
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null) {
      node.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Object author(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return node.isArray() ? strings(node) : node.asText();
  }

  /** Runs the candidate over every page and scores it. */
  public Result score(Candidate candidate) {
    Rejections rejections = Rejections.NONE;
    Confusion total = Confusion.ZERO;
    Tally title = Tally.EMPTY;
    Tally date = Tally.EMPTY;
    Tally author = Tally.EMPTY;
    List<PageScore> perPage = new ArrayList<>(cases.size());
    for (Case c : cases) {
      Candidate.Outcome outcome = candidate.run(c.page());
      rejections = rejections.count(outcome);
      PageScore page = score(c, outcome);
      perPage.add(page);
      total = total.plus(page.counts());
      title = page.title() == null ? title : title.count(page.title());
      date = page.date() == null ? date : date.count(page.date());
      author = page.author() == null ? author : author.count(page.author());
    }
    return new Result(candidate.name(), cases.size(), rejections, total, title, date, author, perPage);
  }

  /** Scores one page's outcome; a rejected or failed page is scored as the empty text. */
  public static PageScore score(Case c, Candidate.Outcome outcome) {
    String text = Fold.whitespace(outcome.text());
    List<String> missed = new ArrayList<>();
    List<String> leaked = new ArrayList<>();
    long tp = 0;
    long fp = 0;
    for (String segment : c.with()) {
      if (text.contains(Fold.whitespace(segment))) {
        tp++;
      } else {
        missed.add(segment);
      }
    }
    for (String segment : c.without()) {
      if (text.contains(Fold.whitespace(segment))) {
        fp++;
        leaked.add(segment);
      }
    }
    Confusion counts = new Confusion(tp, c.with().size() - tp, fp, c.without().size() - fp);
    Article a = outcome.article();
    Boolean title = null;
    String goldTitle = Fold.meta(c.title());
    if (goldTitle != null) {
      title = a != null && goldTitle.equals(Fold.meta(a.title()));
    }
    Boolean date = null;
    String goldDay = Fold.day(c.date());
    if (goldDay != null) {
      date = a != null && goldDay.equals(Fold.day(a.published()));
    }
    Boolean author = null;
    Set<String> goldNames = Fold.goldNames(c.author());
    if (!goldNames.isEmpty()) {
      author = a != null && goldNames.equals(Fold.names(a.authors()));
    }
    return new PageScore(c.url(), c.file(), outcome.rejection(), outcome.detail(), counts, missed, leaked,
        title, date, author);
  }
}
