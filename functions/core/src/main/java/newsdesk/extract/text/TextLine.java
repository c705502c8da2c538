package newsdesk.extract.text;

import java.util.regex.Pattern;
import newsdesk.article.Credits;
import newsdesk.extract.convention.Byline;
import newsdesk.extract.convention.CaptionCredit;
import newsdesk.extract.convention.ClosingCredits;
import newsdesk.extract.convention.KnownSources;
import newsdesk.extract.convention.PageChrome;
import newsdesk.extract.convention.Words;
import newsdesk.extract.convention.PublicationDate;

/**
 * One line of a text dump with its {@link LineKind} and whatever the classification parsed on the
 * way (caption credit, byline, credits), so that no line is parsed twice.
 */
record TextLine(String text, LineKind kind, int words, CaptionCredit caption, Byline byline, Credits credits) {

  private static final Pattern TERMINAL = Pattern.compile("[.!?…][\"'”’)\\]]*$|[\"”]$");
  private static final Pattern READING_TIME = Pattern.compile("(?i)\\d+\\s*min(?:ute)?s?\\s*read");
  private static final Pattern DATE_PARTS = Pattern.compile(
      "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?"
          + "|\\d+(?:st|nd|rd|th)?|[ap]\\.?m\\.?|\\b(?:gmt|utc|bst|cet|cest|e[sd]?t|p[sd]?t|c[sd]?t|m[sd]?t|z)\\b|[\\s,.:|/+\\-–—•·]");
  private static final Pattern DATE_WORDS = Pattern.compile(
      "(?i)^(?:published|updated|posted|last updated|first published|modified)?\\s*(?:on\\s*)?[:\\s]*");

  static TextLine of(String text) {
    int words = Words.count(text);
    if (PageChrome.isNoise(text)) {
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
    if (PageChrome.isTeaser(text)) {
      return new TextLine(text, LineKind.TEASER, words, null, null, null);
    }
    if (PageChrome.isChrome(text)) {
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
    String words = DATE_WORDS.matcher(READING_TIME.matcher(text).replaceAll("")).replaceFirst("");
    String rest = DATE_PARTS.matcher(words).replaceAll("");
    return rest.length() <= 4;
  }
}
