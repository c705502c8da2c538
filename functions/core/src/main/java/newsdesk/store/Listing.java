package newsdesk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which articles a list shows: those carrying every one of {@code facets}, with a sort time (see
 * {@link SortKeys}) from {@code since} to {@code until}, both inclusive and optional. Stores answer
 * it with one range read: the entries of the {@link #primary} facet (the kind usually rarest)
 * between {@link #from} and {@link #to}, the other facets checked on each entry; with no facet,
 * the newest-first index of all articles.
 */
public record Listing(List<Facet> facets, Instant since, Instant until) {

  public static final Listing ALL = new Listing(List.of(), null, null);

  /**
   * Kind, then key. Written out rather than {@code Comparator.comparing(...).thenComparing(...)},
   * whose lambdas every cold start of ingest would spin up for its band listings (docs/cold-start.md).
   */
  private static final Comparator<Facet> ORDER = new Comparator<>() {
    @Override
    public int compare(Facet a, Facet b) {
      int byKind = a.kind().compareTo(b.kind());
      return byKind != 0 ? byKind : a.key().compareTo(b.key());
    }
  };

  public Listing {
    List<Facet> sorted = new ArrayList<>(facets);
    sorted.sort(ORDER);
    facets = List.copyOf(sorted);
    if (since != null && until != null && since.isAfter(until)) {
      throw new IllegalArgumentException("since is after until");
    }
  }

  /** The facet whose entries are read: the first of the usually rarest kind; null for all articles. */
  public Facet primary() {
    return facets.isEmpty() ? null : facets.get(0);
  }

  /** The facets checked on each entry of the primary one. */
  public List<Facet> others() {
    return facets.isEmpty() ? List.of() : facets.subList(1, facets.size());
  }

  /** The lowest sort key in range, inclusive. */
  public String from() {
    return since == null ? "0" : SortKeys.instant(since);
  }

  /** Above every sort key in range ({@code $} sorts right after the {@code #} that follows the time). */
  public String to() {
    return until == null ? "~" : SortKeys.instant(until) + "$";
  }

  /**
   * {@link #to} for a read at {@code now}: never above now, so a story dated in the future (a
   * scheduled or wrong date) is listed once that time has come rather than on top until then, and
   * the DynamoDB store can start an unfiltered page at the current month without reading which
   * later months exist. The bound is applied at read time and is not part of {@link #scope}: a
   * cursor stays valid as time passes. Ingest's near-duplicate lookup by {@link Facet.Kind#BAND}
   * is not bounded: a copy must find its original whatever date the original claims.
   */
  public String to(Instant now) {
    if (primary() != null && primary().kind() == Facet.Kind.BAND) {
      return to();
    }
    String notAfterNow = SortKeys.instant(now) + "$";
    return to().compareTo(notAfterNow) < 0 ? to() : notAfterNow;
  }

  /**
   * A canonical text of the filter, which cursors are bound to: a position from one list cannot
   * be replayed against another, where it would silently skip or repeat articles.
   */
  public String scope() {
    StringBuilder scope = new StringBuilder();
    for (Facet facet : facets) {
      scope.append(facet.id()).append('\n');
    }
    scope.append(since == null ? "" : SortKeys.instant(since)).append('\n');
    scope.append(until == null ? "" : SortKeys.instant(until));
    return scope.toString();
  }
}
