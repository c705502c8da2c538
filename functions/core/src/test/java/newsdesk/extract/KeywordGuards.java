package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import newsdesk.extract.convention.Keywords;

/**
 * The soundness check of a {@link Keywords} guard, shared by the rules that put one before their
 * patterns: every top-level alternative of every guarded pattern names one of the words, so a line
 * naming none of them could not have matched and the guard never changes a decision.
 */
public final class KeywordGuards {

  private KeywordGuards() {}

  public static void assertEveryAlternativeNamesAKeyword(Keywords keywords, Pattern... patterns) {
    for (Pattern p : patterns) {
      for (String alternative : RuleAlternatives.of(p.pattern())) {
        assertThat(keywords.words()).as(alternative).anyMatch(alternative::contains);
      }
    }
  }
}
