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
      if (c < 0x80) {
        // Most text is ASCII, where Character's tables answer what two ranges do (its whitespace is
        // tab to carriage return, the four separators 0x1C-0x1F and the space; its letters and digits
        // are these): every line the rules judge is counted, and the body's long paragraphs.
        if (c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F) {
          inWord = false;
          continue;
        }
        if (!inWord) {
          inWord = true;
          counted = false;
        }
        int lower = c | 0x20;
        if (!counted && (lower >= 'a' && lower <= 'z' || c >= '0' && c <= '9')) {
          counted = true;
          if (++count > cap) {
            return count;
          }
        }
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00A0') {
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
        if (!counted && Character.isLetterOrDigit(c)) {
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

  private static boolean isIdeographic(char c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xF900 && c <= 0xFAFF);
  }
}
