package newsdesk.read;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsdesk.article.Article;
import newsdesk.article.ArticleJson;
import newsdesk.store.ArticleStore;
import newsdesk.store.SummaryPage;

/**
 * The read API over the article store: routes a request to one store call and renders the answer
 * as JSON, errors as {@code application/problem+json} (RFC 9457). Independent of API Gateway so
 * that the Lambda handler and the local HTTP bridge serve exactly the same responses.
 */
public final class ArticleApi {

  /** The routes served, as API Gateway route keys; template.yaml declares exactly these. */
  public static final List<String> ROUTES = List.of("GET /articles", "GET /articles/{id}");

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private static final Set<String> LIST_PARAMETERS = Set.of("limit", "cursor");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";

  private final ArticleStore store;

  public ArticleApi(ArticleStore store) {
    this.store = Objects.requireNonNull(store);
  }

  public ApiResponse handle(ApiRequest request) {
    String path = request.path() == null ? "/" : request.path();
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    boolean list = path.equals("/articles");
    boolean one = !list && path.startsWith("/articles/") && path.indexOf('/', "/articles/".length()) < 0;
    if (!list && !one) {
      return problem(404, "Not Found", "No resource at " + truncate(path) + ".");
    }
    if (!"GET".equals(request.method()) && !"HEAD".equals(request.method())) {
      ApiResponse refused = problem(405, "Method Not Allowed", "Only GET is supported here.");
      Map<String, String> headers = new LinkedHashMap<>(refused.headers());
      headers.put("allow", "GET, HEAD");
      return new ApiResponse(405, headers, refused.body());
    }
    ApiResponse response = list ? list(request) : article(request, path.substring("/articles/".length()));
    return "HEAD".equals(request.method()) ? new ApiResponse(response.status(), response.headers(), "") : response;
  }

  private ApiResponse list(ApiRequest request) {
    for (String name : request.query().keySet()) {
      if (!LIST_PARAMETERS.contains(name)) {
        return problem(400, "Bad Request", "Unknown parameter '" + truncate(name) + "'.");
      }
    }
    int limit = DEFAULT_LIMIT;
    String limitText = request.query().get("limit");
    if (limitText != null) {
      try {
        limit = Integer.parseInt(limitText);
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        return problem(400, "Bad Request", "Parameter 'limit' must be an integer from 1 to " + MAX_LIMIT + ".");
      }
    }
    String after = null;
    String cursor = request.query().get("cursor");
    if (cursor != null) {
      Optional<String> position = Cursor.decode(cursor);
      if (position.isEmpty()) {
        return problem(400, "Bad Request", "Parameter 'cursor' is not a cursor this API issued.");
      }
      after = position.get();
    }
    SummaryPage page = store.list(after, limit);
    ObjectNode body = ArticleJson.MAPPER.createObjectNode();
    body.set("items", ArticleJson.MAPPER.valueToTree(page.items()));
    body.put("next", page.next() == null ? null : Cursor.encode(page.next()));
    // Lists change with every ingest: a short shared cache, revalidated cheaply with the ETag.
    return ok(request, ArticleJson.write(body), "public, max-age=30");
  }

  private ApiResponse article(ApiRequest request, String id) {
    if (!ID.matcher(id).matches()) {
      return problem(404, "Not Found", "No article with that id.");
    }
    Optional<Article> article = store.get(id);
    if (article.isEmpty()) {
      return problem(404, "Not Found", "No article with id '" + id + "'.");
    }
    // An article changes only when its source is re-ingested: cache longer, revalidate by ETag.
    return ok(request, ArticleJson.write(article.get()), "public, max-age=300");
  }

  private static ApiResponse ok(ApiRequest request, String body, String cacheControl) {
    String etag = "\"" + digest(body) + "\"";
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("etag", etag);
    headers.put("cache-control", cacheControl);
    String ifNoneMatch = request.header("if-none-match");
    if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
      return new ApiResponse(304, headers, "");
    }
    headers.put("content-type", JSON);
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
    ObjectNode body = ArticleJson.MAPPER.createObjectNode();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    return new ApiResponse(status, Map.of("content-type", PROBLEM, "cache-control", "no-store"),
        ArticleJson.write(body));
  }

  /** Echoing client input into errors is useful, but never unbounded. */
  private static String truncate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }

  private static String digest(String body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
