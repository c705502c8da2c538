package newsdesk.extract.html;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;
import newsdesk.extract.Deadline;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The length of every element's text and of the text inside its links, measured in one walk of a
 * tree. Cleaning, scoring and block writing ask for link density and paragraph text of containers
 * nested in each other; asking jsoup's {@code text()} each time walked the same subtrees once per
 * level and per phase. The walk writes the whole tree's text once, the way {@code Element.text()}
 * writes it (same whitespace folding and block separators), and keeps where each element's part
 * starts and ends: an element's {@code text()} is that part, trimmed, because the folding depends only
 * on the character before, which is the same once the element's first visible character is written.
 * Valid for the tree as it was measured: after nodes are removed, measure again. Elements not in the
 * measured tree (or added later) are measured with jsoup directly, so an answer is never stale.
 */
final class TextLengths {

  private static final int CHECK_EVERY = 64;

  /**
   * Each measured element's position, built on the first look-up by element: most measures are read
   * by position only (cleaning's, in document order), and filling an identity map as the walk went
   * was half of the walk's cost.
   */
  private Map<Element, Integer> index;
  /** Pre-order index past the element's last descendant: its subtree is {@code [index, end)}. */
  private final int[] end;
  private final int[] text;
  /** Link text before each index, so a subtree's link text is a difference. */
  private final long[] linkPrefix;
  private final Element[] elements;
  /** Commas (as scoring counts them) in each element's text. */
  private final long[] commas;

  /** How many elements were measured: the arrays are the walk's own, longer than that. */
  private final int size;

  private TextLengths(int size, Element[] elements, int[] end, int[] text, long[] linkPrefix, long[] commas) {
    this.size = size;
    this.elements = elements;
    this.end = end;
    this.text = text;
    this.linkPrefix = linkPrefix;
    this.commas = commas;
  }

  /** Measures {@code root} and everything below it. */
  static TextLengths of(Element root) {
    Walk walk = new Walk();
    NodeTraversor.traverse(walk, root);
    return measured(walk);
  }

  /**
   * Measures one subtree after another in the same arrays, for many small measures (each paragraph of
   * a page) each read before the next is taken: a measure it gives is valid until its next.
   */
  static final class Meter {
    /** Paragraphs hold a few elements: arrays as long as a page's would be allocated for nothing. */
    private final Walk walk = new Walk(16);

    TextLengths of(Element root) {
      walk.reset();
      NodeTraversor.traverse(walk, root);
      return measured(walk);
    }
  }

  /**
   * A measure of the tree a pruning walk leaves, taken during that walk: fed each node the walk keeps,
   * in its order, and told of each element it removes, it gives what {@link #of} the pruned tree gives,
   * without a walk of its own. Cleaning measures the page as it prunes it this way.
   */
  static final class Pruned {
    private final Walk walk;

    /** {@code capacity}: about how many elements the pruned tree will hold (a guess is fine). */
    Pruned(int capacity) {
      walk = new Walk(Math.max(16, capacity));
    }

    /** The walk keeps {@code node}: it and (unless removed in turn) what lies below it are part of the tree. */
    void head(Node node) {
      walk.head(node, 0);
    }

    /** The walk leaves {@code node}, all of its children kept or removed. */
    void tail(Node node) {
      walk.tail(node, 0);
    }

    /** The walk removes the element it is at, which it has not fed. */
    void removing() {
      walk.removing();
    }

    /** The measure of {@code root}, the tree the walk started from, as it left it. */
    TextLengths lengths(Element root) {
      // Where the rules looked below a removal's ancestor before the walk reached it (see Walk.removing).
      return walk.stale ? of(root) : measured(walk);
    }
  }

  private static TextLengths measured(Walk walk) {
    int n = walk.count;
    long[] prefix = new long[n + 1];
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] + walk.link[i];
    }
    // The walk's arrays are taken as they are, not copied to their used length: a measure is short-lived.
    return new TextLengths(n, walk.elements, walk.end, walk.text, prefix, walk.commasIn);
  }

  /** The measured element's position in document order (the root's is 0), or null for an element not measured. */
  private Integer position(Element e) {
    if (index == null) {
      Map<Element, Integer> positions = new IdentityHashMap<>(size);
      for (int i = 0; i < size; i++) {
        positions.put(elements[i], i);
      }
      index = positions;
    }
    return index.get(e);
  }

  /** How many elements were measured. */
  int size() {
    return size;
  }

  /** The element at {@code position}. */
  Element element(int position) {
    return elements[position];
  }

  /** The position past the last descendant of the element at {@code position}. */
  int end(int position) {
    return end[position];
  }

  /** {@code root} and its descendants, in document order, as measured; listed afresh for an element not measured. */
  List<Element> subtree(Element root) {
    Integer i = position(root);
    return i == null ? root.getAllElements() : Arrays.asList(elements).subList(i, end[i]);
  }

  /** {@code e.text().length()}. */
  int text(Element e) {
    Integer i = position(e);
    return i == null ? e.text().length() : text[i];
  }

  /** {@link #text(Element)} of the element at {@code position}. */
  int textAt(int position) {
    return text[position];
  }

  /** {@code e.ownText().length()}, counted without writing the text. */
  static int ownText(Element e) {
    return Count.ownText(e);
  }

  /**
   * {@link #ownText}, or 0 when it is below {@code min}, which most elements' own text (the
   * indentation between their children) is by far. Spaces never follow each other in own text, so a
   * length of {@code min} holds at least {@code min / 2} characters that are not whitespace: an element
   * with fewer is answered without counting. Preformatted and CDATA text keep their whitespace, so
   * they are always counted.
   */
  static int ownTextAtLeast(Element e, int min) {
    int needed = min / 2;
    int seen = 0;
    for (int i = 0; i < e.childNodeSize() && seen < needed; i++) {
      if (e.childNode(i) instanceof TextNode t) {
        if (t instanceof CDataNode) {
          seen = needed;
          break;
        }
        String s = t.getWholeText();
        for (int k = 0; k < s.length() && seen < needed; k++) {
          seen += StringUtil.isActuallyWhitespace(s.charAt(k)) ? 0 : 1;
        }
      }
    }
    if (seen < needed && !Count.preserveWhitespace(e)) {
      return 0;
    }
    int own = ownText(e);
    return own >= min ? own : 0;
  }

  /** The commas of {@code e.text()}: ',' and the ideographic '，' and '、', which the text may hold in any number. */
  long commas(Element e) {
    Integer i = position(e);
    if (i != null) {
      return commas[i];
    }
    return commas(e.text());
  }

  /** The commas of {@code text}, as {@link #commas(Element)} counts them. */
  static int commas(String text) {
    int n = 0;
    for (int k = 0; k < text.length(); k++) {
      n += isComma(text.charAt(k)) ? 1 : 0;
    }
    return n;
  }

  private static boolean isComma(int c) {
    return c == ',' || c == '，' || c == '、';
  }

  /** The share of an element's text that sits inside links, {@code a[href]} elements nested or not (as {@code select("a[href]")} counts them). */
  double linkDensity(Element e) {
    Integer i = position(e);
    return i == null ? MainContent.linkDensity(e) : linkDensityAt(i);
  }

  /** {@link #linkDensity(Element)} of the element at {@code position}. */
  double linkDensityAt(int i) {
    int total = text[i];
    if (total == 0) {
      return 0;
    }
    return Math.min(1.0, (linkPrefix[end[i]] - linkPrefix[i]) / (double) total);
  }

  /**
   * Per-subtree sums of {@code weight}, which is asked once per measured element, in document
   * order: {@link Subtotals#of} an element is the sum over it and its descendants.
   */
  Subtotals subtotals(ToIntFunction<Element> weight) {
    return subtotalsAt(i -> weight.applyAsInt(elements[i]), weight);
  }

  /**
   * {@link #subtotals}, the weight of each element asked by its position ({@code weightAt}) and, for
   * an element not measured, of the element itself ({@code weight}).
   */
  Subtotals subtotalsAt(IntUnaryOperator weightAt, ToIntFunction<Element> weight) {
    long[] prefix = new long[size + 1];
    for (int i = 0; i < size; i++) {
      if (i % CHECK_EVERY == 0) {
        Deadline.check();
      }
      prefix[i + 1] = prefix[i] + weightAt.applyAsInt(i);
    }
    return new Subtotals(prefix, weight);
  }

  /** Sums of a weight over subtrees of the measured tree. */
  final class Subtotals {
    private final long[] prefix;
    private final ToIntFunction<Element> weight;

    private Subtotals(long[] prefix, ToIntFunction<Element> weight) {
      this.prefix = prefix;
      this.weight = weight;
    }

    /** The weight of {@code e} and all its descendants; counted afresh for an element not measured. */
    int of(Element e) {
      Integer i = position(e);
      if (i != null) {
        return at(i);
      }
      long sum = 0;
      for (Element d : e.getAllElements()) {
        Deadline.check();
        sum += weight.applyAsInt(d);
      }
      return (int) Math.min(Integer.MAX_VALUE, sum);
    }

    /** {@link #of} the element at {@code position}. */
    int at(int position) {
      return (int) Math.min(Integer.MAX_VALUE, prefix[end[position]] - prefix[position]);
    }
  }

  /**
   * What jsoup's text rules look at, kept without writing the text: the length so far, whether the last
   * character is a space, where the characters above {@code ' '} (those {@link String#trim()} keeps)
   * start and end, and the commas.
   */
  private static class Count {
    int length;
    boolean lastIsSpace;
    /** Where the first character above {@code ' '} was written; -1 before one is. */
    private int firstSolidAt = -1;
    /** Position past the last character above {@code ' '} written so far. */
    int solidEnd;
    long commas;
    /** Whether a part is open that has no character above {@code ' '} yet: the next such is its first. */
    boolean marking = true;

    /**
     * {@code e.ownText().length()} (jsoup 1.24): the element's own text nodes and a space for each
     * {@code <br>}, trimmed.
     */
    static int ownText(Element e) {
      Count c = new Count();
      for (int i = 0; i < e.childNodeSize(); i++) {
        Node child = e.childNode(i);
        if (child instanceof TextNode t) {
          c.appendNormalisedText(t);
        } else if (child.nameIs("br") && !c.lastIsSpace) {
          c.space();
        }
      }
      return c.firstSolidAt < 0 ? 0 : c.solidEnd - c.firstSolidAt;
    }

    final void space() {
      length++;
      lastIsSpace = true;
    }

    final void resetFirstSolid() {
      firstSolidAt = -1;
    }

    /** The next character written is above {@code ' '}. */
    void markFirstSolid() {
      firstSolidAt = length;
      marking = false;
    }

    /** Writes a character above {@code ' '}. */
    private void solid() {
      if (marking) {
        markFirstSolid();
      }
      length++;
      solidEnd = length;
    }

    /** As {@code StringUtil.appendNormalisedWhitespace} and appending raw text in preformatted parts. */
    final void appendNormalisedText(TextNode t) {
      String s = t.getWholeText();
      int n = s.length();
      if (preserveWhitespace(t.parentNode()) || t instanceof CDataNode) {
        for (int i = 0; i < n; i++) {
          char c = s.charAt(i);
          if (c > ' ') {
            solid();
            commas += isComma(c) ? 1 : 0;
          } else {
            length++;
          }
        }
        if (n > 0) {
          lastIsSpace = s.charAt(n - 1) == ' ';
        }
        return;
      }
      boolean stripLeading = lastIsSpace && length > 0;
      boolean lastWasWhite = false;
      boolean reachedNonWhite = false;
      // Char by char: jsoup reads code points, but both halves of a surrogate pair (and a lone half) are
      // characters above ' ', neither whitespace nor invisible, so they count the same one by one.
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (StringUtil.isActuallyWhitespace(c)) {
          if ((stripLeading && !reachedNonWhite) || lastWasWhite) {
            continue;
          }
          space();
          lastWasWhite = true;
        } else if (!StringUtil.isInvisibleChar(c)) {
          if (c > ' ') {
            solid();
            commas += isComma(c) ? 1 : 0;
          } else {
            length++;
          }
          lastIsSpace = false;
          lastWasWhite = false;
          reachedNonWhite = true;
        }
      }
    }

    static boolean preserveWhitespace(Node node) {
      if (node instanceof Element e) {
        for (int i = 0; i < 6 && e != null; i++, e = e.parent()) {
          if (e.tag().preserveWhitespace()) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * jsoup's text accumulation (Element.text(), jsoup 1.24), counting the text of the whole tree once
   * and marking each element's part. Only lengths are asked, so the text is not written: the walk
   * keeps what the rules look at, the length so far and whether the last character is a space, and
   * where the first and last characters above {@code ' '} of each element's part fall, which
   * {@link String#trim()} keeps. {@code TextLengthsTest} holds it to {@code text()} on every element of
   * the corpora and of random pages, so a jsoup upgrade that changes the rules fails there.
   */
  private static final class Walk extends Count implements NodeVisitor {
    private Element[] elements;
    private int[] firstSolid;
    private int[] end;
    private int[] text;
    private int[] link;
    private long[] commasBefore;
    private long[] commasIn;
    private int[] open = new int[64];
    private int depth;
    /** Open elements from this depth up have no character above {@code ' '} yet (all opened after the last one). */
    private int unsolid;
    private int count;
    /**
     * Whether the element just left writes a separator should its next sibling be text or inline: decided
     * when that sibling is met, so that a pruning walk's next sibling is the one it keeps.
     */
    private boolean trailing;
    /** Open elements whose leading separator looked at all of their text ({@link Tag#TextBoundary}). */
    private int boundariesOpen;
    /** Whether a removal changed what such an element looked at: the measure must be taken afresh. */
    private boolean stale;

    @Override
    public void head(Node node, int ignored) {
      if (trailing) {
        trailing = false;
        if ((node instanceof TextNode || node instanceof Element n && n.tag().isInline()) && !lastIsSpace) {
          space();
        }
      }
      if (node instanceof TextNode t) {
        appendNormalisedText(t);
      } else if (node instanceof Element e) {
        if (count % CHECK_EVERY == 0) {
          Deadline.check();
        }
        if (length > 0 && !lastIsSpace && needsLeadingTextSeparator(e)) {
          space();
        }
        if (e.tag().is(Tag.TextBoundary)) {
          boundariesOpen++;
        }
        if (count == elements.length) {
          int size = count * 2;
          elements = Arrays.copyOf(elements, size);
          firstSolid = Arrays.copyOf(firstSolid, size);
          end = Arrays.copyOf(end, size);
          text = Arrays.copyOf(text, size);
          link = Arrays.copyOf(link, size);
          commasBefore = Arrays.copyOf(commasBefore, size);
          commasIn = Arrays.copyOf(commasIn, size);
        }
        if (depth == open.length) {
          open = Arrays.copyOf(open, depth * 2);
        }
        int i = count++;
        elements[i] = e;
        firstSolid[i] = -1;
        link[i] = 0; // a reused walk's arrays hold an earlier measure's
        commasBefore[i] = commas;
        open[depth++] = i;
        marking = true;
      }
    }

    @Override
    public void tail(Node node, int ignored) {
      if (!(node instanceof Element e)) {
        return;
      }
      trailing = false; // left by the last child: no sibling follows it
      int i = open[--depth];
      unsolid = Math.min(unsolid, depth);
      end[i] = count;
      // The part's characters from its first to its last above ' ': what trim() leaves.
      text[i] = firstSolid[i] < 0 ? 0 : solidEnd - firstSolid[i];
      commasIn[i] = commas - commasBefore[i];
      // An anchor without href is a target ("<a name=top>"), not a link: pages that leave one unclosed
      // wrap the whole story in it.
      if (e.normalName().equals("a") && e.hasAttr("href")) {
        link[i] = text[i];
      }
      if (e.tag().is(Tag.TextBoundary)) {
        boundariesOpen--;
      }
      trailing = needsTrailingTextSeparator(e);
    }

    /**
     * An element is removed before it is met. Elements are measured from their own subtree and what
     * jsoup writes before them, both as they stand when met, except that a text boundary's leading
     * separator asks whether anything below it has text before its descendants are met.
     */
    void removing() {
      stale |= boundariesOpen > 0;
    }

    Walk() {
      this(256);
    }

    Walk(int capacity) {
      elements = new Element[capacity];
      firstSolid = new int[capacity];
      end = new int[capacity];
      text = new int[capacity];
      link = new int[capacity];
      commasBefore = new long[capacity];
      commasIn = new long[capacity];
    }

    /** Back to the state of a new walk, keeping the arrays. */
    void reset() {
      length = 0;
      lastIsSpace = false;
      solidEnd = 0;
      commas = 0;
      marking = true;
      resetFirstSolid();
      depth = 0;
      unsolid = 0;
      count = 0;
      trailing = false;
      boundariesOpen = 0;
      stale = false;
    }

    /** The next character is the first above {@code ' '} of every open part still without one. */
    @Override
    void markFirstSolid() {
      for (int d = unsolid; d < depth; d++) {
        firstSolid[open[d]] = length;
      }
      unsolid = depth;
      marking = false;
    }

    private static boolean needsLeadingTextSeparator(Element e) {
      return e.isBlock() || e.nameIs("br") || e.tag().is(Tag.TextBoundary) && e.childNodeSize() > 0 && e.hasText();
    }

    private static boolean needsTrailingTextSeparator(Element e) {
      return e.tag().is(Tag.TextBoundary) || !e.tag().isInline() || hasBlockChild(e);
    }

    private static boolean hasBlockChild(Element e) {
      for (int i = 0; i < e.childNodeSize(); i++) {
        if (e.childNode(i) instanceof Element c && c.isBlock()) {
          return true;
        }
      }
      return false;
    }
  }
}
