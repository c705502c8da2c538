package newsdesk.extract.text;

import java.util.Locale;
import java.util.regex.Pattern;
import newsdesk.article.Credits;
import newsdesk.extract.convention.Byline;
import newsdesk.extract.convention.CaptionCredit;
import newsdesk.extract.convention.ClosingCredits;
import newsdesk.extract.convention.KnownSources;
import newsdesk.extract.convention.PublicationDate;

/**
 * One line of a text dump with its {@link LineKind} and whatever the classification parsed on the
 * way (caption credit, byline, credits), so that no line is parsed twice.
 */
record TextLine(String text, LineKind kind, int words, CaptionCredit caption, Byline byline, Credits credits) {

  private static final Pattern CHROME = Pattern.compile("(?i)(?:\\bsign (?:up|in)\\b|\\blog ?in\\b|\\bsubscri(?:be|ption)\\b|"
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
  private static final Pattern TERMINAL = Pattern.compile("[.!?…][\"'”’)\\]]*$|[\"”]$");
  private static final Pattern DATE_WORDS = Pattern.compile(
      "(?i)^(?:published|updated|posted|last updated|first published|modified)?\\s*(?:on\\s*)?[:\\s]*");

  static TextLine of(String text) {
    int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
    String lower = text.toLowerCase(Locale.ROOT);
    if (NOISE.matcher(text).find() && words <= 12) {
      return new TextLine(text, LineKind.NOISE, words, null, null, null);
    }
    Credits credits = ClosingCredits.parse(text);
    if (credits != null) {
      return new TextLine(text, LineKind.CREDITS, words, null, null, credits);
    }
    CaptionCredit caption = CaptionCredit.split(text);
    if (caption != null && !caption.text().isEmpty()) {
      return new TextLine(text, LineKind.CAPTION, words, caption, null, null);
    }
    if (words <= 16 && TEASER.matcher(text).find()) {
      return new TextLine(text, LineKind.TEASER, words, null, null, null);
    }
    if (words <= 15 && CHROME.matcher(lower.strip()).find()) {
      return new TextLine(text, LineKind.CHROME, words, null, null, null);
    }
    if (KnownSources.publisher(text) != null) {
      return new TextLine(text, LineKind.PUBLISHER, words, null, null, null);
    }
    if (KnownSources.aggregator(text) != null) {
      return new TextLine(text, LineKind.AGGREGATOR, words, null, null, null);
    }
    if (words <= 14 && isDateLine(text)) {
      return new TextLine(text, LineKind.DATE, words, null, null, null);
    }
    if (words <= 25) {
      Byline byline = Byline.parse(text);
      if (byline != null) {
        return new TextLine(text, LineKind.BYLINE, words, null, byline, null);
      }
    }
    if (words >= 8 && TERMINAL.matcher(text).find()) {
      return new TextLine(text, LineKind.PROSE, words, null, null, null);
    }
    return new TextLine(text, LineKind.SHORT, words, null, null, null);
  }

  boolean endsSentence() {
    return TERMINAL.matcher(text).find();
  }

  /** A date line is mostly date: once the date words are removed, little but time and zone remain. */
  private static boolean isDateLine(String text) {
    if (PublicationDate.datesIn(text).isEmpty() && PublicationDate.normalize(text) == null) {
      return false;
    }
    String rest = DATE_WORDS.matcher(text).replaceFirst("")
        .replaceAll("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?"
            + "|\\d+(?:st|nd|rd|th)?|[ap]\\.?m\\.?|\\b(?:gmt|utc|bst|cet|cest|e[sd]?t|p[sd]?t|c[sd]?t|m[sd]?t|z)\\b|[\\s,.:|/+\\-–—•·]", "");
    return rest.length() <= 4;
  }
}
