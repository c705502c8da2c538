package newsdesk.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsdesk.article.Article;
import newsdesk.article.ArticleSummary;

/**
 * One value of an article that readers filter by — its publisher, section, language, an author or a
 * tag — in the normalized form stores key listings by ({@link #key}: NFKC, lower case, single
 * spaces), so that {@code ?publisher=reuters} finds articles whose page said "Reuters ". The
 * {@link #name} is the value as an article spelled it, for display. Every store writes one listing
 * entry per facet of an article, so a filtered list is one range read of one facet's entries and
 * never a pass over all articles.
 */
public record Facet(Kind kind, String key, String name) {

  /** Longest value kept, in characters: longer ones are cut (stored) or refused (asked for). */
  public static final int MAX_LENGTH = 200;
  /** Authors and tags listed per article at most: a page with 300 keywords must not write 300 entries. */
  public static final int MAX_PER_KIND = 10;

  /**
   * What can be filtered by, declared from the usually rarest to the usually commonest value: a
   * combined filter reads the entries of the first kind it names and checks the others.
   */
  public enum Kind {
    /** The story an article carries: its original's id, or its own; lists an original with its copies. */
    COPY,
    /** One band of the article's {@link Fingerprint}: where near-duplicates are looked for. */
    BAND,
    AUTHOR, TAG, SECTION, PUBLISHER, LANGUAGE;

    /** Whether readers filter by it; copies and bands are the API's and ingest's own lookups. */
    public boolean filterable() {
      return this != COPY && this != BAND;
    }

    /** Whether stores keep a count per value ({@code GET /publishers}, {@code GET /sections}). */
    public boolean counted() {
      return this == PUBLISHER || this == SECTION;
    }

    /** The query parameter and the prefix of a facet's id. */
    public String parameter() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A facet named by a reader or a page, normalized; null when nothing is left of the value. */
  public static Facet of(Kind kind, String value) {
    String name = clean(value);
    if (name.isEmpty()) {
      return null;
    }
    return new Facet(kind, nfkc(name).toLowerCase(Locale.ROOT), name);
  }

  /**
   * {@code value} in Unicode NFKC. ASCII text is its own NFKC form, so it is returned as it is:
   * the JDK's normalizer loads its tables (about 40 classes and a data file) on first use, which
   * an ingestion's cold start would otherwise pay for the bands' hex and most publishers' names.
   */
  static String nfkc(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= 0x80) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC);
      }
    }
    return value;
  }

  /** {@code <kind>#<key>}: unique across kinds, the suffix of the facet's listing partition. */
  public String id() {
    return kind.parameter() + "#" + key;
  }

  /**
   * Everything an article is listed under: its summary's facets, the bands of its text's
   * fingerprint, and its story ({@code duplicateOf}, else its own id).
   */
  public static List<Facet> of(Article article) {
    List<Facet> facets = new ArrayList<>(of(article.summary()));
    for (String band : Fingerprint.bands(article.text())) {
      facets.add(of(Kind.BAND, band));
    }
    facets.add(of(Kind.COPY, article.duplicateOf() != null ? article.duplicateOf() : article.id()));
    return facets;
  }

  /** The facets an article is listed under, each once, authors and tags capped at {@link #MAX_PER_KIND}. */
  public static List<Facet> of(ArticleSummary summary) {
    Map<String, Facet> facets = new LinkedHashMap<>();
    add(facets, of(Kind.PUBLISHER, summary.publisher()));
    add(facets, of(Kind.SECTION, summary.section()));
    add(facets, of(Kind.LANGUAGE, summary.language()));
    addAll(facets, Kind.AUTHOR, summary.authors());
    addAll(facets, Kind.TAG, summary.tags());
    return new ArrayList<>(facets.values());
  }

  private static void addAll(Map<String, Facet> facets, Kind kind, List<String> values) {
    int added = 0;
    for (String value : values) {
      Facet facet = of(kind, value);
      if (facet != null && added < MAX_PER_KIND && !facets.containsKey(facet.id())) {
        facets.put(facet.id(), facet);
        added++;
      }
    }
  }

  private static void add(Map<String, Facet> facets, Facet facet) {
    if (facet != null) {
      facets.putIfAbsent(facet.id(), facet);
    }
  }

  private static String clean(String value) {
    if (value == null) {
      return "";
    }
    String collapsed = collapseSpace(value);
    return collapsed.length() <= MAX_LENGTH ? collapsed : collapsed.substring(0, MAX_LENGTH).trim();
  }

  /**
   * {@code value.replaceAll("[\\s\\p{Cntrl}]+", " ").trim()} without a regex: without
   * {@code UNICODE_CHARACTER_CLASS} both classes are ASCII, together U+0000–U+0020 and U+007F, and
   * {@code trim} removes nothing else. {@code String.replaceAll} compiles its pattern on every call,
   * about a dozen times per stored article (each facet value), which a cold start runs interpreted.
   */
  static String collapseSpace(String value) {
    StringBuilder out = null;
    boolean pending = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        if (out == null) {
          out = new StringBuilder(value.length()).append(value, 0, i);
        }
        pending = out.length() > 0;
      } else {
        if (out != null) {
          if (pending) {
            out.append(' ');
            pending = false;
          }
          out.append(c);
        }
      }
    }
    return out == null ? value : out.toString();
  }
}
