package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link PlainJson} to Jackson, the reference it replaces on the functions' event and
 * telemetry paths: for seeded random plain values, both write JSON that reads back as the same
 * value, and both read the same JSON text to the same value; on seeded random mutations of JSON
 * text (a character dropped, doubled or replaced by one that matters to JSON, the text cut short)
 * it refuses exactly what Jackson's streaming parser refused and reads the rest to the same value.
 */
class PlainJsonTest {

  static final ObjectMapper DATABIND = new ObjectMapper();

  @Test
  void writesAndReadsPlainValuesAsDatabindDoes() throws IOException {
    for (var sample : RandomInputs.seeded(20261128L).samples(300,
        List.of(Map.of(), List.of(), "", Map.of("a", List.of())), r -> value(r, 3))) {
      Object value = sample.value();
      String ours = PlainJson.write(value);

      assertThat(DATABIND.readTree(ours)).as(sample.toString()).isEqualTo(DATABIND.valueToTree(value));
      assertThat(PlainJson.read(bytes(ours))).as(sample.toString())
          .isEqualTo(normalized(DATABIND.readValue(ours, Object.class)));
      ByteArrayOutputStream stream = new ByteArrayOutputStream();
      PlainJson.write(stream, value);
      // As UTF-8 bytes, Jackson may escape a supplementary character as its surrogate pair: same JSON value.
      assertThat(DATABIND.readTree(stream.toByteArray())).as(sample.toString()).isEqualTo(DATABIND.readTree(ours));
    }
  }

  @Test
  void emptyInputIsNullAndAnythingButOneValueFails() throws IOException {
    assertThat(PlainJson.read(bytes(""))).isNull();
    assertThat(PlainJson.read(bytes(" null "))).isNull();
    for (String broken : List.of("{\"a\": ", "[1,", "{} {}", "1 2", "{\"a\" 1}", "nul", "'a'")) {
      assertThatThrownBy(() -> PlainJson.read(bytes(broken))).as(broken).isInstanceOf(IOException.class);
    }
  }

  @Test
  void readsAndRefusesWhatJacksonsParserReadAndRefused() throws IOException {
    List<String> edges = List.of("", " ", "\uFEFF{}", "0", "-0", "-", "01", "1.", ".5", "+1", "1e", "1e+", "1E-2",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1" + "0".repeat(30), "1.5e400",
        "NaN", "Infinity", "true", "truex", "tru", "nulll", "[true,false,null]", "{\"a\":1,\"a\":2}", "{a:1}",
        "[1,]", "{\"a\":1,}", "[1 2]", "\"\\u00e9\\uD83D\\uDE00\\/\"", "\"\\x\"", "\"\\u12G4\"", "\"\t\"",
        "\"\u007f\"", "// c\n1", "'a'", "[\f]", "[\u00a0]", "\"\\u0000\"", "{\"\":\"\"}",
        "[".repeat(1000) + "]".repeat(1000), "[".repeat(1001) + "]".repeat(1001), "1".repeat(1000), "1".repeat(1001));
    for (String edge : edges) {
      assertReadAlike(edge);
    }
    RandomInputs r = RandomInputs.seeded(20261129L);
    String significant = "{}[]\":,.-+eE0123456789 \\tnrufalse\u0000\u001f\u00e9";
    for (int i = 0; i < 3000; i++) {
      String valid = r.chance(0.5) ? DATABIND.writeValueAsString(value(r, 3))
          : DATABIND.writerWithDefaultPrettyPrinter().writeValueAsString(value(r, 3));
      StringBuilder text = new StringBuilder(valid);
      for (int edits = r.intBetween(0, 2); edits > 0 && text.length() > 0; edits--) {
        int at = r.intBetween(0, text.length() - 1);
        switch (r.intBetween(0, 3)) {
          case 0 -> text.deleteCharAt(at);
          case 1 -> text.insert(at, text.charAt(at));
          case 2 -> text.setCharAt(at, significant.charAt(r.intBetween(0, significant.length() - 1)));
          default -> text.setLength(at);
        }
      }
      assertReadAlike(text.toString());
    }
  }

  /** Both read {@code text} to the same value, or both refuse it. */
  private static void assertReadAlike(String text) {
    Object expected;
    try {
      expected = jacksonRead(text);
    } catch (IOException refused) {
      assertThatThrownBy(() -> PlainJson.read(bytes(text))).as(RandomInputs.show(text)).isInstanceOf(IOException.class);
      return;
    }
    try {
      assertThat(PlainJson.read(bytes(text))).as(RandomInputs.show(text)).isEqualTo(expected);
    } catch (IOException e) {
      throw new AssertionError("refused what Jackson read: " + RandomInputs.show(text), e);
    }
  }

  /** What PlainJson.read did with Jackson's streaming parser before it read JSON itself. */
  private static Object jacksonRead(String text) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(text.getBytes(StandardCharsets.UTF_8))) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      Object value = JsonValues.read(parser, first);
      if (parser.nextToken() != null) {
        throw new IOException("more than one JSON value");
      }
      return value;
    }
  }

  @Test
  void theLookupsTolerateWhatIsAbsentOrOfAnotherKind() {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("headers", Map.of("accept", "text/html", "x-count", 3L));
    event.put("nothing", null);
    event.put("list", List.of("a"));

    assertThat(PlainJson.object(event.get("missing"))).isEmpty();
    assertThat(PlainJson.object("text")).isEmpty();
    assertThat(PlainJson.text(event, "nothing")).isNull();
    assertThat(PlainJson.text(event, "list")).isNull();
    assertThat(PlainJson.text(event, "headers")).isNull();
    assertThat(PlainJson.strings(event, "headers")).containsEntry("accept", "text/html").containsEntry("x-count", "3");
    assertThat(PlainJson.strings(event, "list")).isNull();
  }

  @Test
  void otherValuesAreWrittenAsTheirText() {
    assertThat(PlainJson.write(Map.of("at", Instant.parse("2026-11-28T10:00:00Z"))))
        .isEqualTo("{\"at\":\"2026-11-28T10:00:00Z\"}");
    assertThat(PlainJson.write(Thread.State.NEW)).isEqualTo("\"NEW\"");
  }

  /** A random plain value: what events and telemetry lines are made of. */
  static Object value(RandomInputs r, int depth) {
    int kind = r.intBetween(0, depth > 0 ? 7 : 5);
    return switch (kind) {
      case 0 -> null;
      case 1 -> text(r, 20);
      case 2 -> r.longBetween(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2);
      case 3 -> r.intBetween(-1000, 1000) / 8.0;
      case 4 -> r.chance(0.5);
      case 5 -> r.string('a', 'z', 0, 5);
      case 6 -> {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = r.intBetween(0, 4); i > 0; i--) {
          object.put(text(r, 8), value(r, depth - 1));
        }
        yield object;
      }
      default -> {
        List<Object> array = new ArrayList<>();
        for (int i = r.intBetween(0, 4); i > 0; i--) {
          array.add(value(r, depth - 1));
        }
        yield array;
      }
    };
  }

  /** Any text that is valid Unicode (events and logs carry UTF-8), control characters included. */
  static String text(RandomInputs r, int maxLength) {
    return new String(r.anyString(maxLength).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  /** Databind reads small integers as Integer; PlainJson reads every integer as Long. */
  static Object normalized(Object value) {
    if (value instanceof Integer i) {
      return i.longValue();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, normalized(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(normalized(v)));
      return copy;
    }
    return value;
  }

  static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusesNamesAndStringsPastTheirLimitsWithOrWithoutEscapes() throws IOException {
    String longest = "n".repeat(PlainJson.MAX_NAME - 2);
    for (String name : List.of(longest + "ab", longest + "\\n\\u0041")) {
      assertThat(PlainJson.object(PlainJson.read("{\"" + name + "\":1}"))).hasSize(1);
      assertThatThrownBy(() -> PlainJson.read("{\"" + name + "x\":1}")).isInstanceOf(IOException.class);
    }
    assertThat(PlainJson.read("[\"a\\\"b\\\\c\\/d\\u00e9\",\"\",\"plain\"]")).isEqualTo(List.of("a\"b\\c/d\u00e9", "", "plain"));
  }
}
