package newsdesk.aws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.article.JsonValues;

/**
 * JSON of plain values — maps, lists, strings, numbers, booleans, null — read and written with
 * Jackson's streaming core alone. The functions' Lambda events, results and telemetry lines are
 * all plain values; binding them through an {@code ObjectMapper} would load Jackson databind
 * (about 500 classes, a sixth of the floor) into a function whose first event otherwise never
 * needs it. Measured with {@code bench/cold-start}; see the README.
 *
 * <p>Objects read as {@link LinkedHashMap} (field order kept; a repeated name keeps its last
 * value), arrays as {@link ArrayList}, integers as {@link Long} or {@link BigInteger}, other
 * numbers as {@link Double} or {@link BigDecimal}. Input that is not one JSON value fails with the
 * parser's {@link IOException}. Written values other than the plain kinds (an enum, an
 * {@code Instant}) are written as their {@code toString()}.
 */
public final class PlainJson {

  // The runtime owns the streams (and the cold-start harness passes stdout): never close them.
  private static final JsonFactory JSON = JsonFactory.builder()
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .build()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

  private PlainJson() {}

  /** One JSON value; empty input reads as {@code null}. */
  public static Object read(InputStream input) throws IOException {
    try (JsonParser parser = JSON.createParser(input)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      Object value = JsonValues.read(parser, first);
      if (parser.nextToken() != null) {
        throw new IOException("more than one JSON value at " + parser.currentLocation());
      }
      return value;
    }
  }

  /** {@code value} as one line of JSON. */
  public static String write(Object value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(text)) {
      write(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return text.toString();
  }

  /** Writes {@code value} as JSON to {@code output}, which stays open. */
  public static void write(OutputStream output, Object value) throws IOException {
    try (JsonGenerator generator = JSON.createGenerator(output)) {
      write(generator, value);
    }
  }

  /** The object {@code value} is, or an empty map when it is anything else (absent, null, a string). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  /** {@code field} of {@code object} as text, or {@code null} when absent, null, an object or an array. */
  public static String text(Map<String, Object> object, String field) {
    Object value = object.get(field);
    return value == null || value instanceof Map || value instanceof List ? null : value.toString();
  }

  /** {@code field} as a map of strings (headers, parameters), or {@code null} when it is no object. */
  public static Map<String, String> strings(Map<String, Object> object, String field) {
    if (!(object.get(field) instanceof Map<?, ?> value)) {
      return null;
    }
    Map<String, String> strings = new LinkedHashMap<>();
    value.forEach((name, item) -> strings.put((String) name, item == null ? null : item.toString()));
    return strings;
  }

  private static void write(JsonGenerator generator, Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      generator.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      generator.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof BigInteger big) {
      generator.writeNumber(big);
    } else if (value instanceof BigDecimal decimal) {
      generator.writeNumber(decimal);
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeFieldName(String.valueOf(entry.getKey()));
        write(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof Iterable<?> items) {
      generator.writeStartArray();
      for (Object item : items) {
        write(generator, item);
      }
      generator.writeEndArray();
    } else {
      generator.writeString(value.toString());
    }
  }
}
