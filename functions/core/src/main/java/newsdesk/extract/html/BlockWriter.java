package newsdesk.extract.html;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsdesk.article.Block;
import newsdesk.article.Caption;
import newsdesk.extract.Deadline;
import newsdesk.extract.convention.CaptionCredit;
import newsdesk.extract.convention.Keywords;
import newsdesk.extract.convention.PageChrome;
import newsdesk.extract.convention.Words;
import newsdesk.extract.convention.PublicationDate;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;

/**
 * Walks the story's container in document order and writes the body blocks: paragraphs (including
 * loose text between {@code <br>}s), headings, lists, quotes, figures with caption and credit,
 * preformatted text and tables. Leftover furniture that cleaning missed (link-only paragraphs,
 * "Advertisement", chrome headings) is skipped here, where its text is known.
 */
final class BlockWriter {

  private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i", "u", "small", "sup", "sub",
      "code", "mark", "abbr", "cite", "q", "time", "s", "font", "label", "bdi", "bdo", "kbd", "var", "dfn", "ins", "del",
      "wbr", "data", "ruby", "rb");
  private static final Set<String> SKIP = Set.of("img", "picture", "source", "video", "audio", "hr", "map", "area", "track");
  /** Where an image's address is, lazy-loading attributes first. */
  private static final String[] IMAGE_ADDRESSES = {"data-src", "data-original", "data-lazy-src", "src"};
  private static final Pattern SRCSET_SEPARATOR = Pattern.compile("[\\s,]+");
  private static final int MAX_DEPTH = 400;
  private static final Evaluator BLOCK_INSIDE_INLINE = Query.of("p, div, figure, ul, ol, table, h1, h2, h3, h4, h5, h6");
  // Compiled once: a query given as a string is parsed again on every call.
  private static final Evaluator IMG = Query.of("img");
  private static final Evaluator FIGCAPTION = Query.of("figcaption");
  private static final Evaluator CREDIT = Query.of("[class*=credit], [class*=copyright], [class*=source], small, cite");
  private static final Evaluator TABLE_IN_TABLE_OR_P = Query.of("table table, p");
  private static final Evaluator P = Query.of("p");
  private static final Evaluator TR = Query.of("tr");
  private static final Evaluator CELL = Query.of("th, td");
  private static final Evaluator PARAGRAPHS = Query.of("p p, p + p");
  private static final Pattern CAPTION_NAMES = Pattern.compile("caption|credit|copyright|bildunterschrift|(?:^|[-_\\s])dida(?:$|[-_\\s])|"
      + "(?:^|[-_\\s])legend(?:$|[-_\\s])|(?:image|img|photo|foto|picture|bild)[-_]*(?:desc\\w*|subtitle|legend|meta\\w*|"
      + "unterschrift)");
  /**
   * Words every match of {@link #CAPTION_NAMES} holds: class names holding none (nearly all) are
   * turned away before the pattern's alternatives are tried at each of their positions.
   */
  static final Keywords CAPTION_KEYWORDS = Keywords.of("caption", "credit", "copyright", "dida", "legend", "desc",
      "subtitle", "meta", "unterschrift");
  /**
   * A line that only credits a picture ("Foto: Jan Ek", "(Credit: Name / Agency)", "Titelbild: …",
   * "Crédits photos : …"): kept as a picture's credit, never as story text.
   */
  private static final Pattern PICTURE_CREDIT = Pattern.compile("(?i)^[(\\[]?(?:fotos?|photos?|photographs?|bild(?:er)?|"
      + "titelbild|beitragsbild|headerbild|aufmacherbild|bildquelle|bildnachweis|credits?|crédits?(?: photos?)?|"
      + "photo credits?|image credits?|imagen|fotograf[íi]a|zdjęcie|fot\\.)\\s*(?::|©|\\bby\\b)\\s*[^.!?]{0,120}[)\\]]?$");
  private static final int MAX_CREDIT_WORDS = 20;
  /** A "caption" longer than this is a text block that merely carries the word in its class. */
  private static final int MAX_CAPTION_CHARS = 400;

  /** A paragraph shorter than this many words that is mostly link text points elsewhere. */
  private static final int LINK_LINE_WORDS = 20;
  private static final double LINK_LINE_SHARE = 0.7;
  /** A full stop closing a line, not an ellipsis ("Read more..."); {@link #endsSentence} reads it by hand. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\.)\\.[\\s\"'“”»«)]*$");
  /** A short line wholly in parentheses or brackets: a credit or a source, "(Artist: …)", "(via …)". */
  private static final Pattern CREDIT_IN_PARENTHESES = Pattern.compile("\\s*[(\\[]\\s*\\S+(?:\\s+\\S+){0,5}\\s*[)\\]]\\s*");
  /** A heading of at most this many words followed by another heading labels a box. */
  private static final int LABEL_WORDS = 8;
  /** Text besides its title that a teaser card holds at most: a standfirst, a date, a label. */
  private static final int CARD_TEXT = 250;
  private static final Pattern ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)\\S+|[^\\s@]+@[^\\s@]+\\.\\w+|"
      + "[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|de|at|ch|fr|pl|es|it|uk|eu|info|io)(?:/\\S*)?");

  private final List<Block> blocks = new ArrayList<>();
  private final List<Caption> captions = new ArrayList<>();
  private final String title;
  private final TextLengths lengths;
  private final StringBuilder inline = new StringBuilder();
  /** Where link text lies in {@link #inline}: start and end offsets, in pairs. */
  private final List<int[]> inlineLinks = new ArrayList<>();
  private int linkCursor;
  /** Each heading's rank (1 for {@code h1}), for {@link #dropEmptyHeadings}. */
  private final Map<Block, Integer> ranks = new IdentityHashMap<>();
  /** The words of paragraphs and headings as their {@link Line} counted them (short ones only), for {@link #words}. */
  private final Map<Block, Integer> words = new IdentityHashMap<>();
  /** How many links around blocks the walk is inside (read instead of each heading's ancestors). */
  private int linkDepth;

  private BlockWriter(String title, TextLengths lengths) {
    this.title = title == null ? "" : normalize(title);
    this.lengths = lengths;
  }

  /** The blocks and captions of {@code container}; headings repeating {@code title} are left out. */
  static BlockWriter write(Element container, String title) {
    return write(container, title, TextLengths.of(container));
  }

  /** As {@link #write(Element, String)}, with the page's text {@code lengths} measured by the caller. */
  static BlockWriter write(Element container, String title, TextLengths lengths) {
    return write(List.of(), container, title, lengths);
  }

  /** As {@link #write(Element, String, TextLengths)}, with the story's {@code leads} found outside the container first. */
  static BlockWriter write(List<Element> leads, Element container, String title, TextLengths lengths) {
    BlockWriter w = new BlockWriter(title, lengths);
    for (Element lead : leads) {
      w.block(lead, lead.normalName(), 0);
      w.flush();
    }
    w.walk(container, 0);
    w.flush();
    w.dropEmptyHeadings();
    return w;
  }

  /**
   * Headings with nothing of their own under them: one closing the body (what it headed was
   * furniture and went: "Most read", "More from us"), and a short one followed straight by a heading
   * of its rank or above (a box's label over a teaser's title; a subhead under it opens a section).
   * A heading ending with a full stop is a sentence set large, and a long one an intro: both stay.
   */
  private void dropEmptyHeadings() {
    // Walked from the end into a new list: removing in place would be quadratic on a page of headings.
    List<Block> kept = new ArrayList<>(blocks.size());
    int nextRank = 0; // rank of the heading right after the current block, 0 for any other block
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Block b = blocks.get(i);
      Integer rank = Block.HEADING.equals(b.type()) ? ranks.get(b) : null;
      if (rank != null && (kept.isEmpty() || nextRank > 0 && nextRank <= rank
          && (words(b) >= 0 ? words(b) : Words.countUpTo(b.text(), LABEL_WORDS + 1)) <= LABEL_WORDS) && !endsSentence(b.text())) {
        continue;
      }
      kept.add(b);
      nextRank = rank == null ? 0 : rank;
    }
    Collections.reverse(kept);
    blocks.clear();
    blocks.addAll(kept);
  }

  List<Block> blocks() {
    return blocks;
  }

  List<Caption> captions() {
    return captions;
  }

  private void walk(Element parent, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    // By index: childNodes() wraps the list anew for each element walked, and its iterator too.
    for (int i = 0, size = parent.childNodeSize(); i < size; i++) {
      Node node = parent.childNode(i);
      Deadline.check();
      if (node instanceof TextNode t) {
        inline.append(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (isCaption(e, tag)) {
          // Captions and photo credits marked only by their class (WordPress "wp-caption-text", "img__credit").
          flush();
          caption(e, imageUrl(e.selectFirst(IMG)));
        } else if (tag.equals("br")) {
          inline.append('\n');
        } else if (INLINE.contains(tag) && (e.firstElementChild() == null || e.selectFirst(BLOCK_INSIDE_INLINE) == null)) {
          // Walked, not flattened with e.text(): padding would split drop caps ("W hale") from their word.
          // (An inline element without child elements holds no block: the query is not run for it.)
          int start = inline.length();
          walk(e, depth + 1);
          if (tag.equals("a") && inline.length() > start && pointsElsewhere(e) && !isAddress(inline, start)) {
            inlineLinks.add(new int[] {start, inline.length()});
          }
        } else if (!SKIP.contains(tag)) {
          flush();
          block(e, tag, depth);
        }
      }
    }
  }

  private void block(Element e, String tag, int depth) {
    switch (tag) {
      // A paragraph is written as the loose text it holds, as an inline run is: judged as an element
      // instead (its link density, a "caption" class), the trafilatura set scored F1 0.933, not 0.934.
      case "p" -> walk(e, depth + 1);
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        if (!isTeaserTitle(e)) {
          heading(e.text(), tag.charAt(1) - '0');
        }
      }
      case "ul", "ol" -> list(e);
      case "blockquote" -> quote(e);
      case "figure" -> figure(e);
      case "figcaption" -> caption(e, null);
      case "pre" -> {
        String text = e.wholeText().strip();
        if (!text.isEmpty()) {
          blocks.add(Block.text(Block.PREFORMATTED, text));
        }
      }
      case "table" -> table(e, depth);
      case "a" -> {
        // A link around blocks (a teaser card): what it holds points elsewhere.
        boolean link = pointsElsewhere(e);
        linkDepth += link ? 1 : 0;
        walk(e, depth + 1);
        linkDepth -= link ? 1 : 0;
      }
      default -> walk(e, depth + 1);
    }
  }

  private void flush() {
    if (inline.length() == 0) {
      return;
    }
    // Read from one copy of the buffer: its line feeds are found by String.indexOf, and a string's
    // characters are read in a loop for less than a builder's, whose every charAt checks its fields
    // again (the two scans of the builder cost more than the copy).
    String buffered = inline.toString();
    int from = 0;
    while (from < buffered.length()) {
      long found = paragraphBreak(buffered, from);
      int to = found < 0 ? buffered.length() : (int) (found >>> 32);
      // Loose text has no element to measure: a short line made of a link is a pointer elsewhere.
      // Text with no link in it is folded straight from the copy, without a copy of its own first.
      int linked = linkedLetters(from, to);
      if (linked == 0) {
        paragraphLine(oneLine(buffered, from, to));
      } else {
        String part = buffered.substring(from, to);
        if (!isLinkLine(part, linked)) {
          paragraphLine(oneLine(part));
        }
      }
      from = found < 0 ? to : (int) found;
    }
    inline.setLength(0);
    inlineLinks.clear();
    linkCursor = 0;
  }

  /**
   * The first blank line in {@code s} from {@code from} on, as the regex {@code \\n\\s*\\n} finds it
   * (a line feed, whitespace, and the last line feed of that whitespace): its start in the high half,
   * its end in the low half, or -1 when there is none. Scanned by hand, since the regex engine cost
   * more than cutting the paragraphs.
   */
  static long paragraphBreak(String s, int from) {
    int n = s.length();
    for (int i = s.indexOf('\n', from); i >= 0; i = s.indexOf('\n', i + 1)) {
      int lastFeed = -1;
      int j = i + 1;
      for (char c; j < n && ((c = s.charAt(j)) == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'); j++) {
        lastFeed = c == '\n' ? j : lastFeed;
      }
      if (lastFeed >= 0) {
        return (long) i << 32 | (lastFeed + 1);
      }
      // No second line feed in this run of whitespace: none of its positions starts a blank line.
      i = j - 1;
    }
    return -1;
  }

  /**
   * Letters and digits of {@code inline[from, to)} that sit inside links. Parts are asked for in
   * order and links were recorded in order, so a cursor keeps the flush linear in the buffer.
   */
  private int linkedLetters(int from, int to) {
    while (linkCursor < inlineLinks.size() && inlineLinks.get(linkCursor)[1] <= from) {
      linkCursor++;
    }
    int linked = 0;
    for (int k = linkCursor; k < inlineLinks.size() && inlineLinks.get(k)[0] < to; k++) {
      int[] link = inlineLinks.get(k);
      for (int i = Math.max(from, link[0]); i < Math.min(to, link[1]); i++) {
        linked += Character.isLetterOrDigit(inline.charAt(i)) ? 1 : 0;
      }
    }
    return linked;
  }

  /**
   * A heading that sits in a link, or is a link and sits in a small box of its own: the title of a
   * teaser card or a related story. A linked heading among the story's paragraphs (a listicle's
   * items, a digest's stories) is a subhead.
   */
  private boolean isTeaserTitle(Element heading) {
    if (linkDepth > 0) {
      return true;
    }
    if (lengths.linkDensity(heading) <= LINK_LINE_SHARE) {
      return false;
    }
    Element box = heading.parent();
    return box == null || lengths.text(box) <= lengths.text(heading) + CARD_TEXT;
  }

  /**
   * A link to another page or a button dressed as one ({@code href=""}, {@code "#"}): not an anchor
   * without a target, not a jump within this page to a named place ("#notes").
   */
  private static boolean pointsElsewhere(Element a) {
    if (!a.hasAttr("href")) {
      return false;
    }
    String href = a.attr("href").strip();
    return !(href.length() > 1 && href.charAt(0) == '#');
  }

  /**
   * Whether {@link #SENTENCE_END} is found in {@code text}, read back from its end instead of trying
   * the pattern at every full stop of the line: the closing quotes, brackets and spaces, then one
   * full stop not after another. {@code $} also matches before a last line terminator that the
   * class does not take (U+0085, U+2028, U+2029), so the text is read from there too.
   */
  static boolean endsSentence(String text) {
    int n = text.length();
    if (n > 0) {
      char last = text.charAt(n - 1);
      if ((last == '\u0085' || last == '\u2028' || last == '\u2029') && fullStopBefore(text, n - 1)) {
        return true;
      }
    }
    return fullStopBefore(text, n);
  }

  private static boolean fullStopBefore(String text, int end) {
    int i = end;
    while (i > 0 && isClosing(text.charAt(i - 1))) {
      i--;
    }
    return i > 0 && text.charAt(i - 1) == '.' && (i < 2 || text.charAt(i - 2) != '.');
  }

  /** The characters {@link #SENTENCE_END} lets follow its full stop. */
  private static boolean isClosing(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '"' || c == '\''
        || c == '“' || c == '”' || c == '»' || c == '«' || c == ')';
  }

  /** The sentence end's pattern, for the test that {@link #endsSentence} reads lines as it does. */
  static Pattern sentenceEnd() {
    return SENTENCE_END;
  }

  /**
   * Whether the link text from {@code start} on is an address (a URL, a domain, an e-mail): a
   * source cited in the story, not a pointer to another page of the site.
   */
  static boolean isAddress(CharSequence text, int start) {
    // Every form of the pattern holds a full stop or a colon ("https://", "www.", ".com", "@host.de"):
    // link text without either (a headline, "Read more") is not copied out to be tried against it.
    boolean mark = false;
    for (int i = start; i < text.length() && !mark; i++) {
      char c = text.charAt(i);
      mark = c == '.' || c == ':';
    }
    return mark && isAddressUnguarded(text, start);
  }

  /** As {@link #isAddress}, tried against the pattern whatever the text: what the mark check must not change. */
  static boolean isAddressUnguarded(CharSequence text, int start) {
    String linked = text.subSequence(start, text.length()).toString().strip();
    return ADDRESS.matcher(linked).matches();
  }

  /**
   * A line of fewer than {@value #LINK_LINE_WORDS} words, nearly all of it link text, that does not
   * end like a sentence: the title of another page ("Read also: …", a teaser's headline; headlines
   * end without a full stop), not a linked sentence of the story nor a credit in parentheses
   * ("(Artist: …)", "(via …)").
   */
  private static boolean isLinkLine(String text, int linkedLetters) {
    if (linkedLetters == 0 || endsSentence(text) || CREDIT_IN_PARENTHESES.matcher(text).matches()) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      letters += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
    }
    return linkedLetters > letters * LINK_LINE_SHARE && Words.countUpTo(text, LINK_LINE_WORDS) < LINK_LINE_WORDS;
  }

  /** A line of loose text (a paragraph's, or an inline run's), folded to one line, as a paragraph unless a rule drops it. */
  private void paragraphLine(String text) {
    if (text.isEmpty()) {
      return;
    }
    Line line = new Line(text);
    // The line's own count first: the chrome pattern is tried only on lines short enough to be chrome here.
    if (PageChrome.isNoise(text) || line.wordsUpTo(8) < 8 && PageChrome.isChrome(text) || isTitle(text)
        || PublicationDate.isTimestamp(text) || Signpost.is(line) || FurnitureLine.is(line) || HouseNotice.is(line)
        || DateLine.is(text)) {
      return;
    }
    if (line.wordsUpTo(MAX_CREDIT_WORDS + 1) <= MAX_CREDIT_WORDS && PICTURE_CREDIT.matcher(text).matches()) {
      blocks.add(Block.figure(null, null, text));
      captions.add(new Caption("", text, null));
      return;
    }
    counted(Block.paragraph(text), line);
  }

  /** Adds {@code block}, written from {@code line}, with the words the line counted if it counted them all. */
  private Block counted(Block block, Line line) {
    blocks.add(block);
    int n = line.words();
    if (n >= 0) {
      words.put(block, n);
    }
    return block;
  }

  /**
   * The words of one of the blocks written here, as {@link newsdesk.extract.ArticleAssembly#wordCount(List)} counts
   * them, or -1 when the writer did not count them: the body's count then counts only long paragraphs,
   * lists, quotes and tables, and blocks made elsewhere.
   */
  int words(Block block) {
    Integer n = words.get(block);
    return n == null ? -1 : n;
  }

  private void heading(String raw, int rank) {
    String text = oneLine(raw);
    if (text.isEmpty()) {
      return;
    }
    Line line = new Line(text);
    if (isTitle(text) || PageChrome.isChrome(text) || PageChrome.isNoise(text) || Signpost.is(line) || FurnitureLine.is(line)
        || HouseNotice.is(line) || DateLine.is(text)) {
      return;
    }
    ranks.put(counted(Block.heading(text), line), rank);
  }

  /**
   * Whether a line (folded to one line already) repeats the title. Lower case is never shorter than
   * the text, so a line longer than the title is not lower-cased to be compared.
   */
  private boolean isTitle(String text) {
    return text.length() <= title.length() && text.toLowerCase(Locale.ROOT).equals(title);
  }

  private void list(Element e) {
    if (lengths.linkDensity(e) > 0.5) {
      return;
    }
    List<String> items = new ArrayList<>();
    for (Element li : e.children()) {
      String t = oneLine(li.text());
      if (!t.isEmpty()) {
        items.add(t);
      }
    }
    if (!items.isEmpty()) {
      blocks.add(Block.list(items));
    }
  }

  private void quote(Element e) {
    String text = oneLine(e.text());
    if (!text.isEmpty()) {
      blocks.add(Block.text(Block.QUOTE, text));
    }
  }

  private void figure(Element e) {
    String url = imageUrl(e.selectFirst(IMG));
    Element figcaption = e.selectFirst(FIGCAPTION);
    if (figcaption == null) {
      if (url != null) {
        blocks.add(Block.figure(url, null, null));
      }
      return;
    }
    caption(figcaption, url);
  }

  private void caption(Element figcaption, String url) {
    Element creditEl = figcaption.selectFirst(CREDIT);
    String credit = creditEl == null ? null : creditEl.text().strip();
    String text;
    if (creditEl != null) {
      Element copy = figcaption.clone();
      Element creditCopy = copy.selectFirst(CREDIT);
      if (creditCopy != null) {
        creditCopy.remove();
      }
      text = oneLine(copy.text());
    } else {
      text = oneLine(figcaption.text());
      CaptionCredit split = CaptionCredit.split(text);
      if (split != null) {
        text = split.text();
        credit = split.credit();
      }
    }
    if (credit != null && credit.isEmpty()) {
      credit = null;
    }
    if (text.isEmpty() && credit == null) {
      return;
    }
    blocks.add(Block.figure(url, text.isEmpty() ? null : text, credit));
    captions.add(new Caption(text, credit, url));
  }

  private void table(Element e, int depth) {
    if (e.selectFirst(TABLE_IN_TABLE_OR_P) != null && e.select(P).text().length() > 200) {
      // A layout table: its cells are the page, not data.
      walk(e, depth + 1);
      return;
    }
    List<String> rows = new ArrayList<>();
    for (Element tr : e.select(TR)) {
      List<String> cells = new ArrayList<>();
      for (Element cell : tr.select(CELL)) {
        cells.add(oneLine(cell.text()));
      }
      if (cells.stream().anyMatch(c -> !c.isEmpty())) {
        rows.add(String.join(" | ", cells));
      }
    }
    if (!rows.isEmpty()) {
      blocks.add(Block.text(Block.TABLE, String.join("\n", rows)));
    }
  }

  private boolean isCaption(Element e, String tag) {
    if (tag.equals("figure") || tag.equals("figcaption") || tag.equals("br")) {
      return false;
    }
    String names = e.className();
    return !names.isEmpty() && isCaptionName(names.toLowerCase(Locale.ROOT))
        && lengths.text(e) <= MAX_CAPTION_CHARS && e.selectFirst(PARAGRAPHS) == null;
  }

  /** Whether class names (in lower case) mark a caption or a credit. */
  static boolean isCaptionName(String names) {
    return CAPTION_KEYWORDS.named(names) && CAPTION_NAMES.matcher(names).find();
  }

  /** The caption names' pattern, for the test that {@link #CAPTION_KEYWORDS} never changes its decision. */
  static Pattern captionNames() {
    return CAPTION_NAMES;
  }

  /** The image's address: lazy-loading attributes first, since {@code src} is then a placeholder. */
  static String imageUrl(Element img) {
    if (img == null) {
      return null;
    }
    for (String attr : IMAGE_ADDRESSES) {
      // A data: placeholder would resolve to itself, which is skipped below; resolving it first ran
      // jsoup's control-character regex over the whole inlined image.
      if (img.attributes().getIgnoreCase(attr).startsWith("data:")) {
        continue;
      }
      String url = absolute(img, attr);
      if (url.isEmpty()) {
        url = img.attr(attr);
      }
      if (!url.isEmpty() && !url.startsWith("data:")) {
        return url;
      }
    }
    String srcset = img.attr("srcset");
    if (!srcset.isBlank()) {
      return SRCSET_SEPARATOR.split(srcset.strip())[0];
    }
    return null;
  }

  /**
   * {@code img.absUrl(attr)}, with the page's address parsed once for all its images instead of for
   * each: jsoup's resolving runs its control-character regex over the base and the value (the value
   * twice), an empty match at every character, and parses the base anew, which cost more than the
   * rest of writing a figure. Where either holds a control character, or resolving fails, jsoup's own
   * resolving answers.
   */
  static String absolute(Element img, String attr) {
    if (img.attributesSize() == 0 || !img.attributes().hasKeyIgnoreCase(attr)) {
      return "";
    }
    String value = img.attributes().getIgnoreCase(attr);
    URL base = parsedBase(img.baseUri());
    if (base == null || hasControl(value)) {
      return img.absUrl(attr);
    }
    try {
      return StringUtil.resolve(base, value).toExternalForm();
    } catch (MalformedURLException e) {
      return img.absUrl(attr);
    }
  }

  /** The base address last parsed, kept whole (immutable) so that concurrent extractions may share it. */
  private record ParsedBase(String uri, URL url) {}

  private static volatile ParsedBase lastBase = new ParsedBase("", null);

  /** {@code uri} parsed as jsoup parses a base, or null when it holds a control character or does not parse. */
  private static URL parsedBase(String uri) {
    ParsedBase last = lastBase;
    if (!last.uri().equals(uri)) {
      URL url = null;
      if (!hasControl(uri)) {
        try {
          url = new URL(uri);
        } catch (MalformedURLException e) {
          url = null;
        }
      }
      last = new ParsedBase(uri, url);
      lastBase = last;
    }
    return last.url();
  }

  /** Whether {@code s} holds a character jsoup strips before resolving (U+0000 to U+001F). */
  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < 0x20) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code raw.replaceAll("\\s+", " ").strip()} without the regex engine, which cost more
   * than the rest of writing a paragraph; the text is copied only when it needs folding or stripping.
   */
  static String oneLine(String raw) {
    return oneLine(raw, 0, raw.length());
  }

  /** As {@link #oneLine(String)}, of {@code raw[from, to)}: one copy of a paragraph still in the buffer. */
  static String oneLine(CharSequence raw, int from, int to) {
    // Stripped first: the ends are whitespace before folding and after it, so either order gives the same.
    while (from < to && Character.isWhitespace(raw.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
      to--;
    }
    char[] out = null;
    int n = 0;
    boolean inRun = false;
    for (int i = from; i < to; i++) {
      char c = raw.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        if (out == null && (inRun || c != ' ')) {
          // A run of two, or one that is not a plain space: from here on the text is rewritten.
          out = new char[to - from];
          for (int k = from; k < i; k++) {
            out[n++] = raw.charAt(k);
          }
          if (!inRun) {
            out[n++] = ' ';
          }
        } else if (out != null && !inRun) {
          out[n++] = ' ';
        }
        inRun = true;
      } else {
        if (out != null) {
          out[n++] = c;
        }
        inRun = false;
      }
    }
    if (out != null) {
      return new String(out, 0, n);
    }
    return raw instanceof String s && from == 0 && to == s.length() ? s : raw.subSequence(from, to).toString();
  }

  private static String normalize(String s) {
    return oneLine(s).toLowerCase(Locale.ROOT);
  }
}
