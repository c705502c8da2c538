package newsdesk.article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON that ingestion stores — the whole article ({@code doc}), its summary and a rejection —
 * written with {@link JsonText}, which writes what Jackson's streaming generator wrote without
 * loading Jackson (Ingest's first event needs no JSON library at all; docs/cold-start.md). Binding
 * them through {@link ArticleJson}'s {@code ObjectMapper} would load Jackson databind (about 500
 * classes) into Ingest's cold start for three fixed shapes. The output is the document
 * {@link ArticleJson} writes for the same value: the same fields in the same order, nulls written
 * where {@link ArticleJson} writes them (every field but those of {@link Block} and {@link Source},
 * which omit nulls), so stored items and what readers parse back with {@link ArticleJson} do not
 * change. {@code ArticleDocumentTest} proves it on the seed article and seeded random ones; a field
 * added to a record must be added here too, and that test fails until it is.
 *
 * <p>It also reads them back (the API's get and list, an update's old version) with
 * {@link PlainJson} instead of the mapper, which would load databind into the API's first event
 * for the same three shapes: every field by name, unknown ones ignored, absent ones null (or
 * {@code 0}, {@code false}, an empty list, as the records' constructors make them), which is what
 * {@link ArticleJson#read} gives for every document written here. It reads documents written here,
 * not any JSON the mapper would have taken: a value of the wrong kind (an object where text belongs,
 * a null item in a list) is refused with an {@link IOException}, and where the mapper coerced a
 * value ("7" for a count, 1 for true) this reader refuses it too.
 */
public final class ArticleDocument {

  private ArticleDocument() {}

  /** The article as UTF-8 JSON, what {@code ArticleJson.writeBytes(article)} gives. */
  public static byte[] bytes(Article article) {
    // As the mapper's UTF-8 output: characters outside the BMP as escaped surrogate pairs.
    JsonText json = JsonText.forUtf8(8192);
    write(json, article);
    return json.utf8();
  }

  /** The article as JSON text, what {@code ArticleJson.write(article)} gives: the API's response. */
  public static String text(Article article) {
    // Text, as the mapper's writeValueAsString: characters outside the BMP as they are.
    JsonText json = JsonText.forText(8192);
    write(json, article);
    return json.toString();
  }

  /** The summary as JSON text, what {@code ArticleJson.write(summary)} gives. */
  public static String summary(ArticleSummary summary) {
    // Text, as the mapper's writeValueAsString: characters outside the BMP as they are.
    JsonText json = JsonText.forText(1024);
    write(json, summary);
    return json.toString();
  }

  /** Writes the summary as the next value of {@code json} (an item of a list response). */
  public static void summary(JsonText json, ArticleSummary summary) {
    write(json, summary);
  }

  /** The rejection as JSON text, what {@code ArticleJson.write(rejection)} gives. */
  public static String rejection(Rejection rejection) {
    JsonText json = JsonText.forText(512);
    rejection(json, rejection);
    return json.toString();
  }

  /** Writes the rejection as the next value of {@code json} (an item of a list response). */
  public static void rejection(JsonText json, Rejection rejection) {
    json.startObject();
    source(json, "source", rejection.source());
    json.field("reason", rejection.reason());
    json.field("detail", rejection.detail());
    json.field("extractorVersion", rejection.extractorVersion());
    json.field("at", rejection.at());
    json.endObject();
  }

  /** The article in {@code utf8} (what {@link #bytes} wrote), as {@code ArticleJson.read(utf8, Article.class)} reads it. */
  public static Article readArticle(byte[] utf8) throws IOException {
    Map<String, Object> a = object(PlainJson.read(utf8), "article");
    if (a == null) {
      throw new IOException("not a stored article: null");
    }
    Map<String, Object> credits = object(a.get("credits"), "credits");
    Map<String, Object> extractor = object(a.get("extractor"), "extractor");
    return new Article(text(a, "id"), text(a, "url"), text(a, "title"), text(a, "subtitle"), strings(a, "authors"),
        text(a, "publisher"), text(a, "host"), text(a, "section"), strings(a, "tags"), text(a, "language"),
        text(a, "published"), text(a, "updated"), text(a, "dateline"), text(a, "description"), image(a.get("image")),
        blocks(a.get("body")), text(a, "text"), captions(a.get("captions")),
        credits == null ? null : new Credits(strings(credits, "additionalReporting"), strings(credits, "writing"),
            strings(credits, "editing"), strings(credits, "contributors")),
        bool(a, "truncated"), number(a, "wordCount"), text(a, "contentHash"), text(a, "duplicateOf"),
        source(a.get("source")),
        extractor == null ? null : new ExtractorInfo(text(extractor, "version"), strings(extractor, "warnings")));
  }

  /**
   * The summary in {@code json}, the value {@link PlainJson#read} gave for what
   * {@link #summary(ArticleSummary)} wrote, as {@code ArticleJson.read(text, ArticleSummary.class)} reads it.
   */
  public static ArticleSummary readSummary(Object json) throws IOException {
    Map<String, Object> s = object(json, "summary");
    if (s == null) {
      throw new IOException("not a stored summary: null");
    }
    return new ArticleSummary(text(s, "id"), text(s, "url"), text(s, "title"), text(s, "subtitle"),
        strings(s, "authors"), text(s, "publisher"), text(s, "host"), text(s, "section"), strings(s, "tags"),
        text(s, "language"), text(s, "published"), text(s, "updated"), text(s, "description"),
        number(s, "wordCount"), bool(s, "truncated"));
  }

  private static Image image(Object value) throws IOException {
    Map<String, Object> image = object(value, "image");
    return image == null ? null : new Image(text(image, "url"), text(image, "caption"), text(image, "credit"));
  }

  private static List<Block> blocks(Object value) throws IOException {
    List<Object> items = array(value, "body");
    if (items == null) {
      return null;
    }
    List<Block> blocks = new ArrayList<>(items.size());
    for (Object item : items) {
      Map<String, Object> b = present(object(item, "block"), "body");
      blocks.add(new Block(text(b, "type"), text(b, "text"), strings(b, "items"), text(b, "caption"),
          text(b, "credit"), text(b, "url")));
    }
    return blocks;
  }

  private static List<Caption> captions(Object value) throws IOException {
    List<Object> items = array(value, "captions");
    if (items == null) {
      return null;
    }
    List<Caption> captions = new ArrayList<>(items.size());
    for (Object item : items) {
      Map<String, Object> c = present(object(item, "caption"), "captions");
      captions.add(new Caption(text(c, "text"), text(c, "credit"), text(c, "imageUrl")));
    }
    return captions;
  }

  /** {@code item}, refused where it is null: the records' lists hold no nulls. */
  private static Map<String, Object> present(Map<String, Object> item, String field) throws IOException {
    if (item == null) {
      throw new IOException("not a stored article: an item of " + field + " is null");
    }
    return item;
  }

  private static Source source(Object value) throws IOException {
    Map<String, Object> s = object(value, "source");
    return s == null ? null : new Source(text(s, "bucket"), text(s, "key"), text(s, "versionId"), text(s, "etag"),
        text(s, "contentType"), text(s, "fetchedUrl"), text(s, "feedId"));
  }

  /** An object, or null for JSON null or an absent field. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String what) throws IOException {
    if (value == null || value instanceof Map) {
      return (Map<String, Object>) value;
    }
    throw new IOException("not a stored article: " + what + " is not an object");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> array(Object value, String what) throws IOException {
    if (value == null || value instanceof List) {
      return (List<Object>) value;
    }
    throw new IOException("not a stored article: " + what + " is not an array");
  }

  /** Text; a number or boolean as its text, as the mapper coerces scalars to a {@code String}. */
  private static String text(Map<String, Object> object, String field) throws IOException {
    Object value = object.get(field);
    if (value instanceof Map || value instanceof List) {
      throw new IOException("not a stored article: " + field + " is not text");
    }
    return value == null ? null : value.toString();
  }

  private static List<String> strings(Map<String, Object> object, String field) throws IOException {
    List<Object> items = array(object.get(field), field);
    if (items == null) {
      return null;
    }
    List<String> strings = new ArrayList<>(items.size());
    for (Object item : items) {
      if (item instanceof Map || item instanceof List) {
        throw new IOException("not a stored article: an item of " + field + " is not text");
      }
      if (item == null) {
        throw new IOException("not a stored article: an item of " + field + " is null");
      }
      strings.add(item.toString());
    }
    return strings;
  }

  private static int number(Map<String, Object> object, String field) throws IOException {
    Object value = object.get(field);
    if (value == null) {
      return 0;
    }
    if (value instanceof Long whole && whole == whole.intValue()) {
      return whole.intValue();
    }
    throw new IOException("not a stored article: " + field + " is not an int");
  }

  private static boolean bool(Map<String, Object> object, String field) throws IOException {
    Object value = object.get(field);
    if (value == null || value instanceof Boolean) {
      return Boolean.TRUE.equals(value);
    }
    throw new IOException("not a stored article: " + field + " is not a boolean");
  }

  private static void write(JsonText json, Article a) {
    json.startObject();
    json.field("id", a.id());
    json.field("url", a.url());
    json.field("title", a.title());
    json.field("subtitle", a.subtitle());
    strings(json, "authors", a.authors());
    json.field("publisher", a.publisher());
    json.field("host", a.host());
    json.field("section", a.section());
    strings(json, "tags", a.tags());
    json.field("language", a.language());
    json.field("published", a.published());
    json.field("updated", a.updated());
    json.field("dateline", a.dateline());
    json.field("description", a.description());
    image(json, a.image());
    blocks(json, a.body());
    json.field("text", a.text());
    captions(json, a.captions());
    credits(json, a.credits());
    json.name("truncated").bool(a.truncated());
    json.name("wordCount").number(a.wordCount());
    json.field("contentHash", a.contentHash());
    json.field("duplicateOf", a.duplicateOf());
    source(json, "source", a.source());
    extractor(json, a.extractor());
    json.endObject();
  }

  private static void write(JsonText json, ArticleSummary s) {
    json.startObject();
    json.field("id", s.id());
    json.field("url", s.url());
    json.field("title", s.title());
    json.field("subtitle", s.subtitle());
    strings(json, "authors", s.authors());
    json.field("publisher", s.publisher());
    json.field("host", s.host());
    json.field("section", s.section());
    strings(json, "tags", s.tags());
    json.field("language", s.language());
    json.field("published", s.published());
    json.field("updated", s.updated());
    json.field("description", s.description());
    json.name("wordCount").number(s.wordCount());
    json.name("truncated").bool(s.truncated());
    json.endObject();
  }

  private static void image(JsonText json, Image image) {
    json.name("image");
    if (image == null) {
      json.nullValue();
      return;
    }
    json.startObject();
    json.field("url", image.url());
    json.field("caption", image.caption());
    json.field("credit", image.credit());
    json.endObject();
  }

  private static void blocks(JsonText json, List<Block> body) {
    json.name("body").startArray();
    for (Block block : body) {
      // Block omits null fields (@JsonInclude NON_NULL), so a paragraph is {"type", "text"} only.
      json.startObject();
      optional(json, "type", block.type());
      optional(json, "text", block.text());
      if (block.items() != null) {
        strings(json, "items", block.items());
      }
      optional(json, "caption", block.caption());
      optional(json, "credit", block.credit());
      optional(json, "url", block.url());
      json.endObject();
    }
    json.endArray();
  }

  private static void captions(JsonText json, List<Caption> captions) {
    json.name("captions").startArray();
    for (Caption caption : captions) {
      json.startObject();
      json.field("text", caption.text());
      json.field("credit", caption.credit());
      json.field("imageUrl", caption.imageUrl());
      json.endObject();
    }
    json.endArray();
  }

  private static void credits(JsonText json, Credits credits) {
    json.name("credits").startObject();
    strings(json, "additionalReporting", credits.additionalReporting());
    strings(json, "writing", credits.writing());
    strings(json, "editing", credits.editing());
    strings(json, "contributors", credits.contributors());
    json.endObject();
  }

  private static void source(JsonText json, String field, Source source) {
    json.name(field);
    if (source == null) {
      json.nullValue();
      return;
    }
    // Source omits null fields (@JsonInclude NON_NULL).
    json.startObject();
    optional(json, "bucket", source.bucket());
    optional(json, "key", source.key());
    optional(json, "versionId", source.versionId());
    optional(json, "etag", source.etag());
    optional(json, "contentType", source.contentType());
    optional(json, "fetchedUrl", source.fetchedUrl());
    optional(json, "feedId", source.feedId());
    json.endObject();
  }

  private static void extractor(JsonText json, ExtractorInfo extractor) {
    json.name("extractor");
    if (extractor == null) {
      json.nullValue();
      return;
    }
    json.startObject();
    json.field("version", extractor.version());
    strings(json, "warnings", extractor.warnings());
    json.endObject();
  }

  private static void strings(JsonText json, String field, List<String> values) {
    json.name(field).startArray();
    for (String value : values) {
      json.string(value);
    }
    json.endArray();
  }

  private static void optional(JsonText json, String field, String value) {
    if (value != null) {
      json.field(field, value);
    }
  }
}
