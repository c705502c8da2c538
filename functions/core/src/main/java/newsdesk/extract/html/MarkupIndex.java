package newsdesk.extract.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import newsdesk.extract.Deadline;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a parsed page that the metadata queries can match, found in one walk. Metadata
 * asks a dozen queries of the whole page before cleaning (JSON-LD scripts, meta tags, the h1, the
 * canonical link, bylines, dates, the dek), and each {@code doc.select} walks all of it, most often
 * to find a handful of elements or none. Here one walk looks at each element once (its tag, whether
 * it has an itemprop or rel, its class and id lower-cased) and records, for each {@link Kind}, the
 * elements that pass the kind's necessary test, in document order; a kind's query then runs its
 * compiled evaluator over those alone, with the document as root, so it finds what
 * {@code doc.select} finds, in the same order. The index describes the page as it was walked: once
 * cleaning removes elements, it no longer does.
 */
final class MarkupIndex {

  /**
   * A kind of markup the metadata looks for: a CSS query, compiled once, and a test of an element's
   * {@link Glance} that every match of the query passes (a tag, an attribute present, a word in the
   * class), so that most elements are turned away without the query being tried.
   */
  static final class Kind {
    private final String css;
    private final Evaluator query;
    private final Predicate<Glance> necessary;

    private Kind(String css, Predicate<Glance> necessary) {
      this.css = css;
      this.query = Query.of(css);
      this.necessary = necessary;
    }

    /** The query as written, for the equivalence test's plain select. */
    String css() {
      return css;
    }

    @Override
    public String toString() {
      return css;
    }
  }

  /** What an element shows at a glance, read once however many kinds ask. */
  static final class Glance {
    private String tag;
    private boolean itemprop;
    private boolean rel;
    private String classes;
    private String id;

    private void of(Element e) {
      tag = e.normalName();
      if (e.attributesSize() == 0) {
        itemprop = rel = false;
        classes = id = "";
        return;
      }
      itemprop = e.attributes().hasKeyIgnoreCase("itemprop");
      rel = e.attributes().hasKeyIgnoreCase("rel");
      classes = e.attributes().getIgnoreCase("class").toLowerCase(Locale.ROOT);
      id = e.attributes().getIgnoreCase("id").toLowerCase(Locale.ROOT);
    }

    boolean is(String name) {
      return tag.equals(name);
    }

    boolean hasItemprop() {
      return itemprop;
    }

    boolean hasRel() {
      return rel;
    }

    /** Whether the lower-cased class attribute contains any of {@code words} (given in lower case). */
    boolean classContains(String... words) {
      return contains(classes, words);
    }

    /** Whether the lower-cased id contains any of {@code words} (given in lower case). */
    boolean idContains(String... words) {
      return contains(id, words);
    }

    private static boolean contains(String value, String[] words) {
      if (value.isEmpty()) {
        return false;
      }
      for (String w : words) {
        if (value.contains(w)) {
          return true;
        }
      }
      return false;
    }
  }

  private final Document doc;
  private final List<Element> all = new ArrayList<>();
  private final Map<Kind, BitSet> candidates = new IdentityHashMap<>();
  private int bodyFrom = -1;
  private int bodyTo = -1;

  private MarkupIndex(Document doc) {
    this.doc = doc;
  }

  /** A kind of markup: matches of {@code css}, each of which passes {@code necessary}. */
  static Kind kind(String css, Predicate<Glance> necessary) {
    return new Kind(css, necessary);
  }

  /** The page walked once for every one of {@code kinds}. */
  static MarkupIndex of(Document doc, List<Kind> kinds) {
    MarkupIndex index = new MarkupIndex(doc);
    BitSet[] sets = new BitSet[kinds.size()];
    for (int k = 0; k < sets.length; k++) {
      sets[k] = new BitSet();
      index.candidates.put(kinds.get(k), sets[k]);
    }
    Element body = doc.body();
    Glance glance = new Glance();
    doc.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return;
        }
        Deadline.check();
        int at = index.all.size();
        index.all.add(e);
        if (e == body) {
          index.bodyFrom = at;
        }
        glance.of(e);
        for (int k = 0; k < sets.length; k++) {
          if (kinds.get(k).necessary.test(glance)) {
            sets[k].set(at);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node == body) {
          index.bodyTo = index.all.size();
        }
      }
    });
    return index;
  }

  /** What {@code doc.select} gives for the kind's query: every match, in document order. */
  Elements select(Kind kind) {
    BitSet set = candidatesOf(kind);
    Elements found = new Elements();
    for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
      Element e = all.get(i);
      if (e.is(kind.query)) {
        found.add(e);
      }
    }
    return found;
  }

  /** What {@code doc.selectFirst} gives for the kind's query: the first match, or null. */
  Element first(Kind kind) {
    BitSet set = candidatesOf(kind);
    for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
      Element e = all.get(i);
      if (e.is(kind.query)) {
        return e;
      }
    }
    return null;
  }

  /** Whether the element at {@code position} matches the kind's query, as {@code e.is(query)} tells. */
  boolean matches(Kind kind, int position) {
    return candidatesOf(kind).get(position) && all.get(position).is(kind.query);
  }

  /** Every element of the page, in document order (what {@code doc.getAllElements()} gives). */
  List<Element> all() {
    return all;
  }

  /**
   * Where the body and its descendants lie in {@link #all()}: from the first position to before the
   * second; an empty range for a page without a body.
   */
  int[] bodyRange() {
    return bodyFrom < 0 ? new int[] {0, 0} : new int[] {bodyFrom, bodyTo};
  }

  /** The page the index describes. */
  Document document() {
    return doc;
  }

  private BitSet candidatesOf(Kind kind) {
    BitSet set = candidates.get(kind);
    if (set == null) {
      throw new IllegalArgumentException("not indexed: " + kind);
    }
    return set;
  }
}
