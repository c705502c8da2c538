package newsdesk.extract.convention;

import java.util.List;

/**
 * The literal words a line rule's pattern cannot match without, in lower case. A line naming none of
 * them is turned away before the pattern's many alternatives are tried at each of its positions,
 * which on most lines of a page costs more than the rest of the judgement; each rule's test checks
 * that every alternative of its pattern names one of its words, so the guard never changes a decision.
 */
public record Keywords(List<String> words) {

  public Keywords {
    words = List.copyOf(words);
  }

  public static Keywords of(String... words) {
    return new Keywords(List.of(words));
  }

  /** Whether {@code lower} (already in lower case) contains any of the words. */
  public boolean named(String lower) {
    for (String w : words) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
