package newsdesk.extract.html;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
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

  private final Map<Element, Integer> index;
  /** Pre-order index past the element's last descendant: its subtree is {@code [index, end)}. */
  private final int[] end;
  private final int[] text;
  /** Link text before each index, so a subtree's link text is a difference. */
  private final long[] linkPrefix;
  private final Element[] elements;

  private TextLengths(Map<Element, Integer> index, Element[] elements, int[] end, int[] text, long[] linkPrefix) {
    this.index = index;
    this.elements = elements;
    this.end = end;
    this.text = text;
    this.linkPrefix = linkPrefix;
  }

  /** Measures {@code root} and everything below it. */
  static TextLengths of(Element root) {
    Walk walk = new Walk();
    NodeTraversor.traverse(walk, root);
    int n = walk.count;
    long[] prefix = new long[n + 1];
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] + walk.link[i];
    }
    return new TextLengths(walk.index, Arrays.copyOf(walk.elements, n), Arrays.copyOf(walk.end, n),
        Arrays.copyOf(walk.text, n), prefix);
  }

  /** {@code e.text().length()}. */
  int text(Element e) {
    Integer i = index.get(e);
    return i == null ? e.text().length() : text[i];
  }

  /** The share of an element's text that sits inside links, {@code a[href]} elements nested or not (as {@code select("a[href]")} counts them). */
  double linkDensity(Element e) {
    Integer i = index.get(e);
    if (i == null) {
      return MainContent.linkDensity(e);
    }
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
    long[] prefix = new long[elements.length + 1];
    for (int i = 0; i < elements.length; i++) {
      if (i % CHECK_EVERY == 0) {
        Deadline.check();
      }
      prefix[i + 1] = prefix[i] + weight.applyAsInt(elements[i]);
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
      Integer i = index.get(e);
      if (i != null) {
        return (int) Math.min(Integer.MAX_VALUE, prefix[end[i]] - prefix[i]);
      }
      long sum = 0;
      for (Element d : e.getAllElements()) {
        Deadline.check();
        sum += weight.applyAsInt(d);
      }
      return (int) Math.min(Integer.MAX_VALUE, sum);
    }
  }

  /**
   * jsoup's text accumulation (Element.text(), jsoup 1.24), writing one text for the whole tree
   * and marking each element's part. {@code TextLengthsTest} holds it to {@code text()} on every
   * element of the corpora and of random pages, so a jsoup upgrade that changes the rules fails there.
   */
  private static final class Walk implements NodeVisitor {
    private final StringBuilder accum = new StringBuilder();
    private final Map<Element, Integer> index = new IdentityHashMap<>();
    private Element[] elements = new Element[256];
    private int[] start = new int[256];
    private int[] end = new int[256];
    private int[] text = new int[256];
    private int[] link = new int[256];
    private int[] open = new int[64];
    private int depth;
    private int count;

    @Override
    public void head(Node node, int ignored) {
      if (node instanceof TextNode t) {
        appendNormalisedText(t);
      } else if (node instanceof Element e) {
        if (count % CHECK_EVERY == 0) {
          Deadline.check();
        }
        if (accum.length() > 0 && needsLeadingTextSeparator(e) && !lastCharIsWhitespace()) {
          accum.append(' ');
        }
        if (count == elements.length) {
          int size = count * 2;
          elements = Arrays.copyOf(elements, size);
          start = Arrays.copyOf(start, size);
          end = Arrays.copyOf(end, size);
          text = Arrays.copyOf(text, size);
          link = Arrays.copyOf(link, size);
        }
        if (depth == open.length) {
          open = Arrays.copyOf(open, depth * 2);
        }
        int i = count++;
        elements[i] = e;
        index.put(e, i);
        start[i] = accum.length();
        open[depth++] = i;
      }
    }

    @Override
    public void tail(Node node, int ignored) {
      if (!(node instanceof Element e)) {
        return;
      }
      int i = open[--depth];
      end[i] = count;
      text[i] = trimmedLength(start[i], accum.length());
      // An anchor without href is a target ("<a name=top>"), not a link: pages that leave one unclosed
      // wrap the whole story in it.
      if (e.normalName().equals("a") && e.hasAttr("href")) {
        link[i] = text[i];
      }
      Node next = e.nextSibling();
      if (needsTrailingTextSeparator(e) && (next instanceof TextNode || next instanceof Element n && n.tag().isInline())
          && !lastCharIsWhitespace()) {
        accum.append(' ');
      }
    }

    /** Length of {@code accum[from, to)} after {@link String#trim()}. */
    private int trimmedLength(int from, int to) {
      while (from < to && accum.charAt(from) <= ' ') {
        from++;
      }
      while (to > from && accum.charAt(to - 1) <= ' ') {
        to--;
      }
      return to - from;
    }

    private void appendNormalisedText(TextNode t) {
      String s = t.getWholeText();
      if (preserveWhitespace(t.parentNode()) || t instanceof CDataNode) {
        accum.append(s);
      } else {
        StringUtil.appendNormalisedWhitespace(accum, s, lastCharIsWhitespace());
      }
    }

    private boolean lastCharIsWhitespace() {
      return accum.length() != 0 && accum.charAt(accum.length() - 1) == ' ';
    }

    private static boolean preserveWhitespace(Node node) {
      if (node instanceof Element e) {
        for (int i = 0; i < 6 && e != null; i++, e = e.parent()) {
          if (e.tag().preserveWhitespace()) {
            return true;
          }
        }
      }
      return false;
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
