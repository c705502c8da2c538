package newsdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsdesk.emulator.Dynalite;
import newsdesk.feed.SeenItems;
import newsdesk.feed.SeenItemsContract;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoSeenItemsTest extends SeenItemsContract {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  private String table;

  @Override
  protected SeenItems newStore() {
    table = Dynalite.newTable("seen");
    return new DynamoSeenItems(Dynalite.client(), table);
  }

  @Test
  void everyKeyCarriesAnExpiryForTheTablesTtl() {
    seen.claim("f", List.of("id#1", "link#1"), NOW);
    assertThat(expiresAt("f", "link#1")).isEqualTo(NOW.plus(DynamoSeenItems.RETENTION).getEpochSecond());

    seen.confirm("f", List.of("id#1", "link#1"), NOW.plusSeconds(5));
    assertThat(expiresAt("f", "id#1")).isEqualTo(NOW.plusSeconds(5).plus(DynamoSeenItems.RETENTION).getEpochSecond());
  }

  @Test
  void aKeyStillInItsFeedIsKeptLongerWhenHalfItsRetentionHasPassed() {
    seen.claim("f", List.of("id#1"), NOW);
    seen.confirm("f", List.of("id#1"), NOW);
    long first = expiresAt("f", "id#1");

    // Checked soon after: nothing to write.
    assertThat(seen.seen("f", List.of("id#1"), NOW.plus(Duration.ofDays(10)))).containsExactly("id#1");
    assertThat(expiresAt("f", "id#1")).isEqualTo(first);

    // Checked when less than half is left: a full retention from then.
    Instant later = NOW.plus(DynamoSeenItems.RETENTION.dividedBy(2)).plus(Duration.ofDays(1));
    assertThat(seen.seen("f", List.of("id#1"), later)).containsExactly("id#1");
    assertThat(expiresAt("f", "id#1")).isEqualTo(later.plus(DynamoSeenItems.RETENTION).getEpochSecond());
  }

  @Test
  void aKeyWrittenBeforeExpiriesExistedIsStillSeenAndGetsOne() {
    Dynalite.client().putItem(b -> b.tableName(table).item(Map.of(
        "pk", AttributeValue.fromS("SEEN#f"), "sk", AttributeValue.fromS("id#old"),
        "claimedAt", AttributeValue.fromS("2024-01-01T00:00:00.000Z"), "archived", AttributeValue.fromBool(true))));

    assertThat(seen.seen("f", List.of("id#old"), NOW)).containsExactly("id#old");
    assertThat(expiresAt("f", "id#old")).isEqualTo(NOW.plus(DynamoSeenItems.RETENTION).getEpochSecond());
  }

  private long expiresAt(String feedId, String key) {
    Map<String, AttributeValue> item = Dynalite.client().getItem(b -> b.tableName(table).consistentRead(true)
        .key(Map.of("pk", AttributeValue.fromS("SEEN#" + feedId), "sk", AttributeValue.fromS(key)))).item();
    return Long.parseLong(item.get(DynamoSeenItems.EXPIRES_AT).n());
  }
}
