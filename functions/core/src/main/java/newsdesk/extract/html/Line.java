package newsdesk.extract.html;

import java.util.Locale;
import newsdesk.extract.convention.Words;

/**
 * A whitespace-normalized line of body text as the line rules read it, worked out once however many
 * rules ask: its words, counted up to the most any rule needs, and its lower case with no-break
 * spaces made plain (they would defeat the rules' {@code \s} and word boundaries). Each rule used to
 * lower-case and count every paragraph again; both are worked out only when a rule first asks, since
 * most rules turn a long paragraph away by its length alone.
 */
final class Line {

  /** The most words a rule asks about: {@link HouseNotice}'s limit, and one more to tell it is passed. */
  static final int MAX_WORDS = 61;

  private final String text;
  private int words = -1;
  private String lower;

  Line(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  int length() {
    return text.length();
  }

  /** {@code Words.countUpTo(text, cap)}: the words, or {@code cap + 1} when there are more than {@code cap}. */
  int wordsUpTo(int cap) {
    if (cap > MAX_WORDS) {
      return Words.countUpTo(text, cap);
    }
    if (words < 0) {
      words = Words.countUpTo(text, MAX_WORDS);
    }
    return Math.min(words, cap + 1);
  }

  /**
   * The exact number of words, or -1 when there are more than {@link #MAX_WORDS}: the rules count
   * every line this far, so the body's word count need not count a short paragraph again.
   */
  int words() {
    int w = wordsUpTo(MAX_WORDS);
    return w <= MAX_WORDS ? w : -1;
  }

  /** The text in lower case, no-break spaces made plain. */
  String lower() {
    if (lower == null) {
      lower = text.replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
    }
    return lower;
  }
}
