package newsdesk.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into the addresses it would be connected to. The fetcher vets every one of
 * them; tests inject a resolver that maps made-up names, so refusals are tested without DNS.
 */
@FunctionalInterface
public interface HostResolver {

  /** The JVM's resolver, the same one the HTTP client connects through (and shares a cache with). */
  HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

  List<InetAddress> resolve(String host) throws UnknownHostException;
}
