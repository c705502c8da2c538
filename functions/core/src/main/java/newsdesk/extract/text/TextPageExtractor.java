package newsdesk.extract.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsdesk.article.Block;
import newsdesk.article.Caption;
import newsdesk.extract.ArticleAssembly;
import newsdesk.extract.ArticleDraft;
import newsdesk.extract.Deadline;
import newsdesk.extract.PageRejected;
import newsdesk.extract.RejectReason;
import newsdesk.extract.convention.CanonicalUrl;
import newsdesk.extract.convention.Dateline;
import newsdesk.extract.convention.KnownSources;
import newsdesk.extract.convention.PublicationDate;
import newsdesk.extract.convention.Words;

/**
 * The engine for plain-text page dumps: the visible text of a news page copied with its chrome
 * (sign-up prompts, menus, related links). A dump has no markup, so the story is found by reading
 * lines the way an editor would: a header of chrome, publisher, section, byline and headline; a body
 * that starts at the first run of prose, with captions (told by their photo credits), subheads and
 * inline noise mixed in; and an end at the closing credits or where chrome takes over again.
 */
public final class TextPageExtractor {

  private static final Set<String> SECTIONS = Set.of("world", "business", "politics", "technology", "tech",
      "science", "health", "sport", "sports", "entertainment", "culture", "opinion", "markets", "economy", "finance",
      "money", "lifestyle", "travel", "environment", "climate", "us", "u.s.", "uk", "europe", "asia", "africa",
      "americas", "middle east", "australia", "education", "media", "arts", "books", "music", "film", "style", "food",
      "national", "local", "international", "energy", "legal", "world news", "us news", "uk news", "business news",
      "breaking news", "news", "commodities", "sustainability", "wealth", "investing", "life", "society", "weather");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TITLE_CASE_WORD = Pattern.compile("(?:\\p{Lu}[\\p{L}.&'-]*|&)");
  private static final Pattern ALL_CAPS = Pattern.compile("^[\\p{Lu}\\d\\s\\p{P}]+$");
  /** Minimum prose words after a chrome line for the story to be taken as going on past it. */
  private static final int PROSE_AFTER_CHROME = 2;
  /** A story this short followed by a paywall teaser is a teaser itself. */
  private static final int TEASER_WORDS = 400;
  /** How many footer lines after the story a paywall prompt may stand. */
  private static final int TEASER_REACH = 3;

  private final ArticleDraft d = new ArticleDraft();
  /** The month and day a dateline printed ("Aug 4"), kept until the year is known. */
  private String datelineDay;
  private boolean bylineExplicit;

  private TextPageExtractor() {}

  public static ArticleDraft extract(String text, String urlHint) {
    return new TextPageExtractor().read(text, urlHint);
  }

  private ArticleDraft read(String text, String urlHint) {
    List<TextLine> lines = new ArrayList<>();
    for (String raw : TextLines.split(text)) {
      Deadline.check();
      lines.add(TextLine.of(raw));
    }
    int start = bodyStart(lines);
    if (start < 0) {
      throw new PageRejected(RejectReason.NOT_ARTICLE, "no run of prose found in the text");
    }
    d.url = urlHint;
    int titleAt = readHeader(lines.subList(0, start));
    start = splitSubtitle(lines, start, titleAt);
    int end = readBody(lines, start);
    readFooter(lines.subList(end, lines.size()));
    if (d.host == null && urlHint != null) {
      d.host = KnownSources.aggregatorOfHost(CanonicalUrl.host(urlHint));
    }
    inferPublished();
    return d;
  }

  /** The first prose line; captions and chrome before it belong to the header. */
  private static int bodyStart(List<TextLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).kind() == LineKind.PROSE) {
        return i;
      }
    }
    return -1;
  }

  /** Reads publisher, host, section, byline, date and headline from the header; returns the title's index. */
  private int readHeader(List<TextLine> header) {
    int titleAt = -1;
    int publisherAt = -1;
    for (int i = 0; i < header.size(); i++) {
      TextLine line = header.get(i);
      switch (line.kind()) {
        case PUBLISHER -> {
          if (d.publisher == null) {
            d.publisher = KnownSources.publisher(line.text());
            publisherAt = i;
          }
        }
        case AGGREGATOR -> d.host = d.host == null ? KnownSources.aggregator(line.text()) : d.host;
        case CHROME, TEASER -> d.host = d.host == null ? KnownSources.aggregatorMentioned(line.text()) : d.host;
        case BYLINE -> {
          if (d.authors.isEmpty() || line.byline().explicit() && !bylineExplicit) {
            d.authors.clear();
            d.authors.addAll(line.byline().authors());
            bylineExplicit = line.byline().explicit();
          }
          if (d.publisher == null && line.byline().agency() != null) {
            d.publisher = line.byline().agency();
          }
        }
        case DATE -> readDateLine(line.text());
        case CAPTION -> caption(line);
        case SHORT -> {
          if (isHeadline(line) && (titleAt < 0 || isMenuLike(header.get(titleAt)) && !isMenuLike(line))) {
            titleAt = i;
          }
        }
        default -> { }
      }
    }
    if (titleAt >= 0) {
      d.title = header.get(titleAt).text();
    }
    d.section = section(header, publisherAt, titleAt);
    return titleAt;
  }

  /** "The Daily Ledger", "World Business Markets": a few capitalised words, more likely a name or a menu. */
  private static boolean isMenuLike(TextLine line) {
    return line.words() <= 4 && allTitleCase(line.text());
  }

  /** Every word of {@code text} is capitalised (or "&"). A loop, not a stream: see docs/cold-start.md. */
  private static boolean allTitleCase(String text) {
    for (String word : SPACES.split(text)) {
      if (!TITLE_CASE_WORD.matcher(word).matches()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHeadline(TextLine line) {
    return line.words() >= 3 && line.words() <= 30 && line.text().length() <= 250 && !line.text().endsWith(".");
  }

  /** A section label is a known section word, or a short Title Case line right after the publisher. */
  private static String section(List<TextLine> header, int publisherAt, int titleAt) {
    String adjacent = null;
    for (int i = 0; i < header.size(); i++) {
      TextLine line = header.get(i);
      if (i == titleAt || line.kind() != LineKind.SHORT || line.words() > 3) {
        continue;
      }
      String t = line.text().strip();
      if (SECTIONS.contains(t.toLowerCase(Locale.ROOT))) {
        return t;
      }
      boolean titleCase = allTitleCase(t);
      if (adjacent == null && publisherAt >= 0 && titleCase && nextNonPublisher(header, publisherAt) == i) {
        adjacent = t;
      }
    }
    return adjacent;
  }

  private static int nextNonPublisher(List<TextLine> header, int from) {
    int i = from;
    while (i < header.size() && header.get(i).kind() == LineKind.PUBLISHER) {
      i++;
    }
    return i;
  }

  /**
   * A standfirst is prose between the headline and the byline or date: when the first prose line is
   * followed by such meta lines before more prose, it is the dek, not the lead.
   */
  private int splitSubtitle(List<TextLine> lines, int start, int titleAt) {
    if (titleAt < 0) {
      return start;
    }
    TextLine next = titleAt + 1 < start ? lines.get(titleAt + 1) : null;
    if (next != null && next.kind() == LineKind.SHORT && next.words() >= 6 && isHeadline(next)) {
      d.subtitle = next.text();
      return start;
    }
    boolean meta = false;
    for (int i = start + 1; i < lines.size(); i++) {
      Deadline.check();
      LineKind kind = lines.get(i).kind();
      if (kind == LineKind.BYLINE || kind == LineKind.DATE) {
        meta = true;
        if (kind == LineKind.BYLINE && d.authors.isEmpty()) {
          d.authors.addAll(lines.get(i).byline().authors());
        }
        if (kind == LineKind.DATE) {
          readDateLine(lines.get(i).text());
        }
      } else if (kind == LineKind.PROSE) {
        if (meta) {
          d.subtitle = lines.get(start).text();
          return i;
        }
        return start;
      }
    }
    return start;
  }

  /** Reads the story from {@code start}; returns the index where the footer begins. */
  private int readBody(List<TextLine> lines, int start) {
    int[] proseFrom = proseFrom(lines);
    boolean first = true;
    int i = start;
    for (; i < lines.size(); i++) {
      Deadline.check();
      TextLine line = lines.get(i);
      switch (line.kind()) {
        case NOISE -> { }
        case CAPTION -> caption(line);
        case CREDITS -> {
          d.credits = line.credits();
          return i + 1;
        }
        case CHROME, TEASER -> {
          if (proseFrom[i + 1] < PROSE_AFTER_CHROME) {
            return i;
          }
          d.warnings.add("text: skipped chrome inside the story: " + line.text());
        }
        case BYLINE -> {
          if (d.authors.isEmpty()) {
            d.authors.addAll(line.byline().authors());
          }
        }
        case DATE -> readDateLine(line.text());
        case PUBLISHER, AGGREGATOR -> { }
        default -> {
          if (isSubhead(line, lines, i)) {
            d.body.add(Block.heading(line.text()));
          } else if (line.kind() == LineKind.SHORT && !line.endsSentence()) {
            // Neither a sentence nor a subhead: a link label or widget title left in the dump.
            d.warnings.add("text: dropped stray line: " + line.text());
          } else if (first) {
            d.body.add(Block.paragraph(lead(line.text())));
            first = false;
          } else {
            d.body.add(Block.paragraph(line.text()));
          }
        }
      }
    }
    return i;
  }

  /** A caption is listed, and stands in the body as a figure where the picture was. */
  private void caption(TextLine line) {
    d.captions.add(new Caption(line.caption().text(), line.caption().credit(), null));
    d.body.add(Block.figure(null, line.caption().text(), line.caption().credit()));
  }

  /** Strips a dateline from the lead, keeping the place (and agency, date) it names. */
  private String lead(String text) {
    Dateline dateline = Dateline.parse(text);
    if (dateline == null) {
      return text;
    }
    d.dateline = dateline.place();
    if (d.publisher == null && dateline.agency() != null) {
      d.publisher = KnownSources.publisher(dateline.agency());
    }
    datelineDay = dateline.monthDay();
    return dateline.rest();
  }

  /**
   * A subhead is short, carries no closing punctuation, and introduces prose: all capitals
   * ("FRAGILE DIPLOMACY") or a short sentence-case line.
   */
  private static boolean isSubhead(TextLine line, List<TextLine> lines, int i) {
    String t = line.text().strip();
    if (line.kind() != LineKind.SHORT || line.words() > 12 || t.length() > 90 || line.endsSentence()
        || t.endsWith(",") || t.endsWith(";") || t.endsWith(":") || !Character.isUpperCase(t.codePointAt(0))
            && !Character.isDigit(t.codePointAt(0))) {
      return false;
    }
    for (int j = i + 1; j < lines.size(); j++) {
      Deadline.check();
      LineKind next = lines.get(j).kind();
      if (next == LineKind.PROSE || next == LineKind.SHORT && !ALL_CAPS.matcher(t).matches()) {
        return next == LineKind.PROSE;
      }
      if (next != LineKind.CAPTION && next != LineKind.NOISE) {
        return false;
      }
    }
    return false;
  }

  /**
   * How many prose lines of at least 12 words lie at or after each index (one past the end: 0).
   * Counted once from the end, since asking it afresh for each chrome line inside a story made a
   * page of many such lines quadratic.
   */
  private static int[] proseFrom(List<TextLine> lines) {
    int[] count = new int[lines.size() + 1];
    for (int i = lines.size() - 1; i >= 0; i--) {
      Deadline.check();
      count[i] = count[i + 1] + (lines.get(i).kind() == LineKind.PROSE && lines.get(i).words() >= 12 ? 1 : 0);
    }
    return count;
  }

  /** The footer names the host ("Top stories on inkl"), maybe the publisher (©), and may be a paywall. */
  private void readFooter(List<TextLine> footer) {
    boolean teaser = false;
    for (int i = 0; i < footer.size(); i++) {
      TextLine line = footer.get(i);
      // A paywall cuts the story off, so its prompt stands right where the text stops; a sign-up
      // promo further down, after related links, says nothing about this story.
      if (line.kind() == LineKind.TEASER && i < TEASER_REACH) {
        teaser = true;
      }
      if (line.kind() == LineKind.CHROME || line.kind() == LineKind.TEASER || line.kind() == LineKind.AGGREGATOR) {
        if (d.host == null) {
          d.host = KnownSources.aggregatorMentioned(line.text());
        }
        if (d.publisher == null && (line.text().contains("©") || line.text().toLowerCase(Locale.ROOT).contains("copyright"))) {
          d.publisher = KnownSources.publisherMentioned(line.text());
        }
      }
    }
    int words = ArticleAssembly.wordCount(d.body);
    d.bodyWords = words; // the body is complete here: assembly need not count it again
    // A page chrome's "Sign up to read" after a complete story (it has its closing credits) is an ad.
    d.truncated = teaser && d.credits.nobody() && words < TEASER_WORDS;
  }

  private void readDateLine(String text) {
    String iso = PublicationDate.normalize(text);
    if (iso == null) {
      List<LocalDate> dates = PublicationDate.datesIn(text);
      iso = dates.isEmpty() ? null : dates.get(0).toString();
    }
    if (iso == null) {
      return;
    }
    if (text.toLowerCase(Locale.ROOT).contains("updated") && d.published != null) {
      d.updated = d.updated == null ? iso : d.updated;
    } else if (d.published == null) {
      d.published = iso;
    } else if (d.updated == null && !iso.equals(d.published)) {
      d.updated = iso;
    }
  }

  /** When the dump prints no date: the dateline's day, else the weekday rule over captions and text. */
  private void inferPublished() {
    String monthDay = datelineDay;
    if (d.published != null) {
      return;
    }
    // Loops, not streams: a text page's first extraction spins up no stream pipeline (docs/cold-start.md).
    List<String> captions = new ArrayList<>();
    for (Caption caption : d.captions) {
      captions.add(caption.text());
    }
    List<String> paragraphs = new ArrayList<>();
    for (Block b : d.body) {
      if (Block.PARAGRAPH.equals(b.type())) {
        paragraphs.add(b.text());
      }
    }
    List<LocalDate> all = new ArrayList<>();
    for (String caption : captions) {
      all.addAll(PublicationDate.datesIn(caption));
    }
    for (String paragraph : paragraphs) {
      all.addAll(PublicationDate.datesIn(paragraph));
    }
    if (monthDay != null) {
      int year = -1;
      for (LocalDate date : all) {
        year = Math.max(year, date.getYear());
      }
      LocalDate date = year < 0 ? null : PublicationDate.monthDay(monthDay, year);
      if (date != null) {
        d.published = date.toString();
        d.warnings.add("published: dateline day, year from dates in the story");
        return;
      }
    }
    String lead = String.join(" ", paragraphs.subList(0, Math.min(2, paragraphs.size())));
    LocalDate inferred = PublicationDate.infer(lead, captions, paragraphs);
    if (inferred != null) {
      d.published = inferred.toString();
      d.warnings.add("published: inferred from the weekday in the lead and dates in captions or text");
    }
  }
}
