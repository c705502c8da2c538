package newsdesk.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import newsdesk.article.Article;
import newsdesk.article.Block;
import newsdesk.article.Caption;
import newsdesk.article.Image;
import newsdesk.article.Rejection;
import newsdesk.article.Source;
import newsdesk.feed.Feed;
import newsdesk.local.store.EmbeddedArticleStore;
import newsdesk.local.store.EmbeddedDatabase;
import newsdesk.local.store.EmbeddedFeedStore;
import newsdesk.store.ArticleFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/**
 * {@link ArticleApi} over the embedded stores the local stack uses: every route's representations,
 * content negotiation, the sanitized HTML, the feed formats, and the conventions every route
 * shares (ETag/304, Cache-Control, problem documents, parameter checks).
 */
class ArticleApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final AtomicInteger DATABASES = new AtomicInteger();
  /** A request path for each route, with the parameters that make it answer 200. */
  static final List<String> PATHS = List.of("/articles", "/articles/a1", "/rejections", "/feeds", "/feed.json", "/feed.atom",
      "/openapi.json", "/publishers", "/sections", "/articles/a1/copies");

  static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "action", "formaction", "poster", "srcset", "background");

  EmbeddedDatabase db;
  EmbeddedArticleStore store;
  EmbeddedFeedStore feeds;
  ArticleApi api;

  @BeforeEach
  void open() {
    db = EmbeddedDatabase.inMemory("api" + DATABASES.incrementAndGet());
    store = new EmbeddedArticleStore(db);
    feeds = new EmbeddedFeedStore(db);
    api = new ArticleApi(store, feeds);
    store.put(ArticleFixtures.published("a1", "2022-01-27"), Instant.parse("2026-11-28T09:00:00Z"));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theArticleIsJsonByDefault() throws Exception {
    ApiResponse response = get("/articles/a1", Map.of(), Map.of());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers()).containsEntry("content-type", "application/json").containsEntry("vary", "Accept");
    assertThat(JSON.readTree(response.body()).path("body").isArray()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "json, application/json",
      "text, text/plain; charset=utf-8",
      "markdown, text/markdown; charset=utf-8",
      "html, text/html; charset=utf-8"})
  void theFormatParameterPicksTheRepresentation(String format, String contentType) {
    ApiResponse response = get("/articles/a1", Map.of("format", format), Map.of("accept", "application/json"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers()).containsEntry("content-type", contentType).containsEntry("vary", "Accept");
    assertThat(response.body()).contains("Russia");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "text/plain | text/plain; charset=utf-8",
      "text/markdown | text/markdown; charset=utf-8",
      "text/html,application/xhtml+xml,*/*;q=0.8 | text/html; charset=utf-8",
      "text/*;q=0.5, application/json;q=0.4 | text/plain; charset=utf-8",
      "application/json;q=0.9, text/markdown | text/markdown; charset=utf-8",
      "*/* | application/json",
      "text/html;q=0, */* | application/json"})
  void acceptNegotiatesTheRepresentation(String accept, String contentType) {
    ApiResponse response = get("/articles/a1", Map.of(), Map.of("accept", accept));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers()).containsEntry("content-type", contentType);
  }

  @Test
  void eachRepresentationHasItsOwnEtag() {
    String json = get("/articles/a1", Map.of("format", "json"), Map.of()).headers().get("etag");
    String html = get("/articles/a1", Map.of("format", "html"), Map.of()).headers().get("etag");

    assertThat(json).isNotEqualTo(html);
    assertThat(get("/articles/a1", Map.of("format", "html"), Map.of("if-none-match", json)).status()).isEqualTo(200);
    assertThat(get("/articles/a1", Map.of("format", "html"), Map.of("if-none-match", html)).status()).isEqualTo(304);
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/pdf", "image/*", "text/plain;q=0, application/json;q=0"})
  void anUnacceptableArticleTypeIs406(String accept) throws Exception {
    ApiResponse response = get("/articles/a1", Map.of(), Map.of("accept", accept));

    assertProblem(response, 406);
    assertThat(response.headers()).containsEntry("vary", "Accept");
    assertThat(JSON.readTree(response.body()).path("detail").asText()).contains("text/html");
  }

  @Test
  void anUnknownFormatIs400NamingTheParameter() throws Exception {
    ApiResponse response = get("/articles/a1", Map.of("format", "pdf"), Map.of());

    assertProblem(response, 400);
    assertThat(JSON.readTree(response.body()).path("detail").asText()).contains("'format'");
  }

  @Test
  void htmlIsSanitizedWhateverTheArticleCarries() {
    Article a = ArticleFixtures.full("evil");
    Article evil = new Article(a.id(), "javascript:alert(1)", "<script>alert('title')</script>",
        "<img src=x onerror=alert(2)>", List.of("<b onmouseover=alert(3)>Eve</b>"), a.publisher(), a.host(),
        a.section(), a.tags(), a.language(), a.published(), a.updated(), a.dateline(), a.description(),
        new Image("javascript:alert(4)", "<svg onload=alert(5)>", null),
        List.of(
            Block.paragraph("Hello <script>alert(6)</script> <a href=\"javascript:alert(7)\" onclick=\"x()\">link</a>"),
            Block.figure("javascript:alert(8)", "<iframe src=javascript:alert(9)></iframe>", "<i onclick=y()>c</i>"),
            Block.figure("JaVaScRiPt:alert(10)", "caption", null),
            Block.heading("</h2><script>alert(11)</script>"),
            Block.list(List.of("<style>body{}</style>", "<div onfocus=alert(12)>"))),
        "<script>alert(13)</script>",
        List.of(new Caption("<script>alert(14)</script>", "credit", "javascript:alert(15)")),
        a.credits(), a.truncated(), a.wordCount(), a.contentHash(), a.duplicateOf(), a.source(), a.extractor());
    store.put(evil, Instant.parse("2026-11-28T09:00:00Z"));

    ApiResponse response = get("/articles/evil", Map.of("format", "html"), Map.of());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<iframe")
        .doesNotContainIgnoringCase("<svg").doesNotContainIgnoringCase("<style");
    for (Element element : Jsoup.parseBodyFragment(response.body()).getAllElements()) {
      assertThat(element.tagName()).isNotIn("script", "iframe", "svg", "style", "object", "embed");
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).as(element.tagName()).doesNotStartWithIgnoringCase("on");
        if (URL_ATTRIBUTES.contains(attribute.getKey())) {
          // Text attributes (alt, title) may quote "javascript:" harmlessly; a URL may not be one.
          assertThat(attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "")).as(element.tagName() + "@" + attribute.getKey())
              .doesNotStartWithIgnoringCase("javascript:").doesNotStartWithIgnoringCase("data:")
              .doesNotStartWithIgnoringCase("vbscript:");
        }
      }
    }
    assertThat(response.headers().get("content-security-policy")).contains("default-src 'none'", "sandbox");
    assertThat(response.headers()).containsEntry("x-content-type-options", "nosniff");
    // The words survive as text: sanitizing must not eat the story.
    assertThat(Jsoup.parseBodyFragment(response.body()).text()).contains("Hello", "link");
  }

  @Test
  void rejectionsAreNewestFirstAndLimited() throws Exception {
    for (int i = 1; i <= 3; i++) {
      store.putRejection(new Rejection(
          new Source("raw", "incoming/page" + i + ".html", "v" + i, null, "text/html", null, null),
          "not_article", "Looks like an index page.", "2.1.0", "2026-11-28T09:0" + i + ":00Z"));
    }

    ApiResponse response = get("/rejections", Map.of("limit", "2"), Map.of());

    assertThat(response.status()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("items").findValuesAsText("at")).containsExactly("2026-11-28T09:03:00Z", "2026-11-28T09:02:00Z");
    assertThat(body.path("items").get(0).path("reason").asText()).isEqualTo("not_article");
    assertThat(body.path("items").get(0).path("detail").asText()).isEqualTo("Looks like an index page.");
    JsonNode rest = JSON.readTree(get("/rejections", Map.of("limit", "2", "cursor", body.path("next").asText()), Map.of()).body());
    assertThat(rest.path("items").findValuesAsText("at")).containsExactly("2026-11-28T09:01:00Z");
    assertThat(rest.path("next").isNull()).isTrue();
  }

  @Test
  void feedsShowTheirStatusButNotTheirValidators() throws Exception {
    feeds.put(new Feed("f1", "https://example.com/rss", "Example", "\"v1\"", "Sat, 28 Nov 2026 09:00:00 GMT",
        "2026-11-28T09:00:00Z", "2026-11-28T09:15:00Z", 2, "HTTP 503", null));
    feeds.put(new Feed("f2", "https://example.org/atom", "Gone", null, null,
        "2026-11-27T09:00:00Z", null, 10, "HTTP 410", "gone (410)"));

    ApiResponse response = get("/feeds", Map.of(), Map.of());

    assertThat(response.status()).isEqualTo(200);
    JsonNode items = JSON.readTree(response.body()).path("items");
    assertThat(items.findValuesAsText("id")).containsExactly("f1", "f2");
    JsonNode first = items.get(0);
    assertThat(first.path("url").asText()).isEqualTo("https://example.com/rss");
    assertThat(first.path("title").asText()).isEqualTo("Example");
    assertThat(first.path("lastPoll").asText()).isEqualTo("2026-11-28T09:00:00Z");
    assertThat(first.path("nextPoll").asText()).isEqualTo("2026-11-28T09:15:00Z");
    assertThat(first.path("consecutiveErrors").asInt()).isEqualTo(2);
    assertThat(first.path("lastError").asText()).isEqualTo("HTTP 503");
    assertThat(first.path("disabledReason").isNull()).isTrue();
    assertThat(items.get(1).path("disabledReason").asText()).isEqualTo("gone (410)");
    assertThat(response.body()).doesNotContain("\"v1\"", "lastModified", "etag");
    assertThat(JSON.readTree(get("/feeds", Map.of("limit", "1"), Map.of()).body()).path("items")).hasSize(1);
  }

  @Test
  void theJsonFeedIsVersion11WithTheNewestStories() throws Exception {
    store.put(ArticleFixtures.published("a2", "2022-01-28T10:30:00+01:00"), Instant.parse("2026-11-28T09:00:00Z"));

    ApiResponse response = get("/feed.json", Map.of("limit", "5"), Map.of());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers()).containsEntry("content-type", "application/feed+json");
    JsonNode feed = JSON.readTree(response.body());
    assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.path("title").asText()).isNotBlank();
    assertThat(feed.path("items").findValuesAsText("id")).containsExactly("a2", "a1");
    JsonNode item = feed.path("items").get(0);
    assertThat(item.path("date_published").asText()).isEqualTo("2022-01-28T09:30:00Z");
    assertThat(item.path("content_text").asText()).isNotBlank();
    assertThat(item.path("authors").findValuesAsText("name")).contains("Dmitry Antonov");
    assertThat(feed.path("items").get(1).path("date_published").asText()).isEqualTo("2022-01-27T00:00:00Z");
    assertThat(JSON.readTree(get("/feed.json", Map.of("limit", "1"), Map.of()).body()).path("items")).hasSize(1);
  }

  @Test
  void theAtomFeedIsWellFormedAndEscaped() throws Exception {
    Article a = ArticleFixtures.published("amp", "2022-01-29");
    Article awkward = new Article(a.id(), "https://example.com/a?x=1&y=<2>", "Tom & Jerry <b>\"quoted\"</b> 'single' \u0001bell",
        a.subtitle(), List.of("A & B"), a.publisher(), a.host(), a.section(), a.tags(), a.language(), a.published(),
        a.updated(), a.dateline(), "]]> & </summary>", a.image(), a.body(), a.text(), a.captions(), a.credits(),
        a.truncated(), a.wordCount(), a.contentHash(), a.duplicateOf(), a.source(), a.extractor());
    store.put(awkward, Instant.parse("2026-11-28T09:00:00Z"));

    ApiResponse response = get("/feed.atom", Map.of(), Map.of());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers()).containsEntry("content-type", "application/atom+xml; charset=utf-8");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("feed");
    assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(xml.getElementsByTagNameNS("*", "entry").getLength()).isEqualTo(2);
    assertThat(xml.getElementsByTagNameNS("*", "title").item(1).getTextContent())
        .isEqualTo("Tom & Jerry <b>\"quoted\"</b> 'single' bell");
    assertThat(((org.w3c.dom.Element) xml.getElementsByTagNameNS("*", "link").item(0)).getAttribute("href"))
        .isEqualTo("https://example.com/a?x=1&y=<2>");
    assertThat(xml.getElementsByTagNameNS("*", "summary").item(0).getTextContent()).isEqualTo("]]> & </summary>");
    assertThat(xml.getElementsByTagNameNS("*", "updated").item(0).getTextContent())
        .as("the latest entry update").isEqualTo("2022-01-27T18:05:00Z");
  }

  @Test
  void anEmptyAtomFeedIsStillValid() throws Exception {
    db.close();
    db = EmbeddedDatabase.inMemory("empty" + DATABASES.incrementAndGet());
    api = new ArticleApi(new EmbeddedArticleStore(db), new EmbeddedFeedStore(db));

    ApiResponse response = get("/feed.atom", Map.of(), Map.of());

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getElementsByTagName("updated").item(0).getTextContent()).isEqualTo("1970-01-01T00:00:00Z");
    assertThat(xml.getElementsByTagName("id").item(0).getTextContent()).isEqualTo(StoryFeeds.ATOM_ID);
  }

  @Test
  void everyRouteHasAStrongEtagHonouredWith304AndACachePolicy() {
    for (String path : PATHS) {
      ApiResponse first = get(path, Map.of(), Map.of());
      assertThat(first.status()).as(path).isEqualTo(200);
      String etag = first.headers().get("etag");
      assertThat(etag).as(path + " strong ETag").matches("\"[0-9a-f]{32}\"");
      assertThat(first.headers().get("cache-control")).as(path).matches("public, max-age=\\d+");

      ApiResponse again = get(path, Map.of(), Map.of("if-none-match", "\"other\", " + etag));
      assertThat(again.status()).as(path).isEqualTo(304);
      assertThat(again.body()).as(path).isEmpty();
      assertThat(again.headers()).as(path).containsEntry("etag", etag).containsKey("cache-control");
      assertThat(get(path, Map.of(), Map.of("if-none-match", "\"other\"")).status()).as(path).isEqualTo(200);
    }
  }

  @Test
  void everyRouteRefusesAnUnknownParameterByName() throws Exception {
    for (String path : PATHS) {
      ApiResponse response = get(path, Map.of("colour", "red"), Map.of());
      assertProblem(response, 400);
      assertThat(JSON.readTree(response.body()).path("detail").asText()).as(path).contains("'colour'");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "-1", "ten", "1.5", ""})
  void everyLimitedRouteRefusesAnOutOfRangeLimit(String limit) throws Exception {
    for (String path : List.of("/articles", "/rejections", "/feeds", "/feed.json", "/feed.atom")) {
      ApiResponse response = get(path, Map.of("limit", limit), Map.of());
      assertProblem(response, 400);
      assertThat(JSON.readTree(response.body()).path("detail").asText()).as(path).contains("'limit'");
    }
  }

  @Test
  void everyErrorIsAProblemDocumentThatNamesNoInternals() throws Exception {
    List<ApiResponse> errors = List.of(
        get("/nowhere", Map.of(), Map.of()),
        get("/articles/missing", Map.of(), Map.of()),
        get("/articles/not%20an%20id", Map.of(), Map.of()),
        get("/articles", Map.of("cursor", "forged"), Map.of()),
        api.handle(new ApiRequest("POST", "/feeds", Map.of(), Map.of())));
    for (ApiResponse response : errors) {
      assertThat(response.headers()).containsEntry("content-type", "application/problem+json")
          .containsEntry("cache-control", "no-store");
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.path("status").asInt()).isEqualTo(response.status());
      assertThat(problem.path("title").asText()).isNotBlank();
      assertThat(response.body()).doesNotContain("Exception", "newsdesk.", "SELECT", "ART#");
    }
    assertThat(errors.get(4).headers()).containsEntry("allow", "GET, HEAD");
  }

  @Test
  void headAnswersLikeGetWithoutABody() {
    for (String path : PATHS) {
      ApiResponse get = get(path, Map.of(), Map.of());
      ApiResponse head = api.handle(new ApiRequest("HEAD", path, Map.of(), Map.of()));
      assertThat(head.status()).as(path).isEqualTo(200);
      assertThat(head.body()).as(path).isEmpty();
      assertThat(head.headers()).as(path).isEqualTo(get.headers());
    }
  }

  ApiResponse get(String path, Map<String, String> query, Map<String, String> headers) {
    return api.handle(new ApiRequest("GET", path, new HashMap<>(query), new HashMap<>(headers)));
  }

  static void assertProblem(ApiResponse response, int status) throws Exception {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.headers()).containsEntry("content-type", "application/problem+json");
    assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(status);
  }
}
