package newsdesk.aws;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Building and reading DynamoDB attribute values, which the SDK makes verbose. */
final class Attributes {

  private Attributes() {}

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  /** The key of one item; the table's key is always the two strings {@code pk}, {@code sk}. */
  static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of(TableDefinition.PK, s(pk), TableDefinition.SK, s(sk));
  }

  /** A string attribute, or null when absent (optional attributes are omitted, never stored empty). */
  static String string(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }
}
