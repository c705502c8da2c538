package newsdesk.extract.html;

import java.util.Arrays;
import newsdesk.extract.Deadline;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The paragraph text ({@link MainContent#paragraphText(Element)}) of every element of a subtree, from
 * one scan of it: each outermost paragraph is measured with what it holds, text boxes give their own
 * text, and the rest (menus, link lists) is passed over, its elements only listed. Cleaning weighs the
 * page and then each furniture candidate it meets; listed in document order, a candidate's paragraph
 * text is read at its position instead of being scanned again. Valid while nothing in the subtree
 * changes, except below an element already read.
 */
final class ParagraphText {

  private static final int CHECK_EVERY = 64;

  /** The elements in document order; null when only the root's total is asked for (see {@link #total}). */
  private Element[] elements;
  /** Position past each element's last descendant: its subtree is {@code [position, end)}. */
  private int[] end;
  /** The weights of the elements before each position, so that a subtree's paragraph text is a difference. */
  private long[] before;
  private int size;
  /** The root's paragraph text, when the elements are not listed. */
  private long total;

  private ParagraphText(int capacity) {
    if (capacity > 0) {
      elements = new Element[capacity];
      end = new int[capacity];
      before = new long[capacity + 1];
    }
  }

  /**
   * Scans {@code root} and everything below it, each paragraph measured with {@code meter}'s arrays;
   * {@code capacity}, the number of elements expected, saves growing the lists (a guess is fine).
   */
  static ParagraphText of(Element root, TextLengths.Meter meter, int capacity) {
    return scan(root, meter, new ParagraphText(Math.max(16, capacity)));
  }

  /** {@link #at} the root of a scan of {@code root}, without listing its elements. */
  static int total(Element root, TextLengths.Meter meter) {
    return scan(root, meter, new ParagraphText(0)).at(0);
  }

  private static ParagraphText scan(Element root, TextLengths.Meter meter, ParagraphText scan) {
    NodeTraversor.filter(new NodeFilter() {
      private int[] open = new int[16];
      private int depth;

      @Override
      public FilterResult head(Node node, int ignored) {
        if (!(node instanceof Element e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (scan.size % CHECK_EVERY == 0) {
          Deadline.check();
        }
        if (MainContent.PARAGRAPHS.matches(e, e)) {
          scan.addMeasured(meter.of(e));
          return FilterResult.SKIP_CHILDREN;
        }
        if (scan.elements != null) {
          if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
          }
          open[depth++] = scan.size;
        }
        scan.add(e, -1, MainContent.ownWeight(e));
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int ignored) {
        // A paragraph's tail comes too, but it was never opened: its end is its measure's.
        if (depth > 0 && scan.elements[open[depth - 1]] == node) {
          scan.end[open[--depth]] = scan.size;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    return scan;
  }

  /** A paragraph and what lies below it, from its own measure: positions shifted to follow those listed. */
  private void addMeasured(TextLengths paragraph) {
    int base = size;
    for (int k = 0; k < paragraph.size(); k++) {
      add(paragraph.element(k), base + paragraph.end(k),
          MainContent.paragraphWeight(paragraph.element(k), paragraph.textAt(k), paragraph.linkDensityAt(k)));
    }
  }

  private void add(Element e, int endsAt, int weight) {
    if (elements == null) {
      total += weight;
      size++;
      return;
    }
    if (size == elements.length) {
      elements = Arrays.copyOf(elements, size * 2);
      end = Arrays.copyOf(end, size * 2);
      before = Arrays.copyOf(before, size * 2 + 1);
    }
    elements[size] = e;
    end[size] = endsAt;
    before[size + 1] = before[size] + weight;
    size++;
  }

  /** The paragraph text of the element at {@code position} (the root's is 0) and all below it. */
  int at(int position) {
    if (elements == null) {
      return (int) Math.min(Integer.MAX_VALUE, total); // only the root's, at 0
    }
    return (int) Math.min(Integer.MAX_VALUE, before[end[position]] - before[position]);
  }

  /** The position past the last descendant of the element at {@code position}. */
  int end(int position) {
    return end[position];
  }

  /**
   * The position of {@code e} where a caller meeting the subtree's elements in document order expects
   * it, {@code expected}; -1 when it is not there (an element not scanned, or added since).
   */
  int position(Element e, int expected) {
    return expected >= 0 && expected < size && elements[expected] == e ? expected : -1;
  }

  /** The position of {@code e} found by reading the list in order, or -1: for one look-up. */
  int find(Element e) {
    for (int i = 0; i < size; i++) {
      if (elements[i] == e) {
        return i;
      }
    }
    return -1;
  }
}
