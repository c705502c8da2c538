package newsdesk.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import newsdesk.extract.Deadline;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/**
 * The elements of a parsed page, walked once, for the queries of its metadata. Metadata asks a
 * dozen queries of the whole page before cleaning (JSON-LD scripts, meta tags, the h1, the canonical
 * link, bylines, dates, the dek), and each {@code doc.select} walks the whole tree, most often to
 * find a handful of elements or none. Here one walk lists the elements in document order, each with
 * a {@link Glance} (its tag, whether it has an itemprop or rel; its class and id lower-cased once,
 * when a kind first asks); a {@link Kind}'s query then runs its compiled evaluator only on the
 * elements passing the kind's test, with the document as root, so it finds what {@code doc.select}
 * finds, in the same order. Kinds a page never needs (bylines where authors are declared, printed
 * dates where a date is) cost nothing. The index describes the page as it was walked: once
 * cleaning removes elements, it no longer does.
 */
final class MarkupIndex {

  /**
   * A kind of markup the metadata looks for: a CSS query, compiled once, and a test of an element's
   * {@link Glance} that every match of the query passes (a tag, an attribute present, a word in the
   * class), so that most elements are turned away without the query being tried.
   */
  static final class Kind {
    private static final AtomicInteger KINDS = new AtomicInteger();
    private final String css;
    private final Evaluator query;
    private final Predicate<Glance> necessary;
    /** Where a shared glance keeps this kind's answer. */
    private final int number = KINDS.getAndIncrement();

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

  /**
   * What an element shows at a glance, read once however many kinds ask: its tag and whether it
   * has an itemprop or rel, at the walk; its class and id lower-cased when a kind first asks.
   */
  static final class Glance {
    private final String tag;
    private final boolean itemprop;
    private final boolean rel;
    private final Element element;
    private String classes;
    private String id;
    /**
     * For a glance shared by the attribute-free elements of a tag, each kind's test answered once
     * (by {@link Kind}'s number: 0 not yet asked, 1 passes, 2 fails): the on-demand kinds ask every
     * element of a page, and most of them share a glance. Null for an element's own glance.
     */
    private byte[] answers;

    /** A glance at {@code e}, which has attributes (jsoup's own, not its internal ones) when {@code attributes}. */
    private Glance(Element e, boolean attributes) {
      element = e;
      tag = e.normalName();
      itemprop = attributes && e.attributes().hasKeyIgnoreCase("itemprop");
      rel = attributes && e.attributes().hasKeyIgnoreCase("rel");
      if (!attributes) {
        classes = id = "";
        answers = new byte[0];
      }
    }

    /** Whether the glance passes the kind's test; asked of a shared glance, the test runs once. */
    private boolean passes(Kind kind) {
      if (answers == null) {
        return kind.necessary.test(this);
      }
      if (kind.number >= answers.length) {
        answers = Arrays.copyOf(answers, Math.max(kind.number + 1, Kind.KINDS.get()));
      }
      if (answers[kind.number] == 0) {
        answers[kind.number] = kind.necessary.test(this) ? (byte) 1 : (byte) 2;
      }
      return answers[kind.number] == 1;
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
      return contains(classes(), words);
    }

    /** Whether the lower-cased class attribute contains {@code word} (given in lower case), with no array made per call. */
    boolean classContains(String word) {
      return classes().contains(word);
    }

    private String classes() {
      if (classes == null) {
        classes = element.attributes().getIgnoreCase("class").toLowerCase(Locale.ROOT);
      }
      return classes;
    }

    /** Whether the lower-cased id contains any of {@code words} (given in lower case). */
    boolean idContains(String... words) {
      if (id == null) {
        id = element.attributes().getIgnoreCase("id").toLowerCase(Locale.ROOT);
      }
      return contains(id, words);
    }

    /** Whether the lower-cased attribute {@code key} contains any of {@code words} (given in lower case). */
    boolean attributeContains(String key, String... words) {
      if (element.attributesSize() == 0) {
        return false;
      }
      // Asked of every link's address: compared in place, not lower-cased into a copy first. (The
    // comparison also lets through a few non-ASCII look-alikes, such as the Kelvin sign for a k,
    // which the kind's query then turns away: the test stays a necessary one.)
      String value = element.attributes().getIgnoreCase(key);
      for (String w : words) {
        if (containsIgnoringCase(value, w)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether {@code value} lower-cased contains {@code word} (given in lower case): it does only where
     * the word's first character stands in either case, so only those places are compared.
     */
    private static boolean containsIgnoringCase(String value, String word) {
      char first = word.charAt(0);
      char upper = Character.toUpperCase(first);
      return containsIgnoringCase(value, word, first) || upper != first && containsIgnoringCase(value, word, upper);
    }

    /** {@link #containsIgnoringCase(String, String)} where the word's first character stands as {@code first}. */
    private static boolean containsIgnoringCase(String value, String word, char first) {
      for (int i = value.indexOf(first); i >= 0 && i + word.length() <= value.length(); i = value.indexOf(first, i + 1)) {
        // Most of a link's slashes are followed by another letter: turned away without comparing the
        // region, by the one character an ASCII letter can equal ignoring case (non-ASCII left to the comparison).
        if (word.length() > 1 && !mayEqualIgnoringCase(value.charAt(i + 1), word.charAt(1))) {
          continue;
        }
        if (value.regionMatches(true, i, word, 0, word.length())) {
          return true;
        }
      }
      return false;
    }

    /** False only where {@code c} differs from {@code lower} (a lower-case character) ignoring case. */
    private static boolean mayEqualIgnoringCase(char c, char lower) {
      return c == lower || c >= 0x80 || lower >= 0x80 || Character.toUpperCase(c) == Character.toUpperCase(lower);
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

  /** The glance shared by the elements of one tag without attributes, and the every-page kinds it passes. */
  private record Bare(Glance glance, int[] passing) {}

  /** The walk reads the clock every so many elements: a look costs more than an element's visit. */
  private static final int CHECK_EVERY = 64;

  private final Document doc;
  private final List<Element> all = new ArrayList<>();
  private final List<Glance> glances = new ArrayList<>();
  /** For each kind every page asks, the positions of the elements passing its test, marked during the walk. */
  private final Map<Kind, BitSet> marked = new IdentityHashMap<>();
  /** For each position, the position past its element's last descendant: its subtree is {@code [position, end)}. */
  private int[] ends = new int[256];
  private int bodyFrom = -1;
  private int bodyTo = -1;

  private MarkupIndex(Document doc) {
    this.doc = doc;
  }

  /** A kind of markup: matches of {@code css}, each of which passes {@code necessary}. */
  static Kind kind(String css, Predicate<Glance> necessary) {
    return new Kind(css, necessary);
  }

  /**
   * The page, walked once. The elements passing each of {@code everyPage}'s tests are marked as the
   * walk meets them, while the element is at hand; other kinds test an element when asked.
   */
  static MarkupIndex of(Document doc, List<Kind> everyPage) {
    MarkupIndex index = new MarkupIndex(doc);
    BitSet[] sets = new BitSet[everyPage.size()];
    for (int k = 0; k < sets.length; k++) {
      sets[k] = new BitSet();
      index.marked.put(everyPage.get(k), sets[k]);
    }
    new Walk(index, everyPage, sets, doc.body()).from(doc);
    return index;
  }

  /**
   * The walk over the page's elements in document order, from the root down. Only elements are
   * visited: jsoup's traversal also enters and leaves every text node (as many as the elements on most
   * pages), to be turned away here. The path is kept in arrays, not on the call stack, so a page
   * nested 10^5 deep is walked as any other.
   */
  private static final class Walk {
    private final MarkupIndex index;
    private final List<Kind> everyPage;
    private final BitSet[] sets;
    private final Element body;
    /**
     * A glance at an element without attributes shows its tag alone, and so does every kind's test of it
     * (its class, id and attributes read as empty): one glance and one round of tests serve every such
     * element of a tag. Most elements of a page have no attributes.
     */
    private final Map<String, Bare> bareTags = new HashMap<>();
    /** The elements open at each depth, the position of each, and the index of the child node to look at next. */
    private Element[] path = new Element[64];
    private int[] open = new int[64];
    private int[] nextChild = new int[64];

    Walk(MarkupIndex index, List<Kind> everyPage, BitSet[] sets, Element body) {
      this.index = index;
      this.everyPage = everyPage;
      this.sets = sets;
      this.body = body;
    }

    void from(Element root) {
      int depth = 0;
      enter(root, 0);
      while (depth >= 0) {
        Element parent = path[depth];
        int size = parent.childNodeSize();
        int i = nextChild[depth];
        while (i < size && !(parent.childNode(i) instanceof Element)) {
          i++;
        }
        if (i < size) {
          nextChild[depth] = i + 1;
          depth++;
          enter((Element) parent.childNode(i), depth);
        } else {
          leave(depth);
          depth--;
        }
      }
    }

    private void enter(Element e, int depth) {
      if (depth >= path.length) {
        int grown = Math.max(depth + 1, path.length * 2);
        path = Arrays.copyOf(path, grown);
        open = Arrays.copyOf(open, grown);
        nextChild = Arrays.copyOf(nextChild, grown);
      }
      path[depth] = e;
      nextChild[depth] = 0;
      int at = index.all.size();
      if (at % CHECK_EVERY == 0) {
        Deadline.check();
      }
      if (e == body) {
        index.bodyFrom = at;
      }
      index.all.add(e);
      open[depth] = at;
      if (e.attributesSize() == 0) {
        Bare bare = bareTags.get(e.normalName());
        if (bare == null) {
          Glance glance = new Glance(e, false);
          bare = new Bare(glance, passing(glance));
          bareTags.put(e.normalName(), bare);
        }
        index.glances.add(bare.glance);
        for (int k : bare.passing) {
          sets[k].set(at);
        }
        return;
      }
      Glance glance = new Glance(e, true);
      index.glances.add(glance);
      for (int k = 0; k < sets.length; k++) {
        if (everyPage.get(k).necessary.test(glance)) {
          sets[k].set(at);
        }
      }
    }

    /** The positions in {@code everyPage} of the kinds whose test {@code glance} passes. */
    private int[] passing(Glance glance) {
      int[] passing = new int[sets.length];
      int n = 0;
      for (int k = 0; k < sets.length; k++) {
        if (everyPage.get(k).necessary.test(glance)) {
          passing[n++] = k;
        }
      }
      return Arrays.copyOf(passing, n);
    }

    /** The element open at {@code depth} has no more children: its subtree ends here. */
    private void leave(int depth) {
      int at = open[depth];
      if (at >= index.ends.length) {
        index.ends = Arrays.copyOf(index.ends, Math.max(at + 1, index.ends.length * 2));
      }
      index.ends[at] = index.all.size();
      if (path[depth] == body) {
        index.bodyTo = index.all.size();
      }
      path[depth] = null;
    }
  }

  /** What {@code doc.select} gives for the kind's query: every match, in document order. */
  Elements select(Kind kind) {
    Elements found = new Elements();
    for (int i = next(kind, 0); i >= 0; i = next(kind, i + 1)) {
      if (all.get(i).is(kind.query)) {
        found.add(all.get(i));
      }
    }
    return found;
  }

  /**
   * What {@link #select} gives for each of {@code kinds}, from one pass over the elements: for kinds
   * a page mostly needs together, each element is visited once, not once per kind.
   */
  List<Elements> selectEach(List<Kind> kinds) {
    List<Elements> found = new ArrayList<>(kinds.size());
    for (int[] positions : positionsEach(kinds)) {
      Elements elements = new Elements(positions.length);
      for (int at : positions) {
        elements.add(all.get(at));
      }
      found.add(elements);
    }
    return found;
  }

  /**
   * The positions in {@link #all()} of what {@link #selectEach} gives: each kind's matches, in
   * document order, so that a caller can tell which come before an element without numbering the page.
   */
  List<int[]> positionsEach(List<Kind> kinds) {
    int[][] found = new int[kinds.size()][8];
    int[] sizes = new int[kinds.size()];
    BitSet[] sets = new BitSet[kinds.size()];
    for (int k = 0; k < kinds.size(); k++) {
      sets[k] = marked.get(kinds.get(k));
    }
    boolean onDemand = false;
    for (int k = 0; k < sets.length; k++) {
      // A marked kind's candidates are read from its marks; the others share one pass over the elements.
      for (int i = sets[k] == null ? -1 : sets[k].nextSetBit(0); i >= 0; i = sets[k].nextSetBit(i + 1)) {
        if (all.get(i).is(kinds.get(k).query)) {
          add(found, sizes, k, i);
        }
      }
      onDemand |= sets[k] == null;
    }
    for (int i = 0; onDemand && i < all.size(); i++) {
      Glance glance = glances.get(i);
      for (int k = 0; k < sets.length; k++) {
        if (sets[k] == null && glance.passes(kinds.get(k)) && all.get(i).is(kinds.get(k).query)) {
          add(found, sizes, k, i);
        }
      }
    }
    List<int[]> positions = new ArrayList<>(kinds.size());
    for (int k = 0; k < kinds.size(); k++) {
      positions.add(Arrays.copyOf(found[k], sizes[k]));
    }
    return positions;
  }

  private static void add(int[][] found, int[] sizes, int k, int position) {
    if (sizes[k] == found[k].length) {
      found[k] = Arrays.copyOf(found[k], sizes[k] * 2);
    }
    found[k][sizes[k]++] = position;
  }

  /** The position of {@code e} among the matches of {@code kind}, or -1 where it is none of them. */
  int position(Kind kind, Element e) {
    for (int i = next(kind, 0); i >= 0; i = next(kind, i + 1)) {
      if (all.get(i) == e) {
        return i;
      }
    }
    return -1;
  }

  /** What {@code doc.selectFirst} gives for the kind's query: the first match, or null. */
  Element first(Kind kind) {
    for (int i = next(kind, 0); i >= 0; i = next(kind, i + 1)) {
      if (all.get(i).is(kind.query)) {
        return all.get(i);
      }
    }
    return null;
  }

  /** The first position from {@code from} on whose element passes the kind's test, or -1. */
  private int next(Kind kind, int from) {
    BitSet set = marked.get(kind);
    if (set != null) {
      return set.nextSetBit(from);
    }
    for (int i = from; i < all.size(); i++) {
      if (glances.get(i).passes(kind)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the element at {@code position} matches the kind's query, as {@code e.is(query)} tells. */
  boolean matches(Kind kind, int position) {
    // The same root as doc.select's: is() tries the query from the element's root, the document.
    BitSet set = marked.get(kind);
    boolean passes = set != null ? set.get(position) : glances.get(position).passes(kind);
    return passes && all.get(position).is(kind.query);
  }

  /** Every element of the page, in document order (what {@code doc.getAllElements()} gives). */
  List<Element> all() {
    return all;
  }

  /**
   * The position past the last descendant of the element at {@code position}: the element and its
   * descendants lie in {@link #all()} from {@code position} to before it, as the page was walked.
   */
  int end(int position) {
    return ends[position];
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
}
