package newsdesk.extract.convention;

/**
 * Counts whitespace-separated words without splitting strings, and stops early at a cap: lines are
 * judged "short" many times over, and a hostile page can be one line of megabytes.
 */
public final class Words {

  private Words() {}

  /** The number of words in {@code s}, or {@code cap + 1} when there are more than {@code cap}. */
  public static int countUpTo(String s, int cap) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0';
      if (!space && !inWord) {
        if (++count > cap) {
          return count;
        }
      }
      inWord = !space;
    }
    return count;
  }

  public static int count(String s) {
    return countUpTo(s, Integer.MAX_VALUE - 1);
  }
}
