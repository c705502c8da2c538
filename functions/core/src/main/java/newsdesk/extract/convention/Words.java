package newsdesk.extract.convention;

/**
 * Counts words without splitting strings, and stops early at a cap: lines are judged "short" many
 * times over, and a hostile page can be one line of megabytes. A word is a run of non-space
 * characters holding a letter or digit ("—" is not one); Chinese and Japanese, written without
 * spaces, count one word per ideograph or kana, so their pages are not taken for stubs.
 */
public final class Words {

  private Words() {}

  /** The number of words in {@code s}, or {@code cap + 1} when there are more than {@code cap}. */
  public static int countUpTo(String s, int cap) {
    int count = 0;
    boolean inWord = false;
    boolean counted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        inWord = false;
        continue;
      }
      if (isIdeographic(c)) {
        inWord = false;
        count++;
      } else {
        if (!inWord) {
          inWord = true;
          counted = false;
        }
        if (!counted && isLetterOrDigit(c)) {
          counted = true;
          count++;
        }
      }
      if (count > cap) {
        return count;
      }
    }
    return count;
  }

  public static int count(String s) {
    return countUpTo(s, Integer.MAX_VALUE - 1);
  }

  /**
   * {@code Character.isWhitespace(c) || c == '\u00A0'}, with the Unicode tables asked only in the
   * General Punctuation block: the few spaces outside ASCII are known, and the table lookup was most
   * of the count (of every character of a page in a script without ASCII letters).
   */
  static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
    }
    return c == '\u00A0' || c == '\u1680' || c == '\u3000' || c >= '\u2000' && c <= '\u205F' && Character.isWhitespace(c);
  }

  /** {@code Character.isLetterOrDigit(c)}, answered for ASCII without the Unicode tables. */
  static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isIdeographic(char c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xF900 && c <= 0xFAFF);
  }
}
