package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

  /** Literals only: InetAddress parses them without a DNS lookup. */
  private static InetAddress ip(String literal) throws UnknownHostException {
    return InetAddress.getByName(literal);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "127.0.0.1        | loopback",
        "127.255.255.254  | loopback",
        "::1              | loopback",
        "0.0.0.0          | this-network",
        "0.1.2.3          | this-network",
        "::               | unspecified",
        "10.0.0.1         | private",
        "10.255.255.255   | private",
        "172.16.0.1       | private",
        "172.31.255.255   | private",
        "192.168.1.1      | private",
        "169.254.169.254  | link-local",
        "169.254.0.1      | link-local",
        "100.64.0.1       | carrier-grade",
        "100.127.255.255  | carrier-grade",
        "100.100.100.200  | carrier-grade",
        "192.0.0.192      | IETF",
        "192.0.2.1        | documentation",
        "198.51.100.7     | documentation",
        "203.0.113.9      | documentation",
        "198.18.0.1       | benchmarking",
        "198.19.255.255   | benchmarking",
        "224.0.0.1        | multicast",
        "239.255.255.250  | multicast",
        "240.0.0.1        | reserved",
        "255.255.255.255  | reserved",
        "fc00::1          | unique-local",
        "fd00:ec2::254    | unique-local",
        "fe80::1          | link-local",
        "febf::1          | link-local",
        "fec0::1          | site-local",
        "ff02::1          | multicast",
        "2001:db8::1      | documentation",
        "100::1           | discard-only",
        "::ffff:127.0.0.1 | loopback",
        "::ffff:10.0.0.1  | private",
        "::ffff:169.254.169.254 | link-local",
        "::ffff:0.0.0.0   | this-network",
        "::10.0.0.1       | IPv4-compatible private",
        "64:ff9b::a9fe:a9fe | NAT64 link-local",
        "64:ff9b::7f00:1  | NAT64 loopback",
        "2002:a00:1::1    | 6to4 private",
        "2002:c0a8:101::1 | 6to4 private",
        "2001::1          | Teredo",
      })
  void refuses(String literal, String reason) throws Exception {
    assertThat(AddressPolicy.refusal(ip(literal), false)).as(literal).hasValueSatisfying(r -> assertThat(r).contains(reason));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8", "1.1.1.1", "93.184.216.34", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
        "169.253.255.255", "192.167.1.1", "11.0.0.1", "126.255.255.255", "198.17.255.255", "198.20.0.1",
        "223.255.255.255", "2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001::1",
        "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1", "fbff::1", "fe7f::1"
      })
  void allowsPublicAddresses(String literal) throws Exception {
    assertThat(AddressPolicy.refusal(ip(literal), false)).as(literal).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"})
  void loopbackOnlyWhenAllowed(String literal) throws Exception {
    assertThat(AddressPolicy.refusal(ip(literal), true)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"169.254.169.254", "10.0.0.1", "::ffff:169.254.169.254", "fe80::1", "0.0.0.0", "::"})
  void allowingLoopbackAllowsNothingElse(String literal) throws Exception {
    assertThat(AddressPolicy.refusal(ip(literal), true)).isPresent();
  }
}
