package newsdesk.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.util.List;

/**
 * The JSON that ingestion stores — the whole article ({@code doc}), its summary and a rejection —
 * written with Jackson's streaming core alone. Binding them through {@link ArticleJson}'s
 * {@code ObjectMapper} would load Jackson databind (about 500 classes) into Ingest's cold start for
 * three fixed shapes. The output is the document {@link ArticleJson} writes for the same value:
 * the same fields in the same order, nulls written where {@link ArticleJson} writes them (every
 * field but those of {@link Block} and {@link Source}, which omit nulls), so stored items and what
 * readers parse back with {@link ArticleJson} do not change. {@code ArticleDocumentTest} proves it on
 * the seed article and seeded random ones; a field added to a record must be added here too, and
 * that test fails until it is.
 */
public final class ArticleDocument {

  private static final JsonFactory JSON = new JsonFactory();

  private ArticleDocument() {}

  /** The article as UTF-8 JSON, what {@code ArticleJson.writeBytes(article)} gives. */
  public static byte[] bytes(Article article) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      write(json, article);
    } catch (IOException e) {
      throw new UncheckedIOException("an in-memory stream does not fail", e);
    }
    return out.toByteArray();
  }

  /** The summary as JSON text, what {@code ArticleJson.write(summary)} gives. */
  public static String summary(ArticleSummary summary) {
    // Text through a Writer, as the mapper's writeValueAsString does: its UTF-8 generator would
    // escape characters outside the BMP as surrogate pairs, this one writes them as they are.
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      write(json, summary);
    } catch (IOException e) {
      throw new UncheckedIOException("an in-memory writer does not fail", e);
    }
    return out.toString();
  }

  /** The rejection as JSON text, what {@code ArticleJson.write(rejection)} gives. */
  public static String rejection(Rejection rejection) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      source(json, "source", rejection.source());
      json.writeStringField("reason", rejection.reason());
      json.writeStringField("detail", rejection.detail());
      json.writeStringField("extractorVersion", rejection.extractorVersion());
      json.writeStringField("at", rejection.at());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("an in-memory writer does not fail", e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator json, Article a) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", a.id());
    json.writeStringField("url", a.url());
    json.writeStringField("title", a.title());
    json.writeStringField("subtitle", a.subtitle());
    strings(json, "authors", a.authors());
    json.writeStringField("publisher", a.publisher());
    json.writeStringField("host", a.host());
    json.writeStringField("section", a.section());
    strings(json, "tags", a.tags());
    json.writeStringField("language", a.language());
    json.writeStringField("published", a.published());
    json.writeStringField("updated", a.updated());
    json.writeStringField("dateline", a.dateline());
    json.writeStringField("description", a.description());
    image(json, a.image());
    blocks(json, a.body());
    json.writeStringField("text", a.text());
    captions(json, a.captions());
    credits(json, a.credits());
    json.writeBooleanField("truncated", a.truncated());
    json.writeNumberField("wordCount", a.wordCount());
    json.writeStringField("contentHash", a.contentHash());
    json.writeStringField("duplicateOf", a.duplicateOf());
    source(json, "source", a.source());
    extractor(json, a.extractor());
    json.writeEndObject();
  }

  private static void write(JsonGenerator json, ArticleSummary s) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", s.id());
    json.writeStringField("url", s.url());
    json.writeStringField("title", s.title());
    json.writeStringField("subtitle", s.subtitle());
    strings(json, "authors", s.authors());
    json.writeStringField("publisher", s.publisher());
    json.writeStringField("host", s.host());
    json.writeStringField("section", s.section());
    strings(json, "tags", s.tags());
    json.writeStringField("language", s.language());
    json.writeStringField("published", s.published());
    json.writeStringField("updated", s.updated());
    json.writeStringField("description", s.description());
    json.writeNumberField("wordCount", s.wordCount());
    json.writeBooleanField("truncated", s.truncated());
    json.writeEndObject();
  }

  private static void image(JsonGenerator json, Image image) throws IOException {
    json.writeFieldName("image");
    if (image == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("url", image.url());
    json.writeStringField("caption", image.caption());
    json.writeStringField("credit", image.credit());
    json.writeEndObject();
  }

  private static void blocks(JsonGenerator json, List<Block> body) throws IOException {
    json.writeArrayFieldStart("body");
    for (Block block : body) {
      // Block omits null fields (@JsonInclude NON_NULL), so a paragraph is {"type", "text"} only.
      json.writeStartObject();
      optional(json, "type", block.type());
      optional(json, "text", block.text());
      if (block.items() != null) {
        strings(json, "items", block.items());
      }
      optional(json, "caption", block.caption());
      optional(json, "credit", block.credit());
      optional(json, "url", block.url());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void captions(JsonGenerator json, List<Caption> captions) throws IOException {
    json.writeArrayFieldStart("captions");
    for (Caption caption : captions) {
      json.writeStartObject();
      json.writeStringField("text", caption.text());
      json.writeStringField("credit", caption.credit());
      json.writeStringField("imageUrl", caption.imageUrl());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void credits(JsonGenerator json, Credits credits) throws IOException {
    json.writeObjectFieldStart("credits");
    strings(json, "additionalReporting", credits.additionalReporting());
    strings(json, "writing", credits.writing());
    strings(json, "editing", credits.editing());
    strings(json, "contributors", credits.contributors());
    json.writeEndObject();
  }

  private static void source(JsonGenerator json, String field, Source source) throws IOException {
    json.writeFieldName(field);
    if (source == null) {
      json.writeNull();
      return;
    }
    // Source omits null fields (@JsonInclude NON_NULL).
    json.writeStartObject();
    optional(json, "bucket", source.bucket());
    optional(json, "key", source.key());
    optional(json, "versionId", source.versionId());
    optional(json, "etag", source.etag());
    optional(json, "contentType", source.contentType());
    optional(json, "fetchedUrl", source.fetchedUrl());
    optional(json, "feedId", source.feedId());
    json.writeEndObject();
  }

  private static void extractor(JsonGenerator json, ExtractorInfo extractor) throws IOException {
    json.writeFieldName("extractor");
    if (extractor == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("version", extractor.version());
    strings(json, "warnings", extractor.warnings());
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static void optional(JsonGenerator json, String field, String value) throws IOException {
    if (value != null) {
      json.writeStringField(field, value);
    }
  }
}
