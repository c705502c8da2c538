package newsdesk.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsdesk.extract.Deadline;

/**
 * Splits a text dump into logical lines: one per paragraph-like unit. Lines of a hard-wrapped block
 * (a paragraph broken at a fixed width, as e-mail and some copy tools do) are joined back, so that
 * a wrapped paragraph is one line like an unwrapped one.
 */
final class TextLines {

  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final int WRAP_MIN = 45;
  private static final int WRAP_MAX = 100;

  private TextLines() {}

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    for (String block : BLANK_LINES.split(normalized)) {
      List<String> lines = new ArrayList<>();
      for (String line : block.split("\n")) {
        Deadline.check();
        String l = SPACES.matcher(line).replaceAll(" ").strip();
        if (!l.isEmpty()) {
          lines.add(l);
        }
      }
      if (isHardWrapped(lines)) {
        out.add(String.join(" ", lines));
      } else {
        out.addAll(lines);
      }
    }
    return out;
  }

  /** Every line but the last fills the width, and some break mid-sentence. */
  private static boolean isHardWrapped(List<String> lines) {
    if (lines.size() < 2) {
      return false;
    }
    int midSentence = 0;
    for (int i = 0; i < lines.size() - 1; i++) {
      String l = lines.get(i);
      if (l.length() < WRAP_MIN || l.length() > WRAP_MAX) {
        return false;
      }
      char last = l.charAt(l.length() - 1);
      if (last != '.' && last != '!' && last != '?' && last != '"' && last != '”') {
        midSentence++;
      }
    }
    return midSentence * 2 >= lines.size() - 1;
  }
}
