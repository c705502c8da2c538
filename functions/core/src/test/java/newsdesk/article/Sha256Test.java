package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/** {@link Sha256} hands out clones of one digest: each must start fresh, whatever was fed to another. */
class Sha256Test {

  @Test
  void hashesAreTheStandardOnes() {
    assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Sha256.hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(Sha256.hex("abc", 4)).isEqualTo("ba7816bf");
  }

  @Test
  void eachDigestStartsFresh() {
    MessageDigest half = Sha256.digest();
    half.update("a".getBytes(StandardCharsets.UTF_8));
    MessageDigest other = Sha256.digest();
    other.update("abc".getBytes(StandardCharsets.UTF_8));
    assertThat(other.digest()).isEqualTo(Sha256.digest().digest("abc".getBytes(StandardCharsets.UTF_8)));
    half.update("bc".getBytes(StandardCharsets.UTF_8));
    assertThat(java.util.HexFormat.of().formatHex(half.digest())).isEqualTo(Sha256.hex("abc"));
  }
}
