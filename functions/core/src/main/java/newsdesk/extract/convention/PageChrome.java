package newsdesk.extract.convention;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The furniture pages wrap around a story, recognised by its wording: site chrome (sign-up prompts,
 * "Related Stories", app promotions), paywall teasers ("Subscribe to continue reading"), and inline
 * noise inside a story ("Advertisement", "Story continues"). Both engines use it: the text engine to
 * find where a story ends, the HTML engine to drop leftovers that markup cleaning missed.
 */
public final class PageChrome {

  private static final Pattern CHROME = Pattern.compile("(?:\\bsign (?:up|in)\\b|\\blog ?in\\b|\\bsubscri(?:be|ption)\\b|"
      + "already (?:a member|a subscriber|have an account)|download (?:the|our) app|\\bstart reading\\b|get all your news|"
      + "read news from|related (?:stories|articles|content|coverage|topics)|top stories|our picks|^more (?:from|stories|on)\\b|"
      + "most (?:read|popular|viewed|shared)|recommended (?:for you|stories|articles)|you may also like|share (?:this|on|article)|"
      + "follow us|newsletter|all rights reserved|copyright|©|privacy policy|terms of (?:use|service)|cookie|skip to|"
      + "free trial|days free|^one app\\b|premium titles|trusted global sources|membership|open in app|view comments|"
      + "^comments?$|listen to this article|^print$|^email$|^share$|^menu$|^home$|^search$|more newsletters|"
      + "thomson reuters trust principles|our standards|explore more|reuse this content|^topics?$|^tags?:)");
  private static final Pattern TEASER = Pattern.compile("(?i)(?:subscribe|sign up|sign in|log ?in|register|subscription|subscribers?)"
      + ".{0,40}\\b(?:continue|keep|read|reading|full|rest|access|unlock)\\b|\\b(?:continue|keep) reading\\b.{0,40}"
      + "\\b(?:subscri|sign|log|member)|read the full (?:story|article)|free (?:article|story) limit|"
      + "(?:only|exclusively) (?:available )?(?:to|for) (?:subscribers|members)|this (?:article|story|content) is for subscribers");
  private static final Pattern NOISE = Pattern.compile("(?i)^[(\\[]?(?:advertisement|ad|advert|sponsored(?: content)?|"
      + "story continues(?: below(?: advertisement)?)?|continue reading(?: below| the main story)?|"
      + "article continues (?:below|after (?:this )?advertisement)|scroll to continue(?: with content)?|"
      + "skip advertisement|read more|watch|listen|play video|video|image|photo|enlarge this image|"
      + "toggle caption|hide caption|show caption)[)\\]]?$|^(?i:read more|related|also read|see also|watch|read also|more)\\s*:");
  /**
   * Words of which every alternative of {@link #CHROME} holds one: a line holding none is no chrome,
   * and is turned away before the pattern's alternatives are tried at each of its positions. A new
   * alternative needs its word here; {@code PageChromeTest} checks the source and the decisions.
   */
  static final Keywords CHROME_KEYWORDS = Keywords.of("sign ", "log", "subscri", "already ", "download ", "start reading",
      "news", "related ", "top stories", "our picks", "more ", "most ", "recommended ", "you may also like", "share",
      "follow us", "all rights reserved", "copyright", "©", "privacy policy", "terms of ", "cookie", "skip to",
      "free trial", "days free", "one app", "premium titles", "trusted global sources", "membership", "open in app",
      "view comments", "comment", "listen to this article", "print", "email", "menu", "home", "search",
      "trust principles", "our standards", "explore more", "reuse this content", "topic", "tag");
  private static final int SHORT_LINE_WORDS = 16;
  private static final int MAX_CHROME_CHARS = 200;

  private PageChrome() {}

  /** Site furniture: a short line worded like a prompt, a menu item or a footer. */
  public static boolean isChrome(String line) {
    return isChrome(line, true);
  }

  /** As {@link #isChrome(String)}, with every short line tried against the pattern: what the keyword check must not change. */
  static boolean isChrome(String line, boolean guarded) {
    if (words(line) > SHORT_LINE_WORDS - 1) {
      return false;
    }
    String lower = line.strip().toLowerCase(Locale.ROOT);
    return (!guarded || CHROME_KEYWORDS.named(lower)) && CHROME.matcher(lower).find();
  }

  /** The chrome pattern, for the test that each of its alternatives names a keyword. */
  static Pattern chrome() {
    return CHROME;
  }


  /** A paywall or "continue reading" prompt. */
  public static boolean isTeaser(String line) {
    return words(line) <= SHORT_LINE_WORDS && TEASER.matcher(line).find();
  }

  /** An interruption inside a story that is no part of it. */
  public static boolean isNoise(String line) {
    return words(line) <= 12 && NOISE.matcher(line.strip()).find();
  }

  private static int words(String line) {
    // Furniture is short; a long "line" is never chrome, and regexes need not scan it.
    if (line.length() > MAX_CHROME_CHARS) {
      return Integer.MAX_VALUE;
    }
    return Words.countUpTo(line, SHORT_LINE_WORDS);
  }
}
