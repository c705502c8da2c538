package newsdesk.fetch;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decides whether the fetcher may connect to an address. Feeds are URLs that strangers give us,
 * so a feed (or a redirect) must not reach what only we can reach: loopback, private networks
 * (10/8, 172.16/12, 192.168/16), link-local (169.254/16, where cloud metadata lives at
 * 169.254.169.254), CGNAT (100.64/10), "this network" and unspecified (0/8, ::), multicast and
 * reserved ranges, documentation and benchmarking ranges, IPv6 unique-local (fc00::/7), link-local
 * (fe80::/10) and site-local (fec0::/10), and IPv4 addresses wrapped in IPv6 (mapped, compatible,
 * NAT64, 6to4, Teredo), which are judged by the IPv4 address inside.
 */
public final class AddressPolicy {

  private AddressPolicy() {}

  /** Why {@code address} is refused, or empty when it is a public unicast address. */
  public static Optional<String> refusal(InetAddress address, boolean allowLoopback) {
    byte[] b = address.getAddress();
    return Optional.ofNullable(b.length == 4 ? v4(b, allowLoopback) : v6(b, allowLoopback));
  }

  private static String v4(byte[] b, boolean allowLoopback) {
    int a0 = b[0] & 0xFF;
    int a1 = b[1] & 0xFF;
    int a2 = b[2] & 0xFF;
    if (a0 == 127) {
      return allowLoopback ? null : "loopback";
    }
    if (a0 == 0) {
      return "unspecified or this-network (0.0.0.0/8)";
    }
    if (a0 == 10 || (a0 == 172 && (a1 & 0xF0) == 16) || (a0 == 192 && a1 == 168)) {
      return "private network";
    }
    if (a0 == 169 && a1 == 254) {
      return "link-local (169.254.0.0/16, cloud metadata)";
    }
    if (a0 == 100 && (a1 & 0xC0) == 64) {
      return "carrier-grade NAT (100.64.0.0/10)";
    }
    if (a0 == 192 && a1 == 0 && a2 == 0) {
      return "IETF protocol assignments (192.0.0.0/24)";
    }
    if ((a0 == 192 && a1 == 0 && a2 == 2) || (a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)) {
      return "documentation range";
    }
    if (a0 == 198 && (a1 & 0xFE) == 18) {
      return "benchmarking (198.18.0.0/15)";
    }
    if (a0 >= 224 && a0 <= 239) {
      return "multicast";
    }
    if (a0 >= 240) {
      return "reserved or broadcast (240.0.0.0/4)";
    }
    return null;
  }

  private static String v6(byte[] b, boolean allowLoopback) {
    int a0 = b[0] & 0xFF;
    int a1 = b[1] & 0xFF;
    if (allZero(b, 0, 15) && b[15] == 0) {
      return "unspecified (::)";
    }
    if (allZero(b, 0, 15) && b[15] == 1) {
      return allowLoopback ? null : "loopback";
    }
    if (allZero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
      return v4Inside(b, 12, "IPv4-mapped", allowLoopback);
    }
    if (allZero(b, 0, 12)) {
      return v4Inside(b, 12, "IPv4-compatible", allowLoopback);
    }
    if (a0 == 0x00 && a1 == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
      return v4Inside(b, 12, "NAT64", allowLoopback);
    }
    if (a0 == 0x20 && a1 == 0x02) {
      return v4Inside(b, 2, "6to4", allowLoopback);
    }
    if (a0 == 0x20 && a1 == 0x01 && b[2] == 0 && b[3] == 0) {
      return "Teredo tunnel (2001::/32)";
    }
    if (a0 == 0x20 && a1 == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8) {
      return "documentation range (2001:db8::/32)";
    }
    if ((a0 & 0xFE) == 0xFC) {
      return "unique-local (fc00::/7)";
    }
    if (a0 == 0xFE && (a1 & 0xC0) == 0x80) {
      return "link-local (fe80::/10)";
    }
    if (a0 == 0xFE && (a1 & 0xC0) == 0xC0) {
      return "site-local (fec0::/10)";
    }
    if (a0 == 0xFF) {
      return "multicast";
    }
    if (a0 == 0x01 && a1 == 0 && allZero(b, 2, 8)) {
      return "discard-only (100::/64)";
    }
    return null;
  }

  /** Judges the IPv4 address embedded at {@code offset}: the wrapping does not change where packets end up. */
  private static String v4Inside(byte[] b, int offset, String wrapping, boolean allowLoopback) {
    String inner = v4(Arrays.copyOfRange(b, offset, offset + 4), allowLoopback);
    return inner == null ? null : wrapping + " " + inner;
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
