package newsdesk.extract.convention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.extract.CorpusLines;
import newsdesk.extract.KeywordGuards;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

/** {@link PageChrome#isChrome} turns lines naming none of its keywords away before its pattern: it may not change a decision. */
class PageChromeTest {

  /** Pieces of chrome lines, near misses and filler, for random lines that hit every alternative. */
  private static final List<String> PIECES = List.of("Sign up", "sign in", "Log in", "login", "Subscribe", "subscription",
      "Already a member", "already have an account", "Download the app", "start reading", "Get all your news",
      "read news from", "Related stories", "related topics", "Top stories", "Our picks", "More from", "more on", "More",
      "Most read", "most shared", "Recommended for you", "You may also like", "Share this", "share on", "Share",
      "Follow us", "Newsletter", "All rights reserved", "Copyright", "©", "Privacy Policy", "Terms of use", "cookies",
      "Skip to content", "free trial", "30 days free", "One app", "premium titles", "trusted global sources", "Membership",
      "Open in app", "View comments", "Comments", "comment", "Listen to this article", "Print", "Email", "Menu", "Home",
      "Search", "More newsletters", "Thomson Reuters Trust Principles", "Our standards", "Explore more",
      "Reuse this content", "Topics", "Tags:", "the", "minister", "said", "on", "Kyiv", ".", ":", " ", "\u00a0", "and",
      "signs", "blog", "shared", "homes", "printed");

  @Test
  void everyAlternativeOfThePatternNamesAKeyword() {
    KeywordGuards.assertEveryAlternativeNamesAKeyword(PageChrome.CHROME_KEYWORDS, PageChrome.chrome());
  }

  @Test
  void theKeywordCheckDecidesRandomLinesAsThePatternAlone() {
    RandomInputs random = RandomInputs.seeded(4L);
    int chrome = 0;
    for (var sample : random.samples(30000, r -> String.join(r.oneOf(" ", " ", ""), r.listOf(1, 8, () -> r.oneOf(PIECES))))) {
      String line = sample.value();
      boolean expected = PageChrome.isChrome(line, false);
      assertThat(PageChrome.isChrome(line)).as(sample.toString()).isEqualTo(expected);
      chrome += expected ? 1 : 0;
    }
    assertThat(chrome).isGreaterThan(3000);
  }

  @Test
  void theKeywordCheckDecidesEveryCorpusLineAsThePatternAlone() {
    int chrome = 0;
    for (String line : CorpusLines.all()) {
      boolean expected = PageChrome.isChrome(line, false);
      assertThat(PageChrome.isChrome(line)).as(line).isEqualTo(expected);
      chrome += expected ? 1 : 0;
    }
    assertThat(chrome).isGreaterThan(100);
  }
}
