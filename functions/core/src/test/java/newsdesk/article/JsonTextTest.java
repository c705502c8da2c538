package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.testing.RandomInputs;
import newsdesk.testing.RandomInputs.Sample;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonText} writes what Jackson's streaming generator writes with its defaults, character
 * for character: to a {@code Writer} ({@link JsonText#forText}) and to an {@code OutputStream}
 * ({@link JsonText#forUtf8}, surrogates escaped), on edge cases and seeded random nested values
 * (any UTF-16 text in names and strings: controls, NUL, lone surrogates, supplementary characters;
 * every number kind, NaN and infinities included).
 */
class JsonTextTest {

  private static final JsonFactory JACKSON = new JsonFactory();

  @Test
  void edgeCasesAreWrittenAsJacksonWritesThem() throws IOException {
    Map<String, Object> edges = new LinkedHashMap<>();
    edges.put("", "");
    edges.put("quote\"back\\slash/", "\b\t\n\f\r\u0000\u001f\u007f\u0080\u2028\uFEFF");
    edges.put("astral", "\uD83D\uDE00 and lone \uD800 \uDC00");
    edges.put("numbers", List.of(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0.0, -0.0, 1e20, 1.5e-7, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, new BigInteger("123456789012345678901234567890"),
        new BigDecimal("1E+3"), new BigDecimal("-0.000")));
    edges.put("nested", List.of(List.of(), Map.of(), List.of(List.of(Map.of("a", List.of())))));
    edges.put("nothing", null);
    edges.put("yes", true);
    edges.put("no", false);
    assertSame(edges);
    assertSame(List.of());
    assertSame("top-level string");
    assertSame(null);
  }

  @Test
  void randomValuesAreWrittenAsJacksonWritesThem() throws IOException {
    for (Sample<Object> sample : RandomInputs.seeded(20261129L).samples(500, r -> value(r, 0))) {
      assertSame(sample.value());
    }
  }

  private static void assertSame(Object value) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JACKSON.createGenerator(text)) {
      jackson(g, value);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JACKSON.createGenerator(bytes)) {
      jackson(g, value);
    }
    JsonText forText = JsonText.forText(16).value(value);
    JsonText forUtf8 = JsonText.forUtf8(16).value(value);
    assertThat(forText.toString()).as(RandomInputs.show(value)).isEqualTo(text.toString());
    assertThat(forUtf8.utf8()).as(RandomInputs.show(value)).isEqualTo(bytes.toByteArray());
  }

  private static Object value(RandomInputs r, int depth) {
    int kind = r.intBetween(0, depth >= 4 ? 6 : 8);
    return switch (kind) {
      case 0 -> null;
      case 1 -> r.chance(0.5);
      case 2 -> r.oneOf(r.longBetween(-100_000, 100_000), r.longBetween(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2) * 2);
      case 3 -> r.oneOf(r.longBetween(-1000, 1000) / 7.0, Double.longBitsToDouble(r.longBetween(0, Long.MAX_VALUE - 1)),
          Double.NaN, Double.NEGATIVE_INFINITY);
      case 4 -> r.chance(0.5) ? new BigInteger(r.string("0123456789", 1, 40)).negate()
          : new BigDecimal(r.string("123456789", 1, 12) + "E" + r.intBetween(-30, 30));
      case 5, 6 -> r.anyString(30);
      case 7 -> {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = r.intBetween(0, 5); i > 0; i--) {
          object.put(r.anyString(12), value(r, depth + 1));
        }
        yield object;
      }
      default -> {
        List<Object> array = new ArrayList<>();
        for (int i = r.intBetween(0, 5); i > 0; i--) {
          array.add(value(r, depth + 1));
        }
        yield array;
      }
    };
  }

  private static void jackson(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else if (value instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName((String) e.getKey());
        jackson(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      g.writeStartArray();
      for (Object item : (List<?>) value) {
        jackson(g, item);
      }
      g.writeEndArray();
    }
  }
}
