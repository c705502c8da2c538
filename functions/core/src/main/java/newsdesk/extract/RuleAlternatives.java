package newsdesk.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The top-level alternatives of a regular expression's source: for tests that each one names a guard's
 * keyword, and for cleaning, which reads the fixed opening of each word of its class-name patterns.
 * Given the source from just inside a group, it reads that group's alternatives and stops at its
 * closing parenthesis.
 */
public final class RuleAlternatives {

  private RuleAlternatives() {}

  public static List<String> of(String regex) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int start = 0;
    int i = 0;
    for (; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && depth == 0) {
        break;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        parts.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(regex.substring(start, Math.min(i, regex.length())));
    return parts;
  }
}
