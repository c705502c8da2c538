package newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsdesk.article.Article;
import newsdesk.extract.RawPage;

/**
 * Mozilla Readability's test pages: {@code source.html}, the article text Readability keeps
 * ({@code expected.html}) and its metadata. Scored here: metadata accuracy after folding (only where
 * the gold value is non-null and non-blank), bag-of-words F1 of our text against the text of
 * {@code expected.html} on the pages Readability calls readerable, and whether we accept exactly
 * those pages.
 */
public final class ReadabilitySet {

  /** One test page; {@code goldText} is {@code expected.html} as Jsoup {@code .text()}. */
  public record Page(String name, byte[] bytes, String goldText, String title, String byline, String siteName,
      String publishedTime, String excerpt, boolean readerable) {

    // No URL: the pages were saved without one (Readability's tests use a fake host), and a
    // made-up host would leak into our host field.
    public RawPage page() {
      return new RawPage(bytes, "text/html", null, name + "/source.html", null);
    }
  }

  /** How one page scored; a null Boolean means no gold value to compare with. */
  public record PageScore(String name, String rejection, String detail, TokenOverlap body, Boolean title,
      Boolean byline, Boolean bylineLoose, Boolean siteName, Boolean published, Boolean excerpt,
      boolean readerable) {}

  /** A candidate's figures over the set; {@code bodyF1} etc. are means over the {@code bodyPages} readerable pages. */
  public record Result(String candidate, int pages, Rejections rejections,
      double bodyPrecision, double bodyRecall, double bodyF1, int bodyPages, Tally title, Tally byline,
      Tally bylineLoose, Tally siteName, Tally published, Tally excerpt, Tally readerable,
      List<PageScore> perPage) {
  }

  private final List<Page> pages;

  private ReadabilitySet(List<Page> pages) {
    this.pages = pages;
  }

  /** A set of given pages, for hand-made ones in tests. */
  static ReadabilitySet of(List<Page> pages) {
    return new ReadabilitySet(List.copyOf(pages));
  }

  public List<Page> pages() {
    return pages;
  }

  /** Loads the first {@code limit} page folders in name order (all when limit &lt; 0). */
  public static ReadabilitySet load(Path dir, int limit) throws IOException {
    List<Path> folders;
    try (Stream<Path> s = Files.list(dir.resolve("pages"))) {
      folders = s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
    ObjectMapper json = new ObjectMapper();
    List<Page> pages = new ArrayList<>();
    for (Path folder : folders) {
      if (limit >= 0 && pages.size() >= limit) {
        break;
      }
      JsonNode meta = json.readTree(folder.resolve("expected-metadata.json").toFile());
      String goldText = Html.parse(Files.readAllBytes(folder.resolve("expected.html")), null).text();
      pages.add(new Page(folder.getFileName().toString(), Files.readAllBytes(folder.resolve("source.html")),
          goldText, text(meta, "title"), text(meta, "byline"), text(meta, "siteName"),
          text(meta, "publishedTime"), text(meta, "excerpt"), meta.path("readerable").asBoolean(true)));
    }
    return new ReadabilitySet(pages);
  }

  private static String text(JsonNode meta, String field) {
    JsonNode n = meta.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  /** Runs the candidate over every page and scores it. */
  public Result score(Candidate candidate) {
    Rejections rejections = Rejections.NONE;
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    int bodyPages = 0;
    Tally title = Tally.EMPTY;
    Tally byline = Tally.EMPTY;
    Tally loose = Tally.EMPTY;
    Tally site = Tally.EMPTY;
    Tally published = Tally.EMPTY;
    Tally excerpt = Tally.EMPTY;
    Tally readerable = Tally.EMPTY;
    List<PageScore> perPage = new ArrayList<>();
    for (Page p : pages) {
      Candidate.Outcome outcome = candidate.run(p.page());
      rejections = rejections.count(outcome);
      PageScore s = score(p, outcome);
      perPage.add(s);
      if (s.body() != null) {
        precision += s.body().precision();
        recall += s.body().recall();
        f1 += s.body().f1();
        bodyPages++;
      }
      title = add(title, s.title());
      byline = add(byline, s.byline());
      loose = add(loose, s.bylineLoose());
      site = add(site, s.siteName());
      published = add(published, s.published());
      excerpt = add(excerpt, s.excerpt());
      readerable = readerable.count(s.readerable());
    }
    int n = Math.max(bodyPages, 1);
    return new Result(candidate.name(), pages.size(), rejections, precision / n, recall / n, f1 / n,
        bodyPages, title, byline, loose, site, published, excerpt, readerable, perPage);
  }

  private static Tally add(Tally t, Boolean hit) {
    return hit == null ? t : t.count(hit);
  }

  /** Scores one page's outcome; a rejected page has no metadata and the empty text. */
  public static PageScore score(Page p, Candidate.Outcome outcome) {
    Article a = outcome.article();
    // Body text is scored only where Readability would show a reader view: on a page it calls not
    // readerable, rejecting is right and is counted once, by the readerable accuracy.
    TokenOverlap body = !p.readerable() || Fold.words(p.goldText()).isEmpty() ? null
        : TokenOverlap.of(outcome.text(), p.goldText());
    Boolean title = same(p.title(), a == null ? null : a.title());
    String authors = a == null ? null : String.join(", ", a.authors());
    Boolean byline = same(p.byline(), authors);
    Boolean loose = null;
    Set<String> goldNames = Fold.goldNames(p.byline());
    if (!goldNames.isEmpty()) {
      Set<String> ourWords = Set.copyOf(Fold.words(authors));
      loose = goldNames.stream().allMatch(name -> ourWords.containsAll(Fold.words(name)));
    }
    Boolean site = null;
    if (Fold.meta(p.siteName()) != null) {
      site = Boolean.TRUE.equals(same(p.siteName(), a == null ? null : a.publisher()))
          || Boolean.TRUE.equals(same(p.siteName(), a == null ? null : a.host()));
    }
    Boolean published = null;
    String goldDay = Fold.day(p.publishedTime());
    if (goldDay != null) {
      published = a != null && goldDay.equals(Fold.day(a.published()));
    }
    Boolean excerpt = same(p.excerpt(), a == null ? null : a.description());
    return new PageScore(p.name(), outcome.rejection(), outcome.detail(), body, title, byline, loose, site,
        published, excerpt, p.readerable() == (a != null));
  }

  /** Folded equality, or null when there is no gold value. */
  private static Boolean same(String gold, String ours) {
    String g = Fold.meta(gold);
    return g == null ? null : g.equals(Fold.meta(ours));
  }
}
