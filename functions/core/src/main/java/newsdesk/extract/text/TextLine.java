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
    if (PublicationDate.isTimestamp(text)) {
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

}
