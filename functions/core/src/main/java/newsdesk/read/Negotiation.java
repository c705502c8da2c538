package newsdesk.read;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Server-driven content negotiation over an {@code Accept} header (RFC 9110 §12.5.1): picks, from
 * the types a resource offers, the one the client weighs highest, preferring the resource's own
 * order on ties. A missing or empty header accepts anything. Parameters other than {@code q} are
 * ignored: no offered type depends on them.
 */
final class Negotiation {

  private Negotiation() {}

  /** The offered type to send, or empty when the client accepts none of them (406). */
  static Optional<String> choose(String accept, List<String> offered) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(offered.get(0));
    }
    String best = null;
    double bestWeight = 0;
    for (String type : offered) {
      double weight = weight(accept, type);
      if (weight > bestWeight) {
        best = type;
        bestWeight = weight;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The weight the header gives this type: that of the most specific range matching it (exact over
   * {@code type/*} over {@code *}{@code /*}), 0 when none does.
   */
  static double weight(String accept, String type) {
    String[] wanted = type.split("/", 2);
    int bestSpecificity = -1;
    double weight = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String media = parts[0].trim().toLowerCase(Locale.ROOT);
      String[] given = media.split("/", 2);
      if (given.length != 2) {
        continue;
      }
      int specificity;
      if (given[0].equals(wanted[0]) && given[1].equals(wanted[1])) {
        specificity = 2;
      } else if (given[0].equals(wanted[0]) && given[1].equals("*")) {
        specificity = 1;
      } else if (given[0].equals("*") && given[1].equals("*")) {
        specificity = 0;
      } else {
        continue;
      }
      if (specificity > bestSpecificity) {
        bestSpecificity = specificity;
        weight = quality(parts);
      }
    }
    return weight;
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
        try {
          double q = Double.parseDouble(parameter.substring(2).trim());
          return q < 0 || q > 1 || Double.isNaN(q) ? 0 : q;
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
