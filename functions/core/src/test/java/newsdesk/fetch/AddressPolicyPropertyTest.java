package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import newsdesk.testing.RandomInputs;
import newsdesk.testing.RandomInputs.Sample;
import org.junit.jupiter.api.Test;

/**
 * IPv4 wrapped in IPv6 must be judged exactly like the IPv4 address itself, for every address. Each test checks its
 * property over 2000 addresses from a fixed seed (reproducible): the boundaries of the refused ranges first, then
 * random addresses, half of them inside a refused or wrapping prefix so the interesting branches are reached.
 */
class AddressPolicyPropertyTest {

  private static final byte[] MAPPED = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1};
  private static final byte[] NAT64 = {0, 0x64, -1, -101, 0, 0, 0, 0, 0, 0, 0, 0};

  /** First octets (or first two) where the IPv4 policy changes its mind. */
  private static final List<int[]> V4_PREFIXES = List.of(new int[] {0}, new int[] {10}, new int[] {127},
      new int[] {100, 64}, new int[] {100, 127}, new int[] {100, 128}, new int[] {169, 254}, new int[] {172, 16},
      new int[] {172, 31}, new int[] {172, 32}, new int[] {192, 0}, new int[] {192, 168}, new int[] {198, 18},
      new int[] {198, 19}, new int[] {198, 51}, new int[] {203, 0}, new int[] {223}, new int[] {224}, new int[] {239},
      new int[] {240}, new int[] {255});

  @Test
  void mappedAndNat64AgreeWithPlainIpv4() throws UnknownHostException {
    RandomInputs random = RandomInputs.seeded(0x41646431L);
    List<byte[]> edgeCases = List.of(v4(0, 0, 0, 0), v4(255, 255, 255, 255), v4(127, 0, 0, 1),
        v4(10, 0, 0, 1), v4(169, 254, 169, 254), v4(100, 64, 0, 0), v4(100, 127, 255, 255), v4(172, 16, 0, 0),
        v4(172, 31, 255, 255), v4(192, 168, 1, 1), v4(192, 0, 0, 8), v4(192, 0, 2, 1), v4(198, 51, 100, 7),
        v4(203, 0, 113, 9), v4(198, 18, 0, 1), v4(224, 0, 0, 1), v4(240, 0, 0, 1), v4(8, 8, 8, 8), v4(1, 1, 1, 1));
    for (Sample<byte[]> sample : random.samples(2000, edgeCases, AddressPolicyPropertyTest::randomV4)) {
      byte[] v4 = sample.value();
      boolean refused = AddressPolicy.refusal(InetAddress.getByAddress(v4), false).isPresent();
      assertThat(AddressPolicy.refusal(wrapped(v4, MAPPED), false).isPresent()).as(() -> "mapped, " + sample)
          .isEqualTo(refused);
      assertThat(AddressPolicy.refusal(wrapped(v4, NAT64), false).isPresent()).as(() -> "NAT64, " + sample)
          .isEqualTo(refused);
    }
  }

  @Test
  void allowingLoopbackChangesOnlyLoopback() throws UnknownHostException {
    RandomInputs random = RandomInputs.seeded(0x41646432L);
    List<byte[]> edgeCases = List.of(new byte[16], v6(15, 1), allOnes(), join(MAPPED, v4(127, 0, 0, 1)),
        join(NAT64, v4(127, 1, 2, 3)), join(new byte[12], v4(127, 0, 0, 1)), join(MAPPED, v4(10, 0, 0, 1)),
        join(new byte[] {0x20, 0x02, 127, 0, 0, 1}, new byte[10]), join(new byte[] {0x20, 0x01, 0, 0}, new byte[12]),
        v6(0, 0xFE, 1, 0x80), v6(0, 0xFC), v6(0, 0xFF, 1, 0x02));
    for (Sample<byte[]> sample : random.samples(2000, edgeCases, AddressPolicyPropertyTest::randomV6)) {
      InetAddress address = Inet6Address.getByAddress(null, sample.value(), -1);
      boolean strict = AddressPolicy.refusal(address, false).isPresent();
      boolean relaxed = AddressPolicy.refusal(address, true).isPresent();
      if (strict != relaxed) {
        assertThat(AddressPolicy.refusal(address, false)).as(sample::toString)
            .hasValueSatisfying(r -> assertThat(r).as(sample::toString).contains("loopback"));
      }
    }
  }

  /** Any four bytes; half the time inside one of the prefixes where the policy changes. */
  private static byte[] randomV4(RandomInputs r) {
    byte[] b = r.bytesOfLength(4);
    if (r.chance(0.5)) {
      int[] prefix = r.oneOf(V4_PREFIXES);
      for (int i = 0; i < prefix.length; i++) {
        b[i] = (byte) prefix[i];
      }
    }
    return b;
  }

  /** Any sixteen bytes; half the time an IPv4 address (biased like {@link #randomV4}) in one of the IPv6 wrappings. */
  private static byte[] randomV6(RandomInputs r) {
    if (r.chance(0.5)) {
      return r.bytesOfLength(16);
    }
    byte[] v4 = randomV4(r);
    return switch (r.intBetween(0, 3)) {
      case 0 -> join(MAPPED, v4);
      case 1 -> join(NAT64, v4);
      case 2 -> join(new byte[12], v4);
      default -> join(join(new byte[] {0x20, 0x02}, v4), r.bytesOfLength(10));
    };
  }

  private static byte[] v4(int a, int b, int c, int d) {
    return new byte[] {(byte) a, (byte) b, (byte) c, (byte) d};
  }

  /** Sixteen zero bytes except the given (index, value) pairs. */
  private static byte[] v6(int... indexValuePairs) {
    byte[] b = new byte[16];
    for (int i = 0; i < indexValuePairs.length; i += 2) {
      b[indexValuePairs[i]] = (byte) indexValuePairs[i + 1];
    }
    return b;
  }

  private static byte[] allOnes() {
    byte[] b = new byte[16];
    Arrays.fill(b, (byte) -1);
    return b;
  }

  private static byte[] join(byte[] a, byte[] b) {
    byte[] joined = new byte[a.length + b.length];
    System.arraycopy(a, 0, joined, 0, a.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }

  /** Builds the 16-byte form without letting InetAddress unwrap a mapped address to Inet4Address. */
  private static InetAddress wrapped(byte[] v4, byte[] prefix) throws UnknownHostException {
    byte[] b = new byte[16];
    System.arraycopy(prefix, 0, b, 0, 12);
    System.arraycopy(v4, 0, b, 12, 4);
    return Inet6Address.getByAddress(null, b, -1);
  }
}
