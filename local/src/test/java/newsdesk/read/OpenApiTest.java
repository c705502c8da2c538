package newsdesk.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.article.Rejection;
import newsdesk.article.Source;
import newsdesk.feed.Feed;
import newsdesk.local.store.EmbeddedArticleStore;
import newsdesk.local.store.EmbeddedDatabase;
import newsdesk.local.store.EmbeddedFeedStore;
import newsdesk.store.ArticleFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Holds {@code GET /openapi.json} to the API it describes: the same routes as
 * {@link ArticleApi#ROUTES} (which TemplateTest holds to template.yaml), every documented parameter
 * accepted, and real responses of every route — successes and problems — valid against the
 * documented schemas. The schema check is a small structural one (type, required, properties,
 * items, enum, anyOf, $ref): enough to catch drift, without a validator dependency in the build.
 */
class OpenApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final AtomicInteger DATABASES = new AtomicInteger();

  EmbeddedDatabase db;
  ArticleApi api;
  JsonNode spec;

  @BeforeEach
  void open() throws Exception {
    db = EmbeddedDatabase.inMemory("openapi" + DATABASES.incrementAndGet());
    EmbeddedArticleStore store = new EmbeddedArticleStore(db);
    EmbeddedFeedStore feeds = new EmbeddedFeedStore(db);
    store.put(ArticleFixtures.full("a1"), Instant.parse("2026-11-28T09:00:00Z"));
    store.putRejection(new Rejection(new Source("raw", "incoming/x.html", null, null, null, null, null),
        "empty", "No text.", "2.1.0", "2026-11-28T09:30:00Z"));
    feeds.put(new Feed("f1", "https://example.com/rss", null, null, null, null, null, 0, null, null));
    api = new ArticleApi(store, feeds);
    ApiResponse response = api.handle(new ApiRequest("GET", "/openapi.json", Map.of(), Map.of()));
    assertThat(response.status()).isEqualTo(200);
    spec = JSON.readTree(response.body());
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void isOpenApi31DescribingExactlyTheServedRoutes() {
    assertThat(spec.path("openapi").asText()).isEqualTo("3.1.0");
    List<String> documented = new ArrayList<>();
    spec.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
    assertThat(documented).containsExactlyInAnyOrderElementsOf(ArticleApi.ROUTES);
  }

  @Test
  void everyDocumentedResponseTypeIsServedAndMatchesItsSchema() throws Exception {
    int validated = 0;
    for (Map.Entry<String, JsonNode> operation : operations().entrySet()) {
      String path = operation.getKey().replace("{id}", "a1");
      Iterator<Map.Entry<String, JsonNode>> contents = operation.getValue().at("/responses/200/content").fields();
      while (contents.hasNext()) {
        Map.Entry<String, JsonNode> content = contents.next();
        ApiResponse response = get(path, Map.of(), Map.of("accept", content.getKey()));
        assertThat(response.status()).as(path + " as " + content.getKey()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).as(path).startsWith(content.getKey());
        if (content.getKey().endsWith("json")) {
          assertValid(content.getValue().path("schema"), response.body(), path);
          validated++;
        }
      }
    }
    assertThat(validated).isEqualTo(9);
  }

  @Test
  void problemsMatchTheDocumentedProblemSchema() throws Exception {
    JsonNode problem = resolve(spec.at("/components/responses/BadRequest/content/application~1problem+json/schema"));
    List<ApiResponse> problems = List.of(
        get("/articles", Map.of("limit", "0"), Map.of()),
        get("/articles/none", Map.of(), Map.of()),
        get("/articles/a1", Map.of(), Map.of("accept", "image/png")),
        get("/openapi.json", Map.of("x", "1"), Map.of()));
    for (ApiResponse response : problems) {
      assertThat(response.headers()).containsEntry("content-type", "application/problem+json");
      assertValid(problem, response.body(), "problem " + response.status());
      String documented = String.valueOf(response.status());
      assertThat(operations().values()).as("some operation documents " + documented)
          .anyMatch(op -> op.path("responses").has(documented));
    }
  }

  @Test
  void everyDocumentedQueryParameterIsAccepted() {
    for (Map.Entry<String, JsonNode> operation : operations().entrySet()) {
      for (JsonNode declared : operation.getValue().path("parameters")) {
        JsonNode parameter = resolve(declared);
        // A cursor has no example: its only valid values are the ones a page hands out.
        if (!"query".equals(parameter.path("in").asText()) || "cursor".equals(parameter.path("name").asText())) {
          continue;
        }
        assertThat(parameter.has("example")).as(operation.getKey() + " " + parameter.path("name")).isTrue();
        ApiResponse response = get(operation.getKey().replace("{id}", "a1"),
            Map.of(parameter.path("name").asText(), parameter.path("example").asText()), Map.of());
        assertThat(response.status()).as(operation.getKey() + "?" + parameter.path("name").asText()).isEqualTo(200);
      }
    }
  }

  /** Path to the GET operation object, for each documented path. */
  Map<String, JsonNode> operations() {
    Map<String, JsonNode> operations = new HashMap<>();
    spec.path("paths").fields().forEachRemaining(path -> operations.put(path.getKey(), path.getValue().path("get")));
    return operations;
  }

  ApiResponse get(String path, Map<String, String> query, Map<String, String> headers) {
    return api.handle(new ApiRequest("GET", path, query, headers));
  }

  void assertValid(JsonNode schema, String body, String where) throws Exception {
    List<String> errors = new ArrayList<>();
    validate(schema, JSON.readTree(body), where, errors);
    assertThat(errors).as(where).isEmpty();
  }

  JsonNode resolve(JsonNode schema) {
    while (schema.has("$ref")) {
      String ref = schema.path("$ref").asText();
      assertThat(ref).startsWith("#/");
      schema = spec.at(ref.substring(1));
      assertThat(schema.isMissingNode()).as(ref + " resolves").isFalse();
    }
    return schema;
  }

  void validate(JsonNode schema, JsonNode value, String where, List<String> errors) {
    schema = resolve(schema);
    if (schema.has("anyOf")) {
      boolean any = false;
      for (JsonNode option : schema.path("anyOf")) {
        List<String> optionErrors = new ArrayList<>();
        validate(option, value, where, optionErrors);
        any |= optionErrors.isEmpty();
      }
      if (!any) {
        errors.add(where + ": matches no anyOf option");
      }
      return;
    }
    if (schema.has("type")) {
      List<String> types = new ArrayList<>();
      if (schema.path("type").isArray()) {
        schema.path("type").forEach(t -> types.add(t.asText()));
      } else {
        types.add(schema.path("type").asText());
      }
      if (types.stream().noneMatch(t -> is(t, value))) {
        errors.add(where + ": " + value.getNodeType() + " is not " + types);
        return;
      }
    }
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode option : schema.path("enum")) {
        listed |= option.equals(value);
      }
      if (!listed) {
        errors.add(where + ": " + value + " is not in " + schema.path("enum"));
      }
    }
    if (value.isObject()) {
      for (JsonNode name : schema.path("required")) {
        if (!value.has(name.asText())) {
          errors.add(where + ": missing required " + name.asText());
        }
      }
      schema.path("properties").fields().forEachRemaining(property -> {
        if (value.has(property.getKey())) {
          validate(property.getValue(), value.get(property.getKey()), where + "." + property.getKey(), errors);
        }
      });
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        validate(schema.path("items"), value.get(i), where + "[" + i + "]", errors);
      }
    }
  }

  static boolean is(String type, JsonNode value) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new AssertionError("unknown schema type " + type);
    };
  }
}
