package newsdesk.article;

import java.util.List;

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

  /** The summary as JSON text, what {@code ArticleJson.write(summary)} gives. */
  public static String summary(ArticleSummary summary) {
    // Text, as the mapper's writeValueAsString: characters outside the BMP as they are.
    JsonText json = JsonText.forText(1024);
    write(json, summary);
    return json.toString();
  }

  /** The rejection as JSON text, what {@code ArticleJson.write(rejection)} gives. */
  public static String rejection(Rejection rejection) {
    JsonText json = JsonText.forText(512);
    json.startObject();
    source(json, "source", rejection.source());
    json.field("reason", rejection.reason());
    json.field("detail", rejection.detail());
    json.field("extractorVersion", rejection.extractorVersion());
    json.field("at", rejection.at());
    json.endObject();
    return json.toString();
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
