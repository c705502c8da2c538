package newsdesk.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import newsdesk.extract.Deadline;
import newsdesk.extract.RuleAlternatives;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the element that holds the story: first strips what is never content (scripts, navigation,
 * footers, share bars, related lists, newsletter promos, comments, cookie notices), then scores
 * containers by the paragraphs they hold, the way Readability does: each paragraph gives its parent
 * a score from its length and commas, half of that to its grandparent, a third further up, and link
 * density discounts containers made of links. The winner is widened to its parent when that parent
 * holds clearly more paragraph text, since stories are often split over sibling blocks.
 */
final class MainContent {

  static final String NEVER_CONTENT = "script, style, template, iframe, button, input, select, textarea, svg, "
      + "canvas, object, embed, link, meta, nav, footer, dialog, rt, rp, [hidden], [role=navigation], [role=contentinfo], "
      + "[role=search], [role=dialog], [style~=(?i)display:\\s*none], "
      + "[style~=(?i)visibility:\\s*hidden]";
  private static final Set<String> NEVER_CONTENT_TAGS = Set.of("script", "style", "template", "iframe", "button", "input",
      "select", "textarea", "svg", "canvas", "object", "embed", "link", "meta", "nav", "footer", "dialog",
      // Ruby annotations: the reading printed above East Asian characters would split every word it glosses.
      "rt", "rp");
  /**
   * Only elements with one of those tags, a hidden or role attribute, or a style that says "none" or
   * "hidden" can match {@link #NEVER_CONTENT}: most styles set a width or a colour, and the two style
   * patterns cost more than the rest of the query.
   */
  static final Evaluator NEVER_CONTENT_QUERY = Query.guarded(NEVER_CONTENT, MainContent::mayBeNeverContent);

  /** The guard of {@link #NEVER_CONTENT_QUERY}, which every element it matches passes. */
  private static boolean mayBeNeverContent(Element e) {
    return NEVER_CONTENT_TAGS.contains(e.normalName()) || Query.hasAttribute(e, "hidden") || Query.hasAttribute(e, "role")
        || Query.hasAttribute(e, "style") && mayHide(e.attributes().getIgnoreCase("style"));
  }
  /**
   * Whether {@code style} holds "none" or "hidden" in any case: the style patterns' {@code (?i)} folds
   * ASCII case only, and {@code regionMatches} folds at least that, so a style it says no to matches neither.
   */
  private static boolean mayHide(String style) {
    for (int i = 0; i + 4 <= style.length(); i++) {
      if (style.regionMatches(true, i, "none", 0, 4) || style.regionMatches(true, i, "hidden", 0, 6)) {
        return true;
      }
    }
    return false;
  }

  static final Evaluator HEADER = Query.of("header");
  private static final Evaluator P = Query.of("p");
  static final Evaluator SCORED_BLOCKS = Query.tags("p", "pre", "td", "blockquote", "li");
  /**
   * Elements whose own text (between {@code <br>}s, not in paragraphs) counts as paragraphs: old pages
   * write the story straight into a layout cell, a {@code <font>} or a {@code <center>}.
   */
  static final Evaluator TEXT_BOXES = Query.tags("div", "section", "article", "font", "td", "center");
  /** Children that make a table cell a piece of page layout rather than a paragraph of data. */
  private static final Set<String> LAYOUT_BLOCKS = Set.of("table", "div", "p", "ul", "ol", "section", "article", "form",
      "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "center");
  static final Evaluator PARAGRAPHS = Query.tags("p", "pre", "blockquote");
  private static final Evaluator LINKS = Query.of("a");
  private static final Evaluator LINKED = Query.of("a[href]");
  private static final Evaluator ARTICLE = Query.of("article");
  private static final Evaluator STORY = Query.of("article, main, [itemprop=articleBody]");
  /**
   * Wrappers that are furniture unless they hold most of the page's paragraph text, measured once the
   * certain furniture is gone: ASP.NET wraps the whole page in one {@code <form>}, shops put the
   * product text in theirs, script-rendered blogs put the story in {@code <noscript>}, some themes put
   * everything in a {@code role=banner} header, and some templates put the story's own {@code <article>}
   * in an {@code <aside>} (or a {@code role=complementary} box).
   */
  private static final String WRAPPER_OR_FURNITURE = "noscript, form, [role=banner], aside, [role=complementary]";
  private static final Evaluator STORY_INSIDE = Query.of("article, [itemprop=articleBody]");
  static final Evaluator ASIDE = Query.of("aside, [role=complementary]");
  static final Evaluator WRAPPER_OR_FURNITURE_QUERY = Query.of(WRAPPER_OR_FURNITURE);
  /** Only elements with one of those tags or a role can be a sidebar, a wrapper or a header. */
  private static final Set<String> PASSED_TAGS = Set.of("aside", "noscript", "form", "header");
  private static final Predicate<Element> MAYBE_PASSED = e -> PASSED_TAGS.contains(e.normalName())
      || Query.hasAttribute(e, "role");

  /**
   * Words that mark furniture whatever it holds: comments, related links, share bars, promos, tables
   * of contents, and WordPress's cards of other posts ("wp-embedded-content"). Embedded social posts
   * are not among them: stories quote tweets as often as they decorate with them.
   */
  static final Pattern STRONG_NEGATIVE = Pattern.compile("(?:^|[-_\\s])(?:combx|comments?|comment-\\w+|community|"
      + "consent|cookies?|disqus|newsletter\\w*|outbrain|popup|modal|promo\\w*|recirc\\w*|related\\w*|remark|share\\w*|"
      + "sharing|social\\w*|sponsor\\w*|subscri\\w*|signup|taboola|trending|most-?popular|most-?read|recommend\\w*|"
      + "breadcrumbs?|pagination|paywall-?promo|login|toc|table-of-contents|wp-embedded-content)(?:$|[-_\\s])");
  /**
   * Furniture named as a part of the post ("entry-meta", "author-box", "post-ratings"): these win
   * over the positive word they contain. Author bio boxes, like/rate/share widgets (WordPress
   * Jetpack's among them), post meta lines and next/previous post links.
   */
  static final Pattern POST_FURNITURE = Pattern.compile("(?:^|[-_\\s])(?:"
      + "author[-_]*(?:bio|box|info|description|details|card|profile|about)\\w*|about[-_]*(?:the[-_]*)?author|entry-author\\w*|"
      + "bio|biography|saboxplugin\\w*|sharedaddy|sd-(?:sharing|like|rating|block)|jp-relatedposts|likes?-widget\\w*|"
      + "post-?ratings?\\w*|ratings?|postmetadata|post-?meta|entry-?meta|entry-?footer|entryfooter|"
      + "next-?post\\w*|prev(?:ious)?-?post\\w*|nextstory|post-?navigation)(?:$|[-_\\s])");
  /**
   * Words that mark furniture only when it holds little text: layout classes reuse them for
   * containers of the story itself ("TestReport__Section--Ads", "main--skyscraper"). Themes number
   * them ("sidebar1", "sidebar-2"): a number glued to the word is part of it. Print stylesheets' own
   * classes ("print-full", "print-only") mark what is printed, the story, not a print button.
   */
  static final Pattern WEAK_NEGATIVE = Pattern.compile("(?:^|[-_\\s])(?:ad|ads|adv|advert\\w*|banner|footer|foot|"
      + "masthead|menu|meta-?links|more-\\w+|nav\\w*|rss|shopping|sidebar|skyscraper|tags?|toolbar|tools|widget\\w*|"
      + "read-?more|jump-?link|skip\\w*|print(?![-_]?(?:full|only|show|visible|area|content)))\\d*(?:$|[-_\\s])");
  /** Class words of story teasers, furniture when they link elsewhere (see {@link #isLinkTeaser}). */
  static final Pattern TEASER = Pattern.compile("teaser");
  /** Weak furniture holding more paragraph text than this is kept. */
  private static final int WEAK_KEEP_CHARS = 300;
  private static final List<String> NEGATIVE_INSIDE_WORDS = List.of("newsletter", "taboola", "outbrain", "relatedarticles",
      "sharebar", "socialshare", "cookiebanner", "cookieconsent", "commentlist", "recirculation");
  /** {@link #NEGATIVE_INSIDE_WORDS} as a pattern: the judgement as it was, for the tests to hold the literals to. */
  static final Pattern NEGATIVE_ANYWHERE = Pattern.compile(String.join("|", NEGATIVE_INSIDE_WORDS));
  static final Pattern POSITIVE = Pattern.compile("(?:^|[-_\\s])(?:article|body|content|entry|hentry|h-entry|main|"
      + "page|post|text|blog|story|prose|rich-?text|caption|figure|byline)(?:$|[-_\\s])");
  private static final List<String> POSITIVE_INSIDE_WORDS = List.of("articlebody", "storybody", "postbody", "entrycontent",
      "articletext");
  static final Pattern POSITIVE_ANYWHERE = Pattern.compile(String.join("|", POSITIVE_INSIDE_WORDS));
  /**
   * Class words naming a story's lead, the paragraph set apart between headline and text (standfirst,
   * intro, summary, teaser text, excerpt), as sites in several languages write them: French "chapo",
   * Italian "sommario", Czech "perex", German "Vorspann" and "Einleitung", Spanish "entradilla" and
   * "bajada"; a subtitle in the story's header is one too. Templates keep it in a block of its own
   * beside the text block that wins the scoring.
   */
  static final Pattern LEAD = Pattern.compile("(?:^|[-_\\s])(?:lead|lede|intro|introduction|introtext|introbox|"
      + "teaser-?text|summary|standfirst|dek|excerpt|abstract|perex|chapo|chapeau|sommario|vorspann|einleitung|entradilla|"
      + "bajada|sumario|subtitle|subheadline)(?:$|[-_\\s])");
  private static final List<String> LEAD_INSIDE_WORDS = List.of("articleintro", "articlelead", "storylead", "leadtext",
      "introtext", "teasertext", "articleteaser", "artikelteaser", "einleitung", "vorspann", "standfirst");
  /** {@link #LEAD_INSIDE_WORDS} as a pattern: the judgement as it was, for the tests to hold the literals to. */
  private static final Pattern LEAD_ANYWHERE = Pattern.compile(String.join("|", LEAD_INSIDE_WORDS));
  /** Tags that hold a picture, never a lead's text, whatever their class says ("lead-image"). */
  private static final Set<String> NOT_LEAD_TAGS = Set.of("figure", "figcaption", "img", "picture", "video", "h1");
  /** How many levels above the chosen container a lead is looked for among the preceding blocks. */
  private static final int MAX_LEAD_LEVELS = 5;
  /** A lead is a paragraph or two; a longer block named so is a summary of something else. */
  private static final int MAX_LEAD_CHARS = 1500;
  private static final Evaluator H1 = Query.of("h1");
  private static final int MIN_PARAGRAPH = 25;
  /** A story's own header keeps its paragraphs when they add up to this many characters (a lead). */
  private static final int MIN_LEAD = 80;
  /** How many text-less wrappers widening climbs through looking for an ancestor holding sibling parts. */
  private static final int MAX_WRAPPERS = 6;
  private static final int NOT_FURNITURE = 0;
  private static final int WEAK_FURNITURE = 1;
  private static final int STRONG_FURNITURE = 2;
  /** Added to a furniture kind when the names also mark a teaser. */
  private static final int TEASER_MARK = 4;

  private MainContent() {}

  /** Removes what is never story content, in place, and gives the measure of the page it leaves. */
  static TextLengths clean(Document doc) {
    return clean(MarkupIndex.of(doc, List.of()));
  }

  /**
   * {@link #clean(Document)} of the page {@code markup} describes, which must be unchanged since it was
   * walked: its list of the page's elements stands in for the four whole-page selects cleaning starts
   * with (never-content, sidebars, wrappers, headers), which walked the tree once each.
   */
  static TextLengths clean(MarkupIndex markup) {
    Document doc = markup.document();
    List<Element> asides = new ArrayList<>();
    List<Element> wrappers = new ArrayList<>();
    List<Element> headers = new ArrayList<>();
    List<Element> all = markup.all();
    int kept = 0;
    for (int i = 0; i < all.size(); i++) {
      if (i % 256 == 0) {
        Deadline.check();
      }
      Element e = all.get(i);
      // The guard asked first, outside the query: jsoup's And costs more than the guard on the many it turns away.
      if (mayBeNeverContent(e) && NEVER_CONTENT_QUERY.matches(doc, e)) {
        // What lies inside goes with it, as select().remove() took it: its positions are passed over.
        e.remove();
        i = markup.end(i) - 1;
        continue;
      }
      kept++;
      if (MAYBE_PASSED.test(e)) {
        // Gathered in document order, as the selects found them; each pass below passes over those an
        // earlier one took off the page (the selects ran after it and never saw them).
        if (ASIDE.matches(doc, e)) {
          asides.add(e);
        }
        if (WRAPPER_OR_FURNITURE_QUERY.matches(doc, e)) {
          wrappers.add(e);
        }
        if (HEADER.matches(doc, e)) {
          headers.add(e);
        }
      }
    }
    removeSidebars(doc, asides);
    removeWrappers(doc, wrappers);
    removeHeaders(doc, headers);
    // The elements never-content left, the most the page can hold after the passes, which only take away.
    return removeFurniture(doc, kept);
  }

  /** Removes the {@code asides} still on the page that hold no story markup. */
  static void removeSidebars(Document doc, List<Element> asides) {
    for (Element aside : asides) {
      if (aside.root() == doc && aside.selectFirst(STORY_INSIDE) == null) {
        aside.remove(); // a sidebar, whatever its length, unless it holds a story's own markup
      }
    }
  }

  /** Unwraps the {@code wrappers} still on the page that hold most of its paragraph text, removes the others. */
  static void removeWrappers(Document doc, List<Element> wrappers) {
    // Measured only when a candidate holds paragraphs: removing one that holds none leaves it unchanged.
    int bodyText = -1;
    TextLengths.Meter meter = new TextLengths.Meter();
    for (Element e : wrappers) {
      if (e.parent() == null || e.root() != doc) {
        continue;
      }
      int text = mayHoldParagraphs(e) ? paragraphText(e, meter) : 0;
      if (text > 0 && bodyText < 0) {
        bodyText = paragraphText(doc.body(), meter);
      }
      if (text > 0 && text * 2 > bodyText) {
        e.unwrap();
      } else {
        e.remove();
      }
    }
  }

  /** Removes the {@code headers} still on the page that are page banners or hold no lead, keeping marked leads. */
  static void removeHeaders(Document doc, List<Element> headers) {
    Map<String, Integer> marksOf = new HashMap<>();
    for (Element header : headers) {
      if (header.root() != doc) {
        continue; // inside a header already gone: what it would move and remove is off the page too
      }
      // A page banner goes; an article's own header holds the headline and byline, which are not body,
      // and often the lead paragraph, which is: a header inside the story keeps a lead of some length.
      int lead = header.select(P).text().length();
      if (lead < 200 && (lead < MIN_LEAD || header.closest(STORY) == null)) {
        // A story's header (in the story, or holding its headline) that goes still leaves its marked lead
        // in its place, where the lead search finds it beside the text block.
        // (Only what is below it: a header may carry the word itself, "header--with-abstract".)
        if (header.closest(STORY) != null || header.selectFirst(H1) != null) {
          for (Element child : header.children()) {
            for (Element named : leadsIn(child, null, marksOf)) {
              header.before(named);
            }
          }
        }
        header.remove();
      }
    }
  }

  /**
   * Removes what class and id names mark as furniture, unless it holds much of the page's paragraph
   * text, and gives the measure of the page it leaves.
   */
  static TextLengths removeFurniture(Document doc) {
    return removeFurniture(doc, 256);
  }

  /** {@link #removeFurniture(Document)} of a page holding about {@code elements} elements, for the measures' arrays. */
  static TextLengths removeFurniture(Document doc, int elements) {
    Element body = doc.body();
    // Pages repeat the same class names hundreds of times ("menu-item"): each class and id value is judged once.
    Map<String, Integer> marksOf = new HashMap<>();
    // The page as it is left is measured along the way, for scoring and block writing: it is all walked,
    // head too, but only the body's elements are judged.
    TextLengths.Pruned cleaned = new TextLengths.Pruned(elements);
    TextLengths.Meter meter = new TextLengths.Meter();
    // Walked live, not over a list of the page's elements: what is inside removed furniture is not visited.
    NodeTraversor.filter(new NodeFilter() {
      private boolean inBody;
      /**
       * The paragraph text of the body and of each element in it as they stood when the first furniture
       * was met, before anything was removed (null before: a page without any is never weighed). Only
       * paragraphs' and text boxes' text weighs, so only they are measured, not the whole page. The walk
       * meets the listed elements in their order, less the subtrees it removes: what is below an element
       * is unchanged when the walk meets it, so each candidate's paragraph text is read at its position.
       */
      private ParagraphText paragraphs;
      /** The position in {@link #paragraphs} of the next element the walk meets. */
      private int next;

      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e)) {
          cleaned.head(node);
          return FilterResult.SKIP_ENTIRELY;
        }
        FilterResult judged = inBody ? judge(e) : FilterResult.CONTINUE;
        if (e == body) {
          inBody = true;
        }
        if (judged == FilterResult.REMOVE) {
          cleaned.removing();
        } else {
          cleaned.head(e);
        }
        return judged;
      }

      private FilterResult judge(Element e) {
        Deadline.check();
        int at = paragraphs == null ? -1 : paragraphs.position(e, next);
        if (at >= 0) {
          next = at + 1;
        }
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("html") || tag.equals("body")) {
          return FilterResult.CONTINUE;
        }
        int kind = furnitureKind(e, marksOf);
        if (kind == NOT_FURNITURE) {
          return FilterResult.CONTINUE;
        }
        if (paragraphs == null) {
          paragraphs = ParagraphText.of(body, meter, elements);
          at = paragraphs.find(e); // nothing was removed before: e is listed, once looked for
          next = at + 1;
        }
        int pageText = paragraphs.at(0);
        if (pageText == 0) {
          return FilterResult.CONTINUE; // no element holds under half of nothing: nothing goes
        }
        int text = at >= 0 ? paragraphs.at(at) : paragraphText(e, meter);
        // Subtree-local, as the paragraph text: a measure of e alone gives what one of the page would
        // (taken in the meter's arrays, which the scan and the weight above are done with).
        DoubleSupplier links = () -> meter.of(e).linkDensityAt(0);
        if (isRemoved(e, kind, text, links, pageText)) {
          if (at >= 0) {
            next = paragraphs.end(at); // the walk's next element lies past the removed subtree
          }
          return FilterResult.REMOVE;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        cleaned.tail(node);
        inBody &= node != body;
        return FilterResult.CONTINUE;
      }
    }, doc);
    return cleaned.lengths(doc);
  }

  /**
   * Whether furniture of {@code kind} with {@code text} characters of paragraph text goes from a page
   * holding {@code pageText}: marked furniture goes unless it holds half the page's paragraph text, or
   * for weak marks {@link #WEAK_KEEP_CHARS}; a teaser goes when it links elsewhere ({@code linkDensity}
   * is asked only then).
   */
  static boolean isRemoved(Element e, int kind, int text, DoubleSupplier linkDensity, int pageText) {
    if ((kind & TEASER_MARK) != 0 && text * 2 < pageText && isLinkTeaser(e, linkDensity)) {
      return true;
    }
    int furniture = kind & ~TEASER_MARK;
    if (furniture == NOT_FURNITURE) {
      return false;
    }
    boolean strong = furniture == STRONG_FURNITURE;
    return text * 2 < pageText && (strong || text < WEAK_KEEP_CHARS);
  }

  static int furnitureKind(String names) {
    return names.isEmpty() ? NOT_FURNITURE : furnitureKind(marks(names));
  }

  /**
   * {@link #furnitureKind(String)} of {@code e}'s {@link #classAndId}, without writing that string: the
   * marks are an or over whitespace-separated names, and the class and the id are separated by a space,
   * so each value is judged on its own, once per page ({@code marksOf}, keyed by the value as written).
   * Lower-casing keeps names apart (its one contextual rule, Greek final sigma, looks no further than a
   * space). A value holding a character that {@code trim} or {@code strip} would take off its ends but
   * that does not separate names (a control character, a Unicode space) is judged the old way.
   */
  static int furnitureKind(Element e, Map<String, Integer> marksOf) {
    // No names, no marks: the kind of "" (most elements have no class and no id).
    return furnitureKind(marks(e, marksOf));
  }

  /** {@link #marks(String)} of {@code e}'s {@link #classAndId}, each value judged on its own (see {@link #furnitureKind(Element, Map)}). */
  static int marks(Element e, Map<String, Integer> marksOf) {
    if (!Query.hasAttribute(e, "class") && !Query.hasAttribute(e, "id")) {
      return 0;
    }
    int classMarks = valueMarks(e.attributes().getIgnoreCase("class"), marksOf);
    int idMarks = classMarks < 0 ? -1 : valueMarks(e.attributes().getIgnoreCase("id"), marksOf);
    return classMarks < 0 || idMarks < 0 ? marks(classAndId(e)) : classMarks | idMarks;
  }

  /** The marks of an attribute value, lower-cased; -1 for a value whose ends trimming could change (see above). */
  private static int valueMarks(String value, Map<String, Integer> marksOf) {
    Integer known = marksOf.get(value);
    if (known == null) {
      known = trimsAsNamesSplit(value) ? marks(value.toLowerCase(Locale.ROOT)) : -1;
      marksOf.put(value, known);
    }
    return known;
  }

  /** Whether every character {@code trim} or {@code strip} would take off is one that separates names. */
  private static boolean trimsAsNamesSplit(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c <= ' ' || Character.isWhitespace(c)) && !isRegexSpace(c)) {
        return false;
      }
    }
    return true;
  }

  private static int furnitureKind(int marks) {
    int teaser = (marks & TEASER_WORD) != 0 ? TEASER_MARK : 0;
    boolean postFurniture = (marks & POST_WORD) != 0;
    // Layout wrappers carry words like "sidebar" or "nav" too ("two-col-sidebar-right", "ad-portal"):
    // an element holding most of the page's paragraph text is the page, not furniture.
    if (!postFurniture && (marks & STORY_NAME) != 0) {
      return teaser | NOT_FURNITURE;
    }
    if (postFurniture || (marks & (STRONG_WORD | NEGATIVE_INSIDE)) != 0) {
      return teaser | STRONG_FURNITURE;
    }
    return teaser | ((marks & WEAK_WORD) != 0 ? WEAK_FURNITURE : NOT_FURNITURE);
  }

  /*
   * The patterns are judged per name, not per class-and-id string: none of them can match across
   * whitespace (their words hold letters, digits, '-' and '_' only, and whitespace is one of their
   * word boundaries), so a string matches exactly when one of its names does. Pages share names
   * across elements ("menu-item") and ids make nearly every whole string distinct, so each name is
   * judged once, by all the patterns, and its marks are kept.
   */
  private static final int TEASER_WORD = 1;
  private static final int POST_WORD = 2;
  private static final int STRONG_WORD = 4;
  private static final int WEAK_WORD = 8;
  private static final int NEGATIVE_INSIDE = 16;
  private static final int POSITIVE_WORD = 32;
  /** Set on a whole string when one of its names is positive and not negative (see {@link #marks}). */
  private static final int STORY_NAME = 64;
  /** A name of a story's lead ({@link #LEAD}, {@link #LEAD_ANYWHERE}); neither positive nor negative. */
  private static final int LEAD_WORD = 128;
  private static final int NEGATIVE = POST_WORD | STRONG_WORD | WEAK_WORD | NEGATIVE_INSIDE;
  /** Past this many names the memo starts again: ids are endless, and a warm Lambda lives long. */
  private static final int MAX_REMEMBERED_NAMES = 20_000;
  private static final Map<String, Integer> NAME_MARKS = new ConcurrentHashMap<>();

  /** The marks of each whitespace-separated name of {@code names}, or-ed, with {@link #STORY_NAME}. */
  static int marks(String names) {
    int marks = 0;
    int n = names.length();
    int start = 0;
    while (start < n) {
      while (start < n && isRegexSpace(names.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < n && !isRegexSpace(names.charAt(end))) {
        end++;
      }
      if (end > start) {
        int name = nameMarks(names, start, end);
        // Whether one of the names marks story content and nothing else: a compound name that pairs a
        // story word with a furniture word names a part of the story's furniture, whichever comes first
        // (BEM's "article__tags", WordPress plugins' "related_post", "share-article", "main-nav"), so it
        // does not shield the element.
        if ((name & POSITIVE_WORD) != 0 && (name & NEGATIVE) == 0) {
          name |= STORY_NAME;
        }
        marks |= name;
      }
      start = end;
    }
    return marks;
  }

  /** The whitespace of the patterns' {@code \s}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The marks of the name {@code names[from, to)}. Most names hold none of the patterns' words, and
   * running the word patterns over each cost more than the rest of cleaning: so {@link #OPENINGS} first
   * tells which word patterns could match at all (a match starts with one of its words' fixed openings,
   * at the name's start or after '-' or '_'), and only those run. The words found anywhere, all literal,
   * are looked for directly.
   */
  private static int nameMarks(String names, int from, int to) {
    int possible = OPENINGS.atWordStarts(names, from, to);
    int marks = INSIDE_WORDS.inSquashed(names, from, to);
    int teaser = names.indexOf(TEASER.pattern(), from);
    if (teaser >= 0 && teaser + TEASER.pattern().length() <= to) {
      marks |= TEASER_WORD;
    }
    if ((possible & ~marks) == 0) {
      return marks;
    }
    String name = names.substring(from, to);
    Integer known = NAME_MARKS.get(name);
    if (known != null) {
      return known;
    }
    for (int i = 0; i < WORD_PATTERNS.size(); i++) {
      int mark = WORD_MARKS[i];
      if ((possible & mark) != 0 && (marks & mark) == 0 && WORD_PATTERNS.get(i).matcher(name).find()) {
        marks |= mark;
      }
    }
    if (NAME_MARKS.size() >= MAX_REMEMBERED_NAMES) {
      NAME_MARKS.clear();
    }
    NAME_MARKS.put(name, marks);
    return marks;
  }

  /** The patterns whose words start at a name's start or after '-' or '_', and the mark each gives. */
  private static final List<Pattern> WORD_PATTERNS = List.of(POST_FURNITURE, STRONG_NEGATIVE, WEAK_NEGATIVE, POSITIVE,
      LEAD);
  private static final int[] WORD_MARKS = {POST_WORD, STRONG_WORD, WEAK_WORD, POSITIVE_WORD, LEAD_WORD};
  static final Literals OPENINGS = Literals.openingsOf(WORD_PATTERNS, WORD_MARKS);
  private static final Literals INSIDE_WORDS = new Literals().addAll(NEGATIVE_INSIDE_WORDS, NEGATIVE_INSIDE)
      .addAll(POSITIVE_INSIDE_WORDS, POSITIVE_WORD).addAll(LEAD_INSIDE_WORDS, LEAD_WORD);

  /**
   * Literal words, each standing for a mark, kept by first character so that a name is read once,
   * not once per word. As {@link #openingsOf} the fixed openings of the word patterns' alternatives,
   * read from the patterns' own source so that a word added to a pattern is never missed: an
   * alternative "comments?" opens with "comment", "most-?popular" with "most",
   * "author[-_]*(?:bio|box)" with "author". A match of the pattern at a word start begins with one of
   * its openings, so a name where none stands at a word start cannot match. An alternative whose
   * opening cannot be read opens with "", which every name has.
   */
  static final class Literals {
    /** Past ASCII, first characters share one list. */
    private static final int OTHER = 128;
    private final String[][] words = new String[OTHER + 1][];
    private final int[][] marks = new int[OTHER + 1][];
    /** The marks of the empty word, found everywhere. */
    private int always;
    /**
     * For each first character, the second characters its words have ({@code OTHER} for any past
     * ASCII), or every character when one of its words has no second: most positions of a name hold a
     * first character of some word, far fewer the pair, so the words are compared only where it stands.
     */
    private final boolean[][] seconds = new boolean[OTHER + 1][];

    static Literals openingsOf(List<Pattern> patterns, int[] marks) {
      Literals o = new Literals();
      for (int i = 0; i < patterns.size(); i++) {
        o.addAll(openings(patterns.get(i).pattern()), marks[i]);
      }
      return o;
    }

    Literals addAll(List<String> words, int mark) {
      for (String w : words) {
        add(w, mark);
      }
      return this;
    }

    private void add(String word, int mark) {
      if (word.isEmpty()) {
        always |= mark;
        return;
      }
      int c = Math.min(word.charAt(0), OTHER);
      if (seconds[c] == null) {
        seconds[c] = new boolean[OTHER + 1];
      }
      if (word.length() == 1) {
        Arrays.fill(seconds[c], true);
      } else {
        seconds[c][Math.min(word.charAt(1), OTHER)] = true;
      }
      String[] ws = words[c] == null ? new String[0] : words[c];
      int[] ms = marks[c] == null ? new int[0] : marks[c];
      words[c] = Arrays.copyOf(ws, ws.length + 1);
      marks[c] = Arrays.copyOf(ms, ms.length + 1);
      words[c][ws.length] = word;
      marks[c][ms.length] = mark;
    }

    /** The marks of the words standing in {@code s[from, to)} at {@code from} or after a '-' or '_'. */
    int atWordStarts(String s, int from, int to) {
      int found = always;
      for (int i = from; i < to; i++) {
        if (i > from && s.charAt(i - 1) != '-' && s.charAt(i - 1) != '_') {
          continue;
        }
        int c = Math.min(s.charAt(i), OTHER);
        String[] ws = words[c];
        if (ws == null || i + 1 < to && !seconds[c][Math.min(s.charAt(i + 1), OTHER)]) {
          continue; // no word opening with this character goes on with the next one
        }
        for (int k = 0; k < ws.length; k++) {
          if ((found & marks[c][k]) == 0 && ws[k].length() <= to - i && s.startsWith(ws[k], i)) {
            found |= marks[c][k];
          }
        }
      }
      return found;
    }

    /** The marks of the words found in {@code s[from, to)} with '-' and '_' taken out, as {@link #squash} does. */
    int inSquashed(String s, int from, int to) {
      int found = always;
      for (int i = from; i < to; i++) {
        char ch = s.charAt(i);
        if (ch == '-' || ch == '_') {
          continue;
        }
        int c = Math.min(ch, OTHER);
        String[] ws = words[c];
        if (ws == null) {
          continue;
        }
        int j = i + 1;
        while (j < to && (s.charAt(j) == '-' || s.charAt(j) == '_')) {
          j++;
        }
        if (j < to && !seconds[c][Math.min(s.charAt(j), OTHER)]) {
          continue; // the squashed name's next character follows this one in none of the words
        }
        for (int k = 0; k < ws.length; k++) {
          if ((found & marks[c][k]) == 0 && startsSquashed(s, i, to, ws[k])) {
            found |= marks[c][k];
          }
        }
      }
      return found;
    }

    private static boolean startsSquashed(String s, int i, int to, String word) {
      int j = i;
      for (int k = 0; k < word.length(); k++, j++) {
        while (j < to && (s.charAt(j) == '-' || s.charAt(j) == '_')) {
          j++;
        }
        if (j >= to || s.charAt(j) != word.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /**
     * The openings of a pattern written as {@code (?:^|[-_\s])(?:alternatives)} and a tail: each
     * alternative's leading letters, digits and '-', up to the first other character, less the last
     * one when a quantifier that allows none follows it.
     */
    static List<String> openings(String source) {
      String head = "(?:^|[-_\\s])(?:";
      if (!source.startsWith(head)) {
        return List.of("");
      }
      List<String> found = new ArrayList<>();
      for (String alternative : RuleAlternatives.of(source.substring(head.length()))) {
        found.add(opening(alternative));
      }
      return found;
    }

    private static String opening(String alternative) {
      int n = 0;
      while (n < alternative.length() && isLiteral(alternative.charAt(n))) {
        n++;
      }
      if (n < alternative.length() && "?*{".indexOf(alternative.charAt(n)) >= 0 && n > 0) {
        n--;
      }
      return alternative.substring(0, n);
    }

    private static boolean isLiteral(char c) {
      return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
    }
  }

  /**
   * A teaser that links to another story: it sits in a link or is mostly links. A teaser without
   * links is the story's own intro ("article-teaser-text"), which stays.
   */
  private static boolean isLinkTeaser(Element e, DoubleSupplier linkDensity) {
    return e.closest(LINKS) != null || e.selectFirst(LINKED) != null && linkDensity.getAsDouble() > 0.25;
  }

  static boolean isNegative(String names) {
    return (marks(names) & NEGATIVE) != 0;
  }

  static boolean isPositive(String names) {
    return (marks(names) & POSITIVE_WORD) != 0;
  }

  private static String squash(String names) {
    return names.replace("-", "").replace("_", "");
  }

  static String classAndId(Element e) {
    if (!Query.hasAttribute(e, "class") && !Query.hasAttribute(e, "id")) {
      return ""; // most elements: no class, no id (links and pictures have other attributes)
    }
    return (e.className() + " " + e.id()).strip().toLowerCase(Locale.ROOT);
  }

  /** The element holding the story; the body when nothing scores. */
  static Element best(Document doc) {
    return best(doc, TextLengths.of(doc));
  }

  /** As {@link #best(Document)}, with the cleaned page's {@code lengths} measured by the caller. */
  static Element best(Document doc, TextLengths lengths) {
    Element body = doc.body();
    // Insertion (document) order, so that candidates scoring alike are ranked the same way on every run:
    // elements hash by identity, and a HashMap made the same page give different articles.
    Map<Element, Double> scores = new LinkedHashMap<>();
    // Candidates share class values ("col", "row"): each value judged once, as the furniture walk does.
    Map<String, Integer> marksOf = new HashMap<>();
    // Both kinds from one pass over the measured page, credited in the order the two selects gave them.
    List<Element> blocks = new ArrayList<>();
    List<Element> boxes = new ArrayList<>();
    for (Element e : lengths.subtree(body)) {
      if (SCORED_BLOCKS.matches(body, e)) {
        blocks.add(e);
      }
      if (TEXT_BOXES.matches(body, e)) {
        boxes.add(e);
      }
    }
    for (Element p : blocks) {
      Deadline.check();
      // The measure's length and commas of text(): writing each block's text cost more than scoring it.
      int text = lengths.text(p);
      if (text < MIN_PARAGRAPH || (p.normalName().equals("li") && lengths.linkDensity(p) > 0.3)) {
        continue;
      }
      if (p.normalName().equals("td") && (ownTextLength(p) >= MIN_PARAGRAPH * 2 || hasBlockChild(p))) {
        // A layout cell is no paragraph of its row: one holding the text itself is a container (scored
        // below), one holding tables or paragraphs leaves the scoring to them.
        continue;
      }
      credit(scores, p.parent(), body, text, lengths.commas(p), marksOf);
    }
    // Text written straight into a div between <br>s is a paragraph too, and the div its container.
    for (Element div : boxes) {
      Deadline.check();
      int own = ownTextLength(div);
      if (own >= MIN_PARAGRAPH * 2) {
        credit(scores, div, body, own, TextLengths.commas(div.ownText()), marksOf);
      }
    }
    Element top = null;
    double topScore = 0;
    // Link density only lowers a positive score and lifts a negative one at most to 0, so once
    // candidates come best raw score first, the loop can stop where none left can win. Each density
    // walks a candidate's subtree: over deeply nested candidates, taking them all was quadratic.
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
    for (Map.Entry<Element, Double> e : ranked) {
      Deadline.check();
      if (top != null && Math.max(e.getValue(), 0) <= topScore) {
        break;
      }
      double s = e.getValue() * (1 - lengths.linkDensity(e.getKey()));
      if (top == null || s > topScore) {
        top = e.getKey();
        topScore = s;
      }
    }
    if (top == null) {
      return body;
    }
    TextLengths.Subtotals paragraphs = paragraphText(lengths);
    int own = paragraphs.of(top);
    // Wrappers that add no text are climbed through: a story split over sibling modules
    // (module > text > inner) is found by the ancestor that holds the siblings, not by the first one.
    int wrappers = 0;
    for (Element a = top.parent(); a != null && a != doc && top != body && wrappers <= MAX_WRAPPERS; a = a.parent()) {
      int text = paragraphs.of(a);
      if (text > own * 1.25 && lengths.linkDensity(a) < 0.35) {
        top = a;
        own = text;
        wrappers = 0;
      } else if (text <= own * 1.05) {
        wrappers++;
      } else {
        break;
      }
    }
    // The story's own <article> also holds its lead figure and subheads beside the text block.
    Element article = top.normalName().equals("article") ? null : top.closest(ARTICLE);
    if (article != null && lengths.linkDensity(article) < 0.3) {
      top = article;
    }
    return top;
  }

  /**
   * The story's lead where the template keeps it apart from the text block that won: elements named
   * as a lead ({@link #LEAD}) in the blocks before the container, on its own level and up to
   * {@link #MAX_LEAD_LEVELS} levels above, in document order. The search stops at the headline, since a
   * lead follows it; blocks above it are the page's, not the story's.
   */
  static List<Element> leads(Element container, TextLengths lengths) {
    List<Element> found = new ArrayList<>();
    Map<String, Integer> marksOf = new HashMap<>();
    Element a = container;
    for (int level = 0; level < MAX_LEAD_LEVELS && a.parent() != null && !a.nameIs("body"); level++) {
      boolean headline = false;
      for (Element s = a.previousElementSibling(); s != null && !headline; s = s.previousElementSibling()) {
        Deadline.check();
        headline = s.nameIs("h1") || s.selectFirst(H1) != null;
        found.addAll(0, leadsIn(s, lengths, marksOf));
      }
      if (headline) {
        break;
      }
      a = a.parent();
    }
    return found;
  }

  /**
   * The outermost elements at or below {@code root} named and shaped as a lead, in document order;
   * {@code marksOf} remembers the marks of each class and id value seen.
   */
  private static List<Element> leadsIn(Element root, TextLengths lengths, Map<String, Integer> marksOf) {
    List<Element> found = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (NOT_LEAD_TAGS.contains(e.normalName()) || !isLeadName(e, marksOf)) {
          return FilterResult.CONTINUE;
        }
        int text = lengths == null ? e.text().length() : lengths.text(e);
        double links = lengths == null ? linkDensity(e) : lengths.linkDensity(e);
        if (text < MIN_PARAGRAPH || text > MAX_LEAD_CHARS || links >= 0.3) {
          return FilterResult.CONTINUE;
        }
        found.add(e);
        return FilterResult.SKIP_CHILDREN;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, root);
    return found;
  }

  /**
   * Whether {@code e}'s class and id name a lead: {@link #LEAD_WORD} of its {@link #marks(Element, Map)},
   * each class and id value judged once ({@code marksOf}) by the word patterns' one scan, which runs
   * the lead patterns only on names where one of their words' openings stands.
   */
  static boolean isLeadName(Element e, Map<String, Integer> marksOf) {
    return (marks(e, marksOf) & LEAD_WORD) != 0;
  }

  /** Whether a class-and-id string, as {@link #classAndId} writes it, names a lead: the two patterns, for the tests. */
  static boolean isLeadName(String names) {
    return LEAD.matcher(names).find() || LEAD_ANYWHERE.matcher(squash(names)).find();
  }

  /** {@link #isLeadName(String)} read from the marks of the same string, as cleaning reads it. */
  static boolean isLeadMarked(String names) {
    return (marks(names) & LEAD_WORD) != 0;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (LAYOUT_BLOCKS.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** Gives a paragraph's score to its container, half to the next ancestor, a ninth to the one above. */
  private static void credit(Map<Element, Double> scores, Element container, Element body, int length, long commas,
      Map<String, Integer> marksOf) {
    double score = 1 + commas + Math.min(length / 100.0, 3);
    Element ancestor = container;
    for (int level = 1; level <= 3 && ancestor != null; level++) {
      Element a = ancestor;
      scores.computeIfAbsent(a, c -> initialScore(c, marksOf));
      scores.put(a, scores.get(a) + score / (level == 1 ? 1 : level == 2 ? 2 : level * 3.0));
      if (a == body) {
        break;
      }
      ancestor = a.parent();
    }
  }

  /** The score a candidate starts from, by tag and by its class and id names (each value judged once, {@code marksOf}). */
  private static double initialScore(Element e, Map<String, Integer> marksOf) {
    double s = switch (e.normalName()) {
      case "article" -> 10;
      case "main", "div", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    int marks = marks(e, marksOf); // once for both tests; 0 without names
    s += (marks & POSITIVE_WORD) != 0 ? 25 : 0;
    s -= (marks & NEGATIVE) != 0 ? 25 : 0;
    return s;
  }

  /** The share of an element's text that sits inside links. */
  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select(LINKED)) {
      Deadline.check();
      links += a.text().length();
    }
    return Math.min(1.0, links / (double) total);
  }

  /**
   * Whether {@link #paragraphText(Element)} can be above 0: a paragraph, or a text box with enough text
   * of its own, is at or below {@code e}. Most wrappers are search and sign-up forms holding neither,
   * and telling so costs less than measuring their text.
   */
  static boolean mayHoldParagraphs(Element e) {
    for (Element d : e.getAllElements()) {
      if (PARAGRAPHS.matches(d, d) || TEXT_BOXES.matches(d, d) && ownTextLength(d) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Characters in the real paragraphs below {@code root}: long enough and not mostly links. Only
   * paragraphs' text and text boxes' own text weigh, so only they are measured, each outermost
   * paragraph with what it holds (a quote's own paragraphs): the text elsewhere, menus and link lists,
   * is passed over, where a measure of the whole subtree wrote it all.
   */
  static int paragraphText(Element root) {
    return paragraphText(root, new TextLengths.Meter());
  }

  /** {@link #paragraphText(Element)}, each paragraph measured with {@code meter}'s arrays. */
  static int paragraphText(Element root, TextLengths.Meter meter) {
    return ParagraphText.total(root, meter);
  }

  /**
   * {@link #paragraphText(Element)} of every element of a measured page at once: each paragraph and
   * text box is measured once, not once per container above it (nested furniture, a story's
   * ancestors: quadratic on a hostile page). Valid while nothing below an element asked about changes.
   */
  static TextLengths.Subtotals paragraphText(TextLengths lengths) {
    // Each element asked by its position: the measure's own order, no look-up of the element.
    return lengths.subtotalsAt(i -> paragraphWeight(lengths.element(i), lengths.textAt(i), lengths.linkDensityAt(i)),
        e -> paragraphWeight(e, lengths.text(e), lengths.linkDensity(e)));
  }

  /** The characters {@code e} adds to {@link #paragraphText}, given its text length and link density. */
  static int paragraphWeight(Element e, int text, double linkDensity) {
    int sum = 0;
    if (PARAGRAPHS.matches(e, e)) {
      sum += text >= 40 && linkDensity < 0.5 ? text : 0;
    }
    // Counted as a text box as well, should an element ever be both (as the two selects did).
    return sum + ownWeight(e);
  }

  /** What {@code e} adds to {@link #paragraphText} besides a paragraph's own text: a text box's own text. */
  static int ownWeight(Element e) {
    return TEXT_BOXES.matches(e, e) ? ownTextLength(e) : 0;
  }

  private static int ownTextLength(Element div) {
    return TextLengths.ownTextAtLeast(div, MIN_PARAGRAPH * 2);
  }
}
