package newsdesk.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON value read from Jackson's streaming parser into plain Java values: an object as a
 * {@link LinkedHashMap} (field order kept; a repeated name keeps its last value in its first
 * position, as databind's trees did), an array as an {@link ArrayList}, a string as a
 * {@code String}, an integer as a {@link Long} or {@link java.math.BigInteger}, another number as a
 * {@link Double} or {@link java.math.BigDecimal}, a boolean as a {@link Boolean}, null as null. Used
 * by JSON-LD reading, which must not load databind on a cold start; events are read without Jackson
 * at all ({@code PlainJson}), and its tests hold that reader to this one.
 */
public final class JsonValues {

  private JsonValues() {}

  /**
   * The value that starts with {@code token} (the parser's current token), read to its end. Nesting
   * is bounded by the parser's own limit ({@code StreamReadConstraints}), which refuses deeper input.
   *
   * @throws IOException the parser's, or input that ends inside the value
   */
  public static Object read(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) {
      throw new IOException("JSON ends inside a value at " + parser.currentLocation());
    }
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          object.put(name, read(parser, parser.nextToken()));
        }
        return object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(read(parser, t));
        }
        return array;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT -> {
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? parser.getBigIntegerValue() : (Object) parser.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
            ? parser.getDecimalValue() : (Object) parser.getDoubleValue();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IOException("unexpected " + token + " at " + parser.currentLocation());
    }
  }
}
