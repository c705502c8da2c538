package newsdesk.article;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * JSON text written character for character as Jackson's streaming generator writes it with its
 * defaults, without loading Jackson: Ingest's first event writes a stored article, its summary and
 * a few log lines, and Jackson's core is about 80 classes (its factory links every parser and
 * generator it has) for those few shapes (docs/cold-start.md). Values and names are separated by
 * commas and colons, nothing else; in strings {@code "} and <code>&#92;</code> are escaped, control
 * characters as <code>&#92;b &#92;t &#92;n &#92;f &#92;r</code> or <code>&#92;u00XX</code> (upper-case hex), everything else is
 * written as it is. The one difference between Jackson's two generators is kept: {@link #forUtf8}
 * writes each UTF-16 surrogate as a <code>&#92;uXXXX</code> escape, as Jackson's UTF-8 generator does, and
 * {@link #forText} writes them as they are, as its Writer-based one does. {@code JsonTextTest}
 * compares both with Jackson on seeded random values. The caller keeps the structure well formed
 * (a name only inside an object, every start ended); this class does not check it.
 */
public final class JsonText {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final StringBuilder out;
  private final boolean escapeSurrogates;
  /** A value or name written in the current container: the next one needs a comma first. */
  private boolean comma;
  /** A name was just written: its value follows without a comma. */
  private boolean afterName;

  private JsonText(int capacity, boolean escapeSurrogates) {
    this.out = new StringBuilder(capacity);
    this.escapeSurrogates = escapeSurrogates;
  }

  /** Text kept as a string (a DynamoDB string attribute, a log line), as Jackson writes to a {@code Writer}. */
  public static JsonText forText(int capacity) {
    return new JsonText(capacity, false);
  }

  /** Text that becomes UTF-8 bytes ({@link #utf8()}), as Jackson writes to an {@code OutputStream}. */
  public static JsonText forUtf8(int capacity) {
    return new JsonText(capacity, true);
  }

  public JsonText startObject() {
    beforeValue();
    out.append('{');
    comma = false;
    return this;
  }

  public JsonText endObject() {
    out.append('}');
    comma = true;
    return this;
  }

  public JsonText startArray() {
    beforeValue();
    out.append('[');
    comma = false;
    return this;
  }

  public JsonText endArray() {
    out.append(']');
    comma = true;
    return this;
  }

  /** A field's name; its value is whatever is written next. */
  public JsonText name(String name) {
    if (comma) {
      out.append(',');
    }
    quoted(name);
    out.append(':');
    afterName = true;
    return this;
  }

  /** A string, or null. */
  public JsonText string(String value) {
    beforeValue();
    if (value == null) {
      out.append("null");
    } else {
      quoted(value);
    }
    comma = true;
    return this;
  }

  /** A field with a string value (or null). */
  public JsonText field(String name, String value) {
    return name(name).string(value);
  }

  public JsonText number(long value) {
    return raw(Long.toString(value));
  }

  /** As Jackson: {@link Double#toString}, and NaN and the infinities as strings. */
  public JsonText number(double value) {
    return Double.isFinite(value) ? raw(Double.toString(value)) : string(Double.toString(value));
  }

  public JsonText number(BigInteger value) {
    return raw(value.toString());
  }

  /** As Jackson by default: {@link BigDecimal#toString}, exponent and all. */
  public JsonText number(BigDecimal value) {
    return raw(value.toString());
  }

  public JsonText bool(boolean value) {
    return raw(value ? "true" : "false");
  }

  public JsonText nullValue() {
    return raw("null");
  }

  /**
   * A plain value: null, a string, a boolean, a number (integers, floating point, {@link BigInteger},
   * {@link BigDecimal}), a {@code Map} (its keys' text as names) or an {@code Iterable} of plain
   * values; anything else (an enum, an {@code Instant}) as the string of its {@code toString()}.
   */
  public JsonText value(Object value) {
    if (value == null) {
      nullValue();
    } else if (value instanceof String text) {
      string(text);
    } else if (value instanceof Boolean bool) {
      bool(bool);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      number(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      number(((Number) value).doubleValue());
    } else if (value instanceof BigInteger big) {
      number(big);
    } else if (value instanceof BigDecimal decimal) {
      number(decimal);
    } else if (value instanceof Map<?, ?> map) {
      startObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        name(String.valueOf(entry.getKey()));
        value(entry.getValue());
      }
      endObject();
    } else if (value instanceof Iterable<?> items) {
      startArray();
      for (Object item : items) {
        value(item);
      }
      endArray();
    } else {
      string(value.toString());
    }
    return this;
  }

  /** The JSON written so far. */
  @Override
  public String toString() {
    return out.toString();
  }

  /** The JSON written so far as UTF-8. */
  public byte[] utf8() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private JsonText raw(String token) {
    beforeValue();
    out.append(token);
    comma = true;
    return this;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else if (comma) {
      out.append(',');
    }
  }

  private void quoted(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        switch (c) {
          case '\b' -> out.append("\\b");
          case '\t' -> out.append("\\t");
          case '\n' -> out.append("\\n");
          case '\f' -> out.append("\\f");
          case '\r' -> out.append("\\r");
          default -> escape(c);
        }
      } else if (escapeSurrogates && Character.isSurrogate(c)) {
        escape(c);
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private void escape(char c) {
    out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
  }
}
