package newsdesk.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsdesk.article.Block;
import newsdesk.article.Caption;
import newsdesk.extract.Deadline;
import newsdesk.extract.convention.CaptionCredit;
import newsdesk.extract.convention.PageChrome;
import newsdesk.extract.convention.Words;
import newsdesk.extract.convention.PublicationDate;
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
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Pattern SRCSET_SEPARATOR = Pattern.compile("[\\s,]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int MAX_DEPTH = 400;
  private static final Evaluator BLOCK_INSIDE_INLINE = Query.of("p, div, figure, ul, ol, table, h1, h2, h3, h4, h5, h6");
  private static final Evaluator BLOCK_INSIDE_PARAGRAPH = Query.of("p, div, figure, ul, ol, table");
  private static final Pattern CAPTION_NAMES = Pattern.compile("caption|credit|copyright|bildunterschrift|(?:^|[-_\\s])dida(?:$|[-_\\s])|"
      + "(?:^|[-_\\s])legend(?:$|[-_\\s])|(?:image|img|photo|foto|picture|bild)[-_]*(?:desc\\w*|subtitle|legend|meta\\w*|"
      + "unterschrift)");
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

  private final List<Block> blocks = new ArrayList<>();
  private final List<Caption> captions = new ArrayList<>();
  private final String title;
  private final TextLengths lengths;
  private final StringBuilder inline = new StringBuilder();

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
    return w;
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
    for (Node node : parent.childNodes()) {
      Deadline.check();
      if (node instanceof TextNode t) {
        inline.append(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (isCaption(e, tag)) {
          // Captions and photo credits marked only by their class (WordPress "wp-caption-text", "img__credit").
          flush();
          caption(e, imageUrl(e.selectFirst("img")));
        } else if (tag.equals("br")) {
          inline.append('\n');
        } else if (INLINE.contains(tag) && e.selectFirst(BLOCK_INSIDE_INLINE) == null) {
          // Walked, not flattened with e.text(): padding would split drop caps ("W hale") from their word.
          walk(e, depth + 1);
        } else if (!SKIP.contains(tag)) {
          flush();
          block(e, tag, depth);
        }
      }
    }
  }

  private void block(Element e, String tag, int depth) {
    switch (tag) {
      case "p" -> {
        if (e.selectFirst(BLOCK_INSIDE_PARAGRAPH) != null) {
          walk(e, depth + 1);
        } else {
          paragraph(e.text(), e);
        }
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(e.text());
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
      default -> walk(e, depth + 1);
    }
  }

  private void flush() {
    if (inline.length() == 0) {
      return;
    }
    for (String part : PARAGRAPH_BREAK.split(inline)) {
      paragraph(part, null);
    }
    inline.setLength(0);
  }

  private void paragraph(String raw, Element e) {
    String text = oneLine(raw);
    // Folded to one line already, the text normalizes to its lower case.
    if (text.isEmpty() || PageChrome.isNoise(text) || PageChrome.isChrome(text) && Words.countUpTo(text, 8) < 8
        || text.toLowerCase(Locale.ROOT).equals(title) || PublicationDate.isTimestamp(text) || Signpost.is(text)
        || FurnitureLine.is(text) || HouseNotice.is(text) || DateLine.is(text)) {
      return;
    }
    if (e != null && Words.countUpTo(text, 20) < 20 && lengths.linkDensity(e) > 0.7) {
      return;
    }
    if (e != null && e.className().toLowerCase(Locale.ROOT).contains("caption")) {
      caption(e, null);
      return;
    }
    if (Words.countUpTo(text, MAX_CREDIT_WORDS + 1) <= MAX_CREDIT_WORDS && PICTURE_CREDIT.matcher(text).matches()) {
      blocks.add(Block.figure(null, null, text));
      captions.add(new Caption("", text, null));
      return;
    }
    blocks.add(Block.paragraph(text));
  }

  private void heading(String raw) {
    String text = oneLine(raw);
    if (text.isEmpty() || text.toLowerCase(Locale.ROOT).equals(title) || PageChrome.isChrome(text) || PageChrome.isNoise(text)
        || Signpost.is(text) || FurnitureLine.is(text) || HouseNotice.is(text) || DateLine.is(text)) {
      return;
    }
    blocks.add(Block.heading(text));
  }

  private void list(Element e) {
    if (lengths.linkDensity(e) > 0.5) {
      return;
    }
    List<String> items = new ArrayList<>();
    for (Element li : e.children()) {
      String t = SPACES.matcher(li.text()).replaceAll(" ").strip();
      if (!t.isEmpty()) {
        items.add(t);
      }
    }
    if (!items.isEmpty()) {
      blocks.add(Block.list(items));
    }
  }

  private void quote(Element e) {
    String text = SPACES.matcher(e.text()).replaceAll(" ").strip();
    if (!text.isEmpty()) {
      blocks.add(Block.text(Block.QUOTE, text));
    }
  }

  private void figure(Element e) {
    String url = imageUrl(e.selectFirst("img"));
    Element figcaption = e.selectFirst("figcaption");
    if (figcaption == null) {
      if (url != null) {
        blocks.add(Block.figure(url, null, null));
      }
      return;
    }
    caption(figcaption, url);
  }

  private void caption(Element figcaption, String url) {
    Element creditEl = figcaption.selectFirst("[class*=credit], [class*=copyright], [class*=source], small, cite");
    String credit = creditEl == null ? null : creditEl.text().strip();
    String text;
    if (creditEl != null) {
      Element copy = figcaption.clone();
      Element creditCopy = copy.selectFirst("[class*=credit], [class*=copyright], [class*=source], small, cite");
      if (creditCopy != null) {
        creditCopy.remove();
      }
      text = SPACES.matcher(copy.text()).replaceAll(" ").strip();
    } else {
      text = SPACES.matcher(figcaption.text()).replaceAll(" ").strip();
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
    if (e.selectFirst("table table, p") != null && e.select("p").text().length() > 200) {
      // A layout table: its cells are the page, not data.
      walk(e, depth + 1);
      return;
    }
    List<String> rows = new ArrayList<>();
    for (Element tr : e.select("tr")) {
      List<String> cells = new ArrayList<>();
      for (Element cell : tr.select("th, td")) {
        cells.add(SPACES.matcher(cell.text()).replaceAll(" ").strip());
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
    if (tag.equals("figure") || tag.equals("figcaption") || tag.equals("br") || e.className().isEmpty()) {
      return false;
    }
    return CAPTION_NAMES.matcher(e.className().toLowerCase(Locale.ROOT)).find()
        && lengths.text(e) <= MAX_CAPTION_CHARS && e.selectFirst("p p, p + p") == null;
  }

  /** The image's address: lazy-loading attributes first, since {@code src} is then a placeholder. */
  static String imageUrl(Element img) {
    if (img == null) {
      return null;
    }
    for (String attr : new String[] {"data-src", "data-original", "data-lazy-src", "src"}) {
      String url = img.absUrl(attr);
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
   * {@code SPACES.matcher(raw).replaceAll(" ").strip()} without the regex engine, which cost more
   * than the rest of writing a paragraph; the text is copied only when a run needs folding.
   */
  static String oneLine(String raw) {
    StringBuilder out = null;
    boolean inRun = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        if (out == null && (inRun || c != ' ')) {
          // A run of two, or one that is not a plain space: from here on the text is rewritten.
          out = new StringBuilder(raw.length()).append(raw, 0, i);
          if (!inRun) {
            out.append(' ');
          }
        } else if (out != null && !inRun) {
          out.append(' ');
        }
        inRun = true;
      } else {
        if (out != null) {
          out.append(c);
        }
        inRun = false;
      }
    }
    return (out == null ? raw : out.toString()).strip();
  }

  private static String normalize(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }
}
