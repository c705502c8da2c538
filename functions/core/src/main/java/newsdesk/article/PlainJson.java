package newsdesk.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON of plain values — maps, lists, strings, numbers, booleans, null — read and written without
 * a JSON library. The functions' Lambda events, results and telemetry lines are all plain values;
 * binding them through an {@code ObjectMapper} would load Jackson databind (about 500 classes, a
 * sixth of the floor), and even Jackson's streaming core is about 80 classes that Ingest's first
 * event needs for nothing else (docs/cold-start.md). Writing is {@link JsonText} (what Jackson's
 * generator writes, character for character); reading is the strict JSON of RFC 8259 with
 * Jackson's default limits, and {@code PlainJsonTest} holds both to Jackson on seeded random values
 * and malformed text.
 *
 * <p>Objects read as {@link LinkedHashMap} (field order kept; a repeated name keeps its last
 * value), arrays as {@link ArrayList}, integers as {@link Long} or {@link BigInteger}, other
 * numbers as {@link Double}. Input that is not one JSON value in UTF-8 fails with an
 * {@link IOException}: no comments, single quotes, trailing commas, leading zeros, {@code NaN},
 * unescaped control characters or unknown escapes; nesting deeper than {@value #MAX_DEPTH},
 * numbers longer than {@value #MAX_NUMBER}, names longer than {@value #MAX_NAME} and strings longer
 * than {@value #MAX_STRING} characters are refused (Jackson's {@code StreamReadConstraints}
 * defaults). Written values other than the plain kinds (an enum, an {@code Instant}) are written
 * as their {@code toString()}.
 */
public final class PlainJson {

  static final int MAX_DEPTH = 1000;
  static final int MAX_NUMBER = 1000;
  static final int MAX_NAME = 50_000;
  static final int MAX_STRING = 20_000_000;

  private PlainJson() {}

  /** One JSON value; empty input (or only white space) reads as {@code null}. The stream stays open. */
  public static Object read(InputStream input) throws IOException {
    // The runtime owns the stream (and the cold-start harness passes stdout): read, never close.
    return read(input.readAllBytes());
  }

  /** One JSON value from UTF-8 bytes (malformed UTF-8 refused); empty input reads as {@code null}. */
  public static Object read(byte[] utf8) throws IOException {
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(utf8))
        .toString();
    return read(text);
  }

  /** One JSON value from text already decoded; empty text (or only white space) reads as {@code null}. */
  public static Object read(String text) throws IOException {
    Reading reading = new Reading(text);
    if (reading.end()) {
      return null;
    }
    Object value = reading.value(0);
    if (!reading.end()) {
      throw reading.error("more than one JSON value");
    }
    return value;
  }

  /** {@code value} as one line of JSON. */
  public static String write(Object value) {
    return JsonText.forText(256).value(value).toString();
  }

  /** Writes {@code value} as JSON in UTF-8 to {@code output}, which stays open. */
  public static void write(OutputStream output, Object value) throws IOException {
    output.write(JsonText.forUtf8(256).value(value).utf8());
    output.flush();
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

  /** A strict reader of one JSON text, position by position. */
  private static final class Reading {
    private final String text;
    private int at;

    Reading(String text) {
      this.text = text;
      // A byte order mark is not JSON, but UTF-8 text may start with one; Jackson skips it too.
      this.at = text.startsWith("\uFEFF") ? 1 : 0;
    }

    /** Skips white space; true when nothing is left. */
    boolean end() {
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return false;
        }
        at++;
      }
      return true;
    }

    /** The value at the current position (white space skipped), read to its end. */
    Object value(int depth) throws IOException {
      if (end()) {
        throw error("JSON ends inside a value");
      }
      char c = text.charAt(at);
      switch (c) {
        case '{':
          return object(depth + 1);
        case '[':
          return array(depth + 1);
        case '"':
          return string(MAX_STRING);
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", null);
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
          }
          throw error("unexpected character");
      }
    }

    private Map<String, Object> object(int depth) throws IOException {
      nested(depth);
      at++;
      Map<String, Object> object = new LinkedHashMap<>();
      if (next() == '}') {
        at++;
        return object;
      }
      while (true) {
        if (next() != '"') {
          throw error("a field name expected");
        }
        String name = string(MAX_NAME);
        if (next() != ':') {
          throw error("':' expected");
        }
        at++;
        object.put(name, value(depth));
        char after = next();
        at++;
        if (after == '}') {
          return object;
        }
        if (after != ',') {
          throw error("',' or '}' expected");
        }
      }
    }

    private List<Object> array(int depth) throws IOException {
      nested(depth);
      at++;
      List<Object> array = new ArrayList<>();
      if (next() == ']') {
        at++;
        return array;
      }
      while (true) {
        array.add(value(depth));
        char after = next();
        at++;
        if (after == ']') {
          return array;
        }
        if (after != ',') {
          throw error("',' or ']' expected");
        }
      }
    }

    private void nested(int depth) throws IOException {
      if (depth > MAX_DEPTH) {
        throw error("nesting deeper than " + MAX_DEPTH);
      }
    }

    /** The next character after white space, not consumed; a NUL when the text has ended. */
    private char next() {
      return end() ? '\0' : text.charAt(at);
    }

    private Object literal(String word, Object value) throws IOException {
      if (!text.startsWith(word, at)) {
        throw error("unrecognised token");
      }
      at += word.length();
      if (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
        throw error("unrecognised token");
      }
      return value;
    }

    private String string(int maxLength) throws IOException {
      at++;
      // Runs of plain characters are taken whole from the text, not copied one at a time (which made
      // reading a stored article 2-3x slower than Jackson's); a string without escapes is a substring.
      StringBuilder value = null;
      int run = at;
      while (true) {
        if (at >= text.length()) {
          throw error("JSON ends inside a string");
        }
        char c = text.charAt(at);
        if (c == '"') {
          String string = value == null ? text.substring(run, at) : value.append(text, run, at).toString();
          at++;
          if (string.length() > maxLength) {
            throw error("string or name longer than " + maxLength + " characters");
          }
          return string;
        }
        if (c < 0x20) {
          throw error("unescaped control character in a string");
        }
        if (c != '\\') {
          at++;
          continue;
        }
        if (value == null) {
          value = new StringBuilder(at - run + 64);
        }
        value.append(text, run, at);
        at++;
        if (at >= text.length()) {
          throw error("JSON ends inside a string");
        }
        char e = text.charAt(at++);
        switch (e) {
          case '"', '\\', '/' -> value.append(e);
          case 'b' -> value.append('\b');
          case 'f' -> value.append('\f');
          case 'n' -> value.append('\n');
          case 'r' -> value.append('\r');
          case 't' -> value.append('\t');
          case 'u' -> value.append(unicode());
          default -> throw error("unknown escape \\" + e);
        }
        if (value.length() > maxLength) {
          throw error("string or name longer than " + maxLength + " characters");
        }
        run = at;
      }
    }

    private char unicode() throws IOException {
      if (at + 4 > text.length()) {
        throw error("JSON ends inside a \\u escape");
      }
      int code = 0;
      for (int i = 0; i < 4; i++) {
        int digit = Character.digit(text.charAt(at++), 16);
        if (digit < 0 || text.charAt(at - 1) > 'f') {
          throw error("not a hex digit in a \\u escape");
        }
        code = code * 16 + digit;
      }
      return (char) code;
    }

    private Object number() throws IOException {
      int start = at;
      if (text.charAt(at) == '-') {
        at++;
      }
      int integerDigits = digits();
      if (integerDigits == 0) {
        throw error("a digit expected");
      }
      if (integerDigits > 1 && text.charAt(at - integerDigits) == '0') {
        throw error("leading zeros are not JSON");
      }
      boolean whole = true;
      if (at < text.length() && text.charAt(at) == '.') {
        at++;
        whole = false;
        if (digits() == 0) {
          throw error("a digit expected after the decimal point");
        }
      }
      if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
        at++;
        whole = false;
        if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
          at++;
        }
        if (digits() == 0) {
          throw error("a digit expected in the exponent");
        }
      }
      String number = text.substring(start, at);
      if (number.length() > MAX_NUMBER) {
        throw error("number longer than " + MAX_NUMBER + " characters");
      }
      if (!whole) {
        return Double.parseDouble(number);
      }
      // Long when it fits (as Jackson's parser chooses), else BigInteger.
      return integerDigits <= 18 ? (Object) Long.parseLong(number) : fitting(new BigInteger(number));
    }

    private static Object fitting(BigInteger value) {
      return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private int digits() {
      int from = at;
      while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
        at++;
      }
      return at - from;
    }

    IOException error(String what) {
      return new IOException("not JSON: " + what + " at character " + at);
    }
  }
}
