package newsdesk.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsdesk.article.Article;
import newsdesk.article.ArticleDocument;
import newsdesk.article.ArticleJson;
import newsdesk.article.ArticleSummary;
import newsdesk.article.Block;
import newsdesk.article.JsonText;
import newsdesk.article.Rejection;
import newsdesk.article.Source;
import newsdesk.article.render.HtmlRenderer;
import newsdesk.article.render.MarkdownRenderer;
import newsdesk.article.render.PlainTextRenderer;
import newsdesk.feed.Feed;
import newsdesk.feed.FeedStore;
import newsdesk.store.ArticleStore;
import newsdesk.store.CompactSummary;
import newsdesk.store.Facet;
import newsdesk.store.FacetCount;
import newsdesk.store.Listing;
import newsdesk.store.RejectionPage;
import newsdesk.store.SortKeys;
import newsdesk.store.StoredArticle;
import newsdesk.store.SummaryPage;
import newsdesk.article.Sha256;

/**
 * The read API over the article and feed stores: routes a request to one store call and renders
 * the answer (JSON, text, Markdown, sanitized HTML, JSON Feed, Atom), errors as
 * {@code application/problem+json} (RFC 9457). Every success carries a strong ETag (honouring
 * {@code If-None-Match} with 304) and a Cache-Control suited to how often the resource changes;
 * unknown parameters and out-of-range values are a 400 naming the parameter. Independent of API
 * Gateway so that the Lambda handler and the local HTTP bridge serve exactly the same responses.
 */
public final class ArticleApi {

  /** The routes served, as API Gateway route keys; template.yaml declares exactly these. */
  public static final List<String> ROUTES = List.of(
      "GET /articles", "GET /articles/{id}", "GET /rejections", "GET /feeds", "GET /feed.json", "GET /feed.atom",
      "GET /openapi.json", "GET /publishers", "GET /sections", "GET /articles/{id}/copies");

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  /** The feed registry is hundreds of items: by default one response shows all a page can hold. */
  static final int DEFAULT_FEEDS_LIMIT = 100;
  /** Publishers and sections listed at most: far more than a newsroom's, and one response stays small. */
  static final int MAX_FACETS = 1000;
  /** The filters the story lists take, besides {@code limit} and {@code cursor}. */
  static final List<String> FILTERS = filters();

  static final String JSON = "application/json";
  static final String TEXT = "text/plain";
  static final String MARKDOWN = "text/markdown";
  static final String HTML = "text/html";
  static final String PROBLEM = "application/problem+json";
  static final String JSON_FEED = "application/feed+json";
  static final String ATOM = "application/atom+xml";
  /** The article's representations, in the order preferred when the client has no preference. */
  static final List<String> ARTICLE_TYPES = List.of(JSON, TEXT, MARKDOWN, HTML);
  private static final Map<String, String> FORMATS = Map.of("json", JSON, "text", TEXT, "markdown", MARKDOWN, "html", HTML);

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
  private static final String ARTICLES = "/articles";
  private static final String COPIES = "/copies";
  /** Binds /feeds cursors to that list: a feed id is no article position. */
  private static final String FEEDS_SCOPE = "feeds";
  private static final String REJECTIONS_SCOPE = "rejections";
  /** The routes' paths without a path parameter, derived from {@link #ROUTES} so the two never drift. */
  private static final Set<String> FIXED_PATHS = fixedPaths();

  private final ArticleStore store;
  private final FeedStore feeds;

  public ArticleApi(ArticleStore store, FeedStore feeds) {
    this.store = Objects.requireNonNull(store);
    this.feeds = Objects.requireNonNull(feeds);
  }

  public ApiResponse handle(ApiRequest request) {
    String path = request.path() == null ? "/" : request.path();
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    boolean one = path.startsWith(ARTICLES + "/") && path.indexOf('/', ARTICLES.length() + 1) < 0;
    boolean copies = path.startsWith(ARTICLES + "/") && path.endsWith(COPIES)
        && path.indexOf('/', ARTICLES.length() + 1) == path.length() - COPIES.length();
    boolean known = one || copies || FIXED_PATHS.contains(path);
    if (!known) {
      return problem(404, "Not Found", "No resource at " + truncate(path) + ".");
    }
    if (!"GET".equals(request.method()) && !"HEAD".equals(request.method())) {
      ApiResponse refused = problem(405, "Method Not Allowed", "Only GET is supported here.");
      Map<String, String> headers = new LinkedHashMap<>(refused.headers());
      headers.put("allow", "GET, HEAD");
      return new ApiResponse(405, headers, refused.body());
    }
    ApiResponse response = one ? article(request, path.substring(ARTICLES.length() + 1))
        : copies ? copies(request, path.substring(ARTICLES.length() + 1, path.length() - COPIES.length()))
        : switch (path) {
      case ARTICLES -> list(request);
      case "/rejections" -> rejections(request);
      case "/feeds" -> feeds(request);
      case "/openapi.json" -> openApi(request);
      case "/publishers" -> counts(request, Facet.Kind.PUBLISHER);
      case "/sections" -> counts(request, Facet.Kind.SECTION);
      default -> storyFeed(request, path.equals("/feed.json"));
    };
    return "HEAD".equals(request.method()) ? new ApiResponse(response.status(), response.headers(), "") : response;
  }

  private ApiResponse list(ApiRequest request) {
    Limit limit = limit(request, DEFAULT_LIMIT, withFilters("limit", "cursor"));
    if (limit.refused() != null) {
      return limit.refused();
    }
    Filter filter = filter(request);
    if (filter.refused() != null) {
      return filter.refused();
    }
    return page(request, filter.listing(), limit.value(), null);
  }

  /**
   * One page of a listing as {@code {"items", "next"}}, the cursor bound to the listing; without
   * the story {@code except}, which a list of a story's copies does not repeat.
   */
  private ApiResponse page(ApiRequest request, Listing listing, int limit, String except) {
    String scope = listing.scope();
    Position position = position(request, scope, "these filters");
    if (position.refused() != null) {
      return position.refused();
    }
    SummaryPage page = store.list(listing, position.after(), limit);
    List<ArticleSummary> items = new ArrayList<>(page.items().size());
    for (ArticleSummary item : page.items()) {
      if (!item.id().equals(except)) {
        items.add(item);
      }
    }
    String body = summaries(items, page.next() == null ? null : Cursor.encode(page.next(), scope));
    // Lists change with every ingest: a short shared cache, revalidated cheaply with the ETag.
    return ok(request, body, JSON, "public, max-age=30");
  }

  /**
   * {@code {"items": [summaries], "next": cursor or null}} as the mapper wrote it from a tree, written
   * with {@link JsonText}: the list is the API's cold-start event, and an {@code ObjectMapper} is about
   * 550 classes of Jackson and of the JDK's date formats to load for it (docs/cold-start.md).
   */
  static String summaries(List<ArticleSummary> items, String next) {
    JsonText json = JsonText.forText(64 + 768 * items.size());
    json.startObject().name("items").startArray();
    for (ArticleSummary item : items) {
      ArticleDocument.summary(json, item);
    }
    return json.endArray().field("next", next).endObject().toString();
  }

  private ApiResponse article(ApiRequest request, String id) {
    Optional<ApiResponse> refused = onlyParameters(request, "format");
    if (refused.isPresent()) {
      return refused.get();
    }
    String type;
    String format = request.query().get("format");
    if (format != null) {
      // An explicit format wins over Accept: it is how a browser link asks for text or Markdown.
      type = FORMATS.get(format);
      if (type == null) {
        return problem(400, "Bad Request", "Parameter 'format' must be one of json, text, markdown, html.");
      }
    } else {
      Optional<String> chosen = Negotiation.choose(request.header("accept"), ARTICLE_TYPES);
      if (chosen.isEmpty()) {
        return varies(problem(406, "Not Acceptable",
            "An article is available as application/json, text/plain, text/markdown or text/html."));
      }
      type = chosen.get();
    }
    if (!ID.matcher(id).matches()) {
      return varies(problem(404, "Not Found", "No article with that id."));
    }
    Optional<Article> article = store.get(id);
    if (article.isEmpty()) {
      return varies(problem(404, "Not Found", "No article with id '" + id + "'."));
    }
    String body = switch (type) {
      case TEXT -> PlainTextRenderer.render(article.get());
      case MARKDOWN -> MarkdownRenderer.render(article.get());
      case HTML -> HtmlRenderer.render(article.get());
      default -> ArticleDocument.text(article.get());
    };
    String contentType = type.equals(JSON) ? JSON : type + "; charset=utf-8";
    // An article changes only when its source is re-ingested: cache longer, revalidate by ETag.
    ApiResponse response = varies(ok(request, body, contentType, "public, max-age=300"));
    if (!type.equals(HTML)) {
      return response;
    }
    // Defence in depth behind the sanitizer: were anything active ever to slip through, a browser
    // opening the fragment directly still runs no script and loads nothing but images.
    Map<String, String> headers = new LinkedHashMap<>(response.headers());
    headers.put("content-security-policy", "default-src 'none'; img-src https: http:; sandbox");
    return new ApiResponse(response.status(), headers, response.body());
  }

  /** The other articles carrying the same story: the original and its syndicated or near-duplicate copies. */
  private ApiResponse copies(ApiRequest request, String id) {
    Limit limit = limit(request, DEFAULT_LIMIT, "limit", "cursor");
    if (limit.refused() != null) {
      return limit.refused();
    }
    if (!ID.matcher(id).matches()) {
      return problem(404, "Not Found", "No article with that id.");
    }
    Optional<Article> article = store.get(id);
    if (article.isEmpty()) {
      return problem(404, "Not Found", "No article with id '" + id + "'.");
    }
    String story = article.get().duplicateOf() != null ? article.get().duplicateOf() : id;
    return page(request, new Listing(List.of(Facet.of(Facet.Kind.COPY, story)), null, null), limit.value(), id);
  }

  private ApiResponse rejections(ApiRequest request) {
    Limit limit = limit(request, DEFAULT_LIMIT, "limit", "cursor");
    if (limit.refused() != null) {
      return limit.refused();
    }
    Position position = position(request, REJECTIONS_SCOPE, "/rejections");
    if (position.refused() != null) {
      return position.refused();
    }
    RejectionPage page = store.rejections(position.after(), limit.value());
    return ok(request, rejections(page.items(), page.next() == null ? null : Cursor.encode(page.next(), REJECTIONS_SCOPE)),
        JSON, "public, max-age=60");
  }

  /** {@code {"items": [rejections], "next": cursor or null}} as the mapper wrote it from a tree. */
  static String rejections(List<Rejection> items, String next) {
    JsonText json = JsonText.forText(64 + 512 * items.size());
    json.startObject().name("items").startArray();
    for (Rejection item : items) {
      ArticleDocument.rejection(json, item);
    }
    return json.endArray().field("next", next).endObject().toString();
  }

  private ApiResponse feeds(ApiRequest request) {
    Limit limit = limit(request, DEFAULT_FEEDS_LIMIT, "limit", "cursor");
    if (limit.refused() != null) {
      return limit.refused();
    }
    Position position = position(request, FEEDS_SCOPE, "/feeds");
    if (position.refused() != null) {
      return position.refused();
    }
    // The registry is one Query in id order (hundreds of items): a page is cut from it by id.
    String from = position.after();
    List<Feed> rest = feeds.all().stream().filter(feed -> from == null || feed.id().compareTo(from) > 0).toList();
    List<Feed> page = rest.subList(0, Math.min(limit.value(), rest.size()));
    ObjectNode body = ArticleJson.MAPPER.createObjectNode();
    ArrayNode items = body.putArray("items");
    for (Feed feed : page) {
      // The status a reader needs; the conditional-GET validators are the poller's business.
      ObjectNode item = items.addObject();
      item.put("id", feed.id());
      item.put("url", feed.url());
      item.put("title", feed.title());
      item.put("lastPoll", feed.lastPoll());
      item.put("nextPoll", feed.nextPoll());
      item.put("consecutiveErrors", feed.consecutiveErrors());
      item.put("lastError", feed.lastError());
      item.put("disabledReason", feed.disabledReason());
    }
    body.put("next", rest.size() > page.size() ? Cursor.encode(page.get(page.size() - 1).id(), FEEDS_SCOPE) : null);
    // Feed state changes at most once per poll: a minute of caching hides nothing that matters.
    return ok(request, ArticleJson.write(body), JSON, "public, max-age=60");
  }

  private ApiResponse storyFeed(ApiRequest request, boolean json) {
    Limit limit = limit(request, DEFAULT_LIMIT, withFilters("limit"));
    if (limit.refused() != null) {
      return limit.refused();
    }
    Filter filter = filter(request);
    if (filter.refused() != null) {
      return filter.refused();
    }
    SummaryPage page = store.list(filter.listing(), null, limit.value());
    String body = json ? StoryFeeds.jsonFeed(page.items()) : StoryFeeds.atom(page.items());
    // Feed readers poll every few minutes; they revalidate with If-None-Match in between.
    return ok(request, body, json ? JSON_FEED : ATOM + "; charset=utf-8", "public, max-age=300");
  }

  private ApiResponse openApi(ApiRequest request) {
    Optional<ApiResponse> refused = onlyParameters(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    // Changes only with a deployment; an hour of caching, then a cheap revalidation.
    return ok(request, OpenApi.DOCUMENT, JSON, "public, max-age=3600");
  }

  private ApiResponse counts(ApiRequest request, Facet.Kind kind) {
    Optional<ApiResponse> refused = onlyParameters(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    ObjectNode body = ArticleJson.MAPPER.createObjectNode();
    ArrayNode items = body.putArray("items");
    for (FacetCount count : store.counts(kind, MAX_FACETS)) {
      items.addObject().put("name", count.name()).put("count", count.count());
    }
    // Counts move with every ingest, but nobody needs them to the second.
    return ok(request, ArticleJson.write(body), JSON, "public, max-age=300");
  }

  private record Limit(int value, ApiResponse refused) {}

  private record Position(String after, ApiResponse refused) {}

  /** The store position inside the request's cursor (null without one), or the 400 for a cursor of another list. */
  private static Position position(ApiRequest request, String scope, String list) {
    String cursor = request.query().get("cursor");
    if (cursor == null) {
      return new Position(null, null);
    }
    Optional<String> position = Cursor.decode(cursor, scope);
    return position.isPresent() ? new Position(position.get(), null)
        : new Position(null, problem(400, "Bad Request", "Parameter 'cursor' is not a cursor this API issued for " + list + "."));
  }

  private record Filter(Listing listing, ApiResponse refused) {}

  /** The story filters of the request, or the 400 naming the first bad one. */
  private static Filter filter(ApiRequest request) {
    List<Facet> facets = new ArrayList<>();
    for (Facet.Kind kind : Facet.Kind.values()) {
      String value = kind.filterable() ? request.query().get(kind.parameter()) : null;
      if (value == null) {
        continue;
      }
      Facet facet = value.length() > Facet.MAX_LENGTH ? null : Facet.of(kind, value);
      if (facet == null) {
        return new Filter(null, problem(400, "Bad Request", "Parameter '" + kind.parameter()
            + "' must be a non-blank value of at most " + Facet.MAX_LENGTH + " characters."));
      }
      facets.add(facet);
    }
    Instant[] bounds = new Instant[2];
    String[] names = {"since", "until"};
    for (int i = 0; i < 2; i++) {
      String value = request.query().get(names[i]);
      if (value == null) {
        continue;
      }
      Optional<Instant> instant = value.length() > 40 ? Optional.empty() : SortKeys.parse(value);
      if (instant.isEmpty()) {
        return new Filter(null, problem(400, "Bad Request", "Parameter '" + names[i]
            + "' must be an ISO 8601 date (2022-01-27) or date-time (2022-01-27T08:30:00Z)."));
      }
      bounds[i] = instant.get();
    }
    if (bounds[0] != null && bounds[1] != null && bounds[0].isAfter(bounds[1])) {
      return new Filter(null, problem(400, "Bad Request", "Parameter 'until' must not be before 'since'."));
    }
    return new Filter(new Listing(facets, bounds[0], bounds[1]), null);
  }

  private static String[] withFilters(String... parameters) {
    List<String> all = new ArrayList<>(FILTERS);
    all.addAll(List.of(parameters));
    return all.toArray(String[]::new);
  }

  private static List<String> filters() {
    List<String> filters = new ArrayList<>();
    for (Facet.Kind kind : Facet.Kind.values()) {
      if (kind.filterable()) {
        filters.add(kind.parameter());
      }
    }
    filters.add("since");
    filters.add("until");
    return List.copyOf(filters);
  }

  /** The route's parameters checked and its {@code limit} read, or the 400 that refuses them. */
  private static Limit limit(ApiRequest request, int defaultLimit, String... allowed) {
    Optional<ApiResponse> unknown = onlyParameters(request, allowed);
    if (unknown.isPresent()) {
      return new Limit(0, unknown.get());
    }
    String text = request.query().get("limit");
    if (text == null) {
      return new Limit(defaultLimit, null);
    }
    int limit;
    try {
      limit = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      limit = -1;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      return new Limit(0, problem(400, "Bad Request", "Parameter 'limit' must be an integer from 1 to " + MAX_LIMIT + "."));
    }
    return new Limit(limit, null);
  }

  /** A 400 naming the first parameter the route does not take: a typo must not pass silently. */
  private static Optional<ApiResponse> onlyParameters(ApiRequest request, String... allowed) {
    Set<String> known = Set.of(allowed);
    // A loop, not a stream: this runs on every first event, and a stream pipeline's first use loads
    // its stages and a lambda a step (docs/cold-start.md).
    String first = null;
    for (String name : request.query().keySet()) {
      if (!known.contains(name) && (first == null || name.compareTo(first) < 0)) {
        first = name;
      }
    }
    return first == null ? Optional.empty()
        : Optional.of(problem(400, "Bad Request", "Unknown parameter '" + truncate(first) + "'."));
  }

  /** Shared caches must key the article's representations by Accept, errors included. */
  private static ApiResponse varies(ApiResponse response) {
    Map<String, String> headers = new LinkedHashMap<>(response.headers());
    headers.put("vary", "Accept");
    return new ApiResponse(response.status(), headers, response.body());
  }

  private static ApiResponse ok(ApiRequest request, String body, String contentType, String cacheControl) {
    String etag = "\"" + digest(body) + "\"";
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("etag", etag);
    headers.put("cache-control", cacheControl);
    // Browsers must take the declared type at its word: a JSON or text body is never run as HTML.
    headers.put("x-content-type-options", "nosniff");
    String ifNoneMatch = request.header("if-none-match");
    if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
      return new ApiResponse(304, headers, "");
    }
    headers.put("content-type", contentType);
    return new ApiResponse(200, headers, body);
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*") || tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  static ApiResponse problem(int status, String title, String detail) {
    String body = JsonText.forText(128).startObject().field("type", "about:blank").field("title", title)
        .name("status").number(status).field("detail", detail).endObject().toString();
    return new ApiResponse(status, Map.of("content-type", PROBLEM, "cache-control", "no-store"), body);
  }

  private static Set<String> fixedPaths() {
    Set<String> paths = new HashSet<>();
    for (String route : ROUTES) {
      String path = route.substring(route.indexOf(' ') + 1);
      if (!path.contains("{")) {
        paths.add(path);
      }
    }
    return Set.copyOf(paths);
  }

  /**
   * Runs what a list and a get do with stored JSON on a built-in story, in memory (its stored form
   * read back, its summary encoded and decoded, the list and the article written as the responses
   * write them), and returns the two bodies: a SnapStart hook calls it so that the snapshot holds
   * the first list and get warm without reading a table.
   */
  public static String prime() {
    Article story = new Article("prime", "https://example.com/prime", "Priming", null, List.of("A. Writer"), "Example",
        "example.com", "World", List.of("priming"), "en", "2026-01-01T00:00:00Z", null, null, null, null,
        List.of(Block.paragraph("Text.")), "Text.", null, null, false, 1, null, null,
        new Source("bucket", "incoming/prime.txt", null, null, "text/plain", null, null), null);
    Article stored = StoredArticle.article(StoredArticle.of(story, Instant.EPOCH).doc());
    ArticleSummary listed = CompactSummary.decode(stored.id(), CompactSummary.encode(stored.summary()));
    return summaries(List.of(listed), Cursor.encode(stored.id(), "")) + ArticleDocument.text(stored);
  }

  /**
   * The OpenAPI 3.1 description, read and compacted on the first request for it: a holder class,
   * so that the 28 KB parse is not on every cold start of the API for a route clients rarely ask for.
   */
  static final class OpenApi {
    static final String DOCUMENT = read();

    private OpenApi() {}

    private static String read() {
      try (InputStream in = ArticleApi.class.getResourceAsStream("openapi.json")) {
        if (in == null) {
          throw new IllegalStateException("openapi.json is missing from the package");
        }
        return ArticleJson.write(ArticleJson.MAPPER.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Echoing client input into errors is useful, but never unbounded. */
  private static String truncate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }

  private static String digest(String body) {
    return Sha256.hex(body, 16);
  }
}
