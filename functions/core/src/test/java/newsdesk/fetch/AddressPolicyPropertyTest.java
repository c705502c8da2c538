package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** IPv4 wrapped in IPv6 must be judged exactly like the IPv4 address itself, for every address. */
class AddressPolicyPropertyTest {

  @Property(tries = 2000)
  void mappedAndNat64AgreeWithPlainIpv4(@ForAll @Size(4) byte[] v4) throws UnknownHostException {
    boolean refused = AddressPolicy.refusal(InetAddress.getByAddress(v4), false).isPresent();
    assertThat(AddressPolicy.refusal(wrapped(v4, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1}), false).isPresent())
        .isEqualTo(refused);
    assertThat(AddressPolicy.refusal(wrapped(v4, new byte[] {0, 0x64, -1, -101, 0, 0, 0, 0, 0, 0, 0, 0}), false).isPresent())
        .isEqualTo(refused);
  }

  @Property(tries = 2000)
  void allowingLoopbackChangesOnlyLoopback(@ForAll @Size(16) byte[] v6) throws UnknownHostException {
    InetAddress address = Inet6Address.getByAddress(null, v6, -1);
    boolean strict = AddressPolicy.refusal(address, false).isPresent();
    boolean relaxed = AddressPolicy.refusal(address, true).isPresent();
    if (strict != relaxed) {
      assertThat(AddressPolicy.refusal(address, false)).hasValueSatisfying(r -> assertThat(r).contains("loopback"));
    }
  }

  /** Builds the 16-byte form without letting InetAddress unwrap a mapped address to Inet4Address. */
  private static InetAddress wrapped(byte[] v4, byte[] prefix) throws UnknownHostException {
    byte[] b = new byte[16];
    System.arraycopy(prefix, 0, b, 0, 12);
    System.arraycopy(v4, 0, b, 12, 4);
    return Inet6Address.getByAddress(null, b, -1);
  }
}
