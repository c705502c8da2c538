package newsdesk.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void roundTripsAPosition() {
    String position = "2022-01-27T00:00:00Z#a1b2c3d4e5f60718";
    String cursor = Cursor.encode(position);
    assertThat(cursor).doesNotContain(position).matches("[A-Za-z0-9_-]+");
    assertThat(Cursor.decode(cursor)).contains(position);
  }

  @Test
  void rejectsEditedTruncatedAndForeignCursors() {
    String cursor = Cursor.encode("2022-01-27T00:00:00Z#a1b2c3d4e5f60718");
    char last = cursor.charAt(cursor.length() - 2);
    String edited = cursor.substring(0, cursor.length() - 2) + (last == 'A' ? 'B' : 'A') + cursor.charAt(cursor.length() - 1);
    assertThat(Cursor.decode(edited)).isEmpty();
    assertThat(Cursor.decode(cursor.substring(0, cursor.length() - 3))).isEmpty();
    assertThat(Cursor.decode("not a cursor!")).isEmpty();
    assertThat(Cursor.decode("")).isEmpty();
    assertThat(Cursor.decode(null)).isEmpty();
    String foreign = Base64.getUrlEncoder().encodeToString("c1|2022-01-27T00:00:00Z#x|0000000000000000".getBytes());
    assertThat(Cursor.decode(foreign)).isEmpty();
    assertThat(Cursor.decode("A".repeat(10_000))).isEmpty();
  }

  @Test
  void aCursorIsValidOnlyForTheListItWasIssuedFor() {
    String position = "2022-01-27T00:00:00.000Z#a1";
    String filtered = Cursor.encode(position, "publisher#reuters\n\n");

    assertThat(Cursor.decode(filtered, "publisher#reuters\n\n")).contains(position);
    assertThat(Cursor.decode(filtered, "publisher#ap\n\n")).isEmpty();
    assertThat(Cursor.decode(filtered)).isEmpty();
    assertThat(Cursor.decode(Cursor.encode(position), "publisher#reuters\n\n")).isEmpty();
  }
}
