package newsdesk.extract.convention;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A page's URL made canonical for identity: absolute http(s) only, scheme and host lower-cased,
 * fragment and tracking parameters (utm_*, fbclid, gclid, …) removed, so that the same story shared
 * through different campaigns gets the same id.
 */
public final class CanonicalUrl {

  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
      "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "_gl", "ocid", "cmpid", "cmp", "smid", "sr_share", "taid",
      "ito", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "at_medium", "at_campaign",
      "guccounter", "guce_referrer", "guce_referrer_sig", "ref_src", "ref", "s_cid", "mkt_tok",
      "spm", "utm");
  private static final Pattern AMP = Pattern.compile("&");

  private CanonicalUrl() {}

  /** The canonical form of {@code url} (resolved against {@code base} when relative), or null when unusable. */
  public static String of(String url, String base) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip().replace(" ", "%20"));
      if (!uri.isAbsolute() && base != null && !base.isBlank()) {
        uri = new URI(base.strip()).resolve(uri);
      }
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) {
        return null;
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return null;
      }
      StringBuilder out = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
      int port = uri.getPort();
      if (port > 0 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
        out.append(':').append(port);
      }
      String path = uri.getRawPath();
      out.append(path == null || path.isEmpty() ? "/" : path);
      String query = uri.getRawQuery();
      if (query != null) {
        StringBuilder kept = new StringBuilder();
        for (String param : AMP.split(query)) {
          String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
          if (param.isEmpty() || name.startsWith("utm_") || TRACKING.contains(name)) {
            continue;
          }
          kept.append(kept.length() == 0 ? "" : "&").append(param);
        }
        if (kept.length() > 0) {
          out.append('?').append(kept);
        }
      }
      return out.toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** The host of a canonical URL, or null. */
  public static String host(String url) {
    try {
      return url == null ? null : new URI(url).getHost();
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
