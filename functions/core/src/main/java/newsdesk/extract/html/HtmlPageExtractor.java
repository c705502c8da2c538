package newsdesk.extract.html;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsdesk.article.Block;
import newsdesk.article.Credits;
import newsdesk.article.Image;
import newsdesk.extract.ArticleAssembly;
import newsdesk.extract.ArticleDraft;
import newsdesk.extract.Deadline;
import newsdesk.extract.PageRejected;
import newsdesk.extract.RejectReason;
import newsdesk.extract.convention.Byline;
import newsdesk.extract.convention.CanonicalUrl;
import newsdesk.extract.convention.ClosingCredits;
import newsdesk.extract.convention.Dateline;
import newsdesk.extract.convention.KnownSources;
import newsdesk.extract.convention.LanguageGuess;
import newsdesk.extract.convention.PageChrome;
import newsdesk.extract.convention.Words;
import newsdesk.extract.convention.PersonNames;
import newsdesk.extract.convention.PublicationDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The engine for HTML pages. Metadata comes from what the page declares, most specific first:
 * JSON-LD, then OpenGraph and article:* tags, Dublin Core and other meta tags, then the markup
 * itself ({@code <time>}, bylines, {@code <h1>}). The body comes from {@link MainContent} and
 * {@link BlockWriter}. Pages with too little story text for their links (index pages) or that read
 * like error pages are rejected as not articles.
 */
public final class HtmlPageExtractor {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
  private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»«›‹~/]+\\s*$|\\s+::\\s*$");
  /** Class or id words of a logo or site-name block; "branding" alone also wraps some pages' headlines. */
  private static final Pattern LOGO_NAME = Pattern.compile("logo|(?:^|[\\s_-])(?:site|blog)[-_]?(?:title|name)(?:$|\\s)"
      + "|(?:^|\\s)(?:site-branding|navbar-brand|brand)(?:$|\\s)");
  /** Class words of a kicker (the topic line above or before a headline) inside a heading. */
  private static final Pattern KICKER_NAME = Pattern.compile("kicker|dachzeile|topline|overline|roofline|eyebrow"
      + "|(?:^|[\\s_-])(?:topic|category|section)[-_]?label");
  /** Text kept for screen readers only, such as the separator between a kicker and its headline. */
  private static final Pattern HIDDEN_TEXT_NAME = Pattern.compile("visually-?hidden|sr-only|screen-reader-text");
  /**
   * A wide character: Chinese, Japanese or Korean script, CJK punctuation, a fullwidth form. Titles in
   * these scripts join a site's name without spaces, and such a character takes two columns.
   */
  private static final String WIDE = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\u3000-\\u303F\\uFF01-\\uFF60]";
  private static final Pattern WIDE_CHARACTER = Pattern.compile(WIDE);
  /** A bar beside a wide character, or a hyphen between two, with no spaces around. */
  private static final Pattern CJK_SEPARATOR = Pattern.compile("(?<=" + WIDE + ")[|｜]|[|｜](?=" + WIDE + ")|(?<="
      + WIDE + ")[-－](?=" + WIDE + ")");
  /** In columns, a wide (CJK) character taking two: "NEWS WEB EASY" is 13, "新华网" is 6. */
  private static final int MAX_TIGHT_SITE_WIDTH = 24;
  /** The longest title whose parts are read for a date ({@link #titleDate}). */
  private static final int MAX_TITLE_FOR_DATE = 300;
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—:·•»«›‹~/]|::|//)\\s+");
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[|\\-–—:·•»«›‹~/]+\\s+");
  /** A separator left at the very end; not "»", which also closes a quotation. */
  private static final Pattern DANGLING_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•~/]+$");
  private static final Pattern TYPOGRAPHIC_DASH = Pattern.compile("[‐‑‒–—―−]");
  private static final Pattern TYPOGRAPHIC_DOUBLE_QUOTE = Pattern.compile("[“”„‟«»]");
  private static final Pattern TYPOGRAPHIC_SINGLE_QUOTE = Pattern.compile("[‘’‚‛]");
  /** WordPress themes of the 2000s title every post "Site » Blog Archive » Story". */
  private static final Pattern BLOG_ARCHIVE = Pattern.compile("(?i)blog[- ]?archiv(?:e|es)?");
  /** A title ending in a space is taken for a cut one only this long: short ones are typed so. */
  private static final int MIN_CUT_AT_SPACE = 50;
  /** A title part that is only a full date ("23.05.2011", "2011-05-23", "23/05/2011"): when it was posted, not what. */
  private static final Pattern DATE_PART = Pattern.compile(
      "\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}");
  /** Second-level labels under which countries register names: example.co.uk, example.gv.at, example.com.br. */
  private static final Set<String> SECOND_LEVEL_LABELS = Set.of("co", "com", "gv", "gov", "ac", "or",
      "ne", "net", "org", "edu", "go", "gob", "nic");
  private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\\.{3}|…)$");
  private static final Pattern SENTENCE_CASE_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\d.'&!-]*\\s+[\\p{L}\\d][\\p{L}\\d.'&!-]*");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SITE_NAME = Pattern.compile("(?:[\\p{Lu}\\d][\\p{L}\\d.'&!-]*\\s*)+");
  private static final Pattern ERROR_PAGE = Pattern.compile(
      "(?i)\\b(?:404|page not found|not found|error|access denied|forbidden|something went wrong|no longer available|"
          + "page (?:does not|doesn't) exist)\\b");
  private static final String STANDFIRST_SELECTORS = "[itemprop=alternativeHeadline], [class*=standfirst], "
      + "[class*=subheadline], [class*=sub-headline], [class*=article-dek], [class~=^dek$], [class*=article-subtitle], "
      + "[class*=article__subtitle], [class*=lede-text]";
  /**
   * Only elements whose itemprop names an alternative headline, or with one of these words in their
   * class, can match {@link #STANDFIRST_SELECTORS}; the query, with its nine alternatives, is tried on
   * those alone (not on every microdata element or every "headline" class).
   */
  // The kinds' tests run on every element: their words are given as one array, not a new one per call.
  private static final String[] STANDFIRST_CLASS_WORDS = {"standfirst", "subheadline", "sub-headline", "dek", "subtitle",
      "lede-text"};
  private static final MarkupIndex.Kind STANDFIRST = MarkupIndex.kind(STANDFIRST_SELECTORS,
      g -> g.hasItemprop() && g.attributeContains("itemprop", "alternativeheadline")
          || g.classContains(STANDFIRST_CLASS_WORDS));
  /** Where paywalls put their prompt: read by {@link #hasTeaser}'s walk, kept as the query it answers (for its test). */
  static final Evaluator TEASER_CANDIDATES = Query.of("[class*=paywall], [class*=subscribe], [id*=paywall], p, "
      + "div:not(:has(div, p))");
  /**
   * Where the markup signs a story, surest first: microdata and rel=author, then byline boxes, then
   * anything merely named or linked like an author (which menus of columnists also are).
   */
  private static final List<MarkupIndex.Kind> BYLINE_SELECTORS = List.of(
      MarkupIndex.kind("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author]",
          g -> g.hasItemprop() || g.hasRel()),
      MarkupIndex.kind(".byline, [class*=byline], [class*=ByLine]", g -> g.classContains("byline")),
      // Most pages' links go elsewhere: a link is tried only when its address names an author or profile.
      MarkupIndex.kind(".author-name, [class*=author-name], .author, a[href*=/author/], a[href*=/profile/], address",
          g -> g.is("a") && g.attributeContains("href", "/author/", "/profile/") || g.is("address")
              || g.classContains("author")));
  /** Boxes whose class only contains "author": the last resort of the byline's markup ({@link #authorBox}). */
  private static final List<MarkupIndex.Kind> AUTHOR_BOXES = List.of(
      MarkupIndex.kind("[class*=author]", g -> g.classContains("author")));
  private static final String UPDATED = "[itemprop=dateModified], .updated, .modified, [class*=last-modified]";
  private static final String DATE_ELEMENTS = "time, [class*=date], [class*=Date], [id*=date], [class*=time], "
      + "[class*=posted], [class*=published], [class*=entry-meta], [class*=post-meta], [class*=article-meta], "
      + "[class*=byline], [class*=info], [class*=meta], [class*=Meta], [class*=submitted], [class*=release]";
  /** A date line is short; a paragraph mentioning a date is prose. */
  private static final int MAX_DATE_LINE = 100;
  /** Date-like elements looked at after the headline before giving up. */
  private static final int MAX_DATE_ELEMENTS = 12;
  /** Elements right under the headline where a bare date line counts without a class naming it. */
  private static final int MAX_ELEMENTS_UNDER_HEADLINE = 8;
  /** How far above the headline a date line may stand and still be the story's. */
  private static final int MAX_ELEMENTS_BEFORE_HEADLINE = 6;
  private static final Evaluator LIST_ITEM = Query.of("li");
  private static final MarkupIndex.Kind H1 = MarkupIndex.kind("h1", g -> g.is("h1"));
  private static final Evaluator HTML = Query.of("html");
  private static final MarkupIndex.Kind CANONICAL = MarkupIndex.kind("link[rel=canonical]", g -> g.is("link"));
  /** The headings a title may be completed from or checked against. */
  private static final MarkupIndex.Kind HEADINGS = MarkupIndex.kind("h1, [itemprop=headline]:not(meta), .entry-title",
      g -> g.is("h1") || g.hasItemprop() && g.attributeContains("itemprop", "headline") || g.classContains("entry-title"));
  /** Site chrome: a name in a menu, a footer or a comment signs some other story, if any. */
  private static final String CHROME = "nav, [role=navigation], menu, [role=contentinfo], #comments, .comments, .comment, "
      + ".comment-list, .commentlist, .comments-area, [id^=comment-]";
  // Compiled once: printedDate tries them on every element of the page, and parsing the selector
  // per element made a 10 MiB page of nested divs spend most of its time in jsoup's query parser.
  private static final String[] DATE_CLASS_WORDS = {"date", "time", "posted", "published", "meta", "byline", "info",
      "submitted", "release"};
  private static final MarkupIndex.Kind DATE_ELEMENTS_QUERY = MarkupIndex.kind(DATE_ELEMENTS, g -> g.is("time")
      || g.classContains(DATE_CLASS_WORDS)
      || g.idContains("date"));
  private static final Evaluator UPDATED_QUERY = Query.of(UPDATED);
  private static final Evaluator FOOTER = Query.of("footer");
  private static final Evaluator ARTICLE = Query.of("article");
  private static final MarkupIndex.Kind ARTICLES = MarkupIndex.kind("article", g -> g.is("article"));
  private static final Evaluator CHROME_QUERY = Query.of(CHROME);
  /**
   * What byline boxes hold beside the name: a date, a job title, a picture, a label for screen readers
   * ("Author", glued to the name in the text when the spans touch).
   */
  private static final Evaluator NOT_A_NAME = Query.of("time, [class*=date], [class*=title], [class*=role], [class*=job], "
      + "[class*=avatar], [class*=screen-reader], .sr-only, .visually-hidden");
  /** Paragraphs and headings at each end of a story where it may sign in its own text. */
  private static final int SIGNING_PARAGRAPHS = 3;
  /** Lines with text after the headline among which a byline without markup may stand. */
  private static final int MAX_LINES_TO_BYLINE = 12;
  private static final int MAX_BYLINE_LINE = 100;
  /** A credit of pictures, which names a photographer in a byline's words ("Foto: …", "Photo by …"). */
  private static final Pattern PHOTO_CREDIT = Pattern.compile("(?iu)(?:fotos?|photos?|photograph\\w*|bild(?:er)?|images?|"
      + "illustrations?|grafik|picture)\\b");
  /** What divides a date from the name beside it on one line ("11.12.2019 - Ana Ruiz", "Ana Ruiz, 01.12.2021"). */
  private static final Pattern DATE_SEPARATOR = Pattern.compile("\\s+[-–—|•·]\\s+|,\\s+");
  private static final Evaluator FIGURE = Query.of("figure, figcaption");
  /** A rule of dashes or stars a signature may open with ("---- by Ana Ruiz"). */
  private static final Pattern LEADING_RULE = Pattern.compile("^[\\p{Pd}*=_~]+\\s*");
  private static final Pattern PARTS_OF_A_LINE = Pattern.compile("\\s*\\|\\s*");
  private static final String WEEKDAYS = "(?iu:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
      + "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|"
      + "samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|luned[ìi]|marted[ìi]|mercoled[ìi]|"
      + "gioved[ìi]|venerd[ìi]|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
      + "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?)";
  /** The weekday a date line opens with, left beside the name when the line is cut at the date's comma. */
  private static final Pattern WEEKDAY_AT_END = Pattern.compile("\\s+" + WEEKDAYS + "$");
  private static final Pattern WEEKDAY_AT_START = Pattern.compile("^" + WEEKDAYS + ",?\\s+");
  /** The sharing card's label for the author's line, in the languages SEO plugins print it in. */
  private static final Pattern WRITTEN_BY = Pattern.compile("(?iu)written by|verfasst von|geschrieben von|escrito por|"
      + "écrit par|scritto da|geschreven door|skrevet av|skrevet af|skrivet av|kirjoittanut|napisane przez|napsal|autor|author");
  private static final Evaluator LOOSE_AUTHOR_MARKUP = Query.of("address, a[href*=/profile/]");
  private static final Evaluator AUTHOR_REL = Query.of("[rel~=(?i)^author$]");
  // The date queries walk the whole page, most often finding nothing: compiled once, and each
  // element turned away by its tag or attribute before the alternatives and :not() are tried.
  private static final MarkupIndex.Kind PUBLISHED_TIME = MarkupIndex.kind("time[itemprop=datePublished], time[pubdate], "
      + "article time[datetime]:not(" + UPDATED + "), time[datetime]:not(" + UPDATED + ")", g -> g.is("time"));
  private static final MarkupIndex.Kind PUBLISHED_MICRODATA = MarkupIndex.kind("[itemprop=datePublished]:not(meta)",
      g -> g.hasItemprop() && g.attributeContains("itemprop", "datepublished"));
  /** The meta keys that declare the publication, surest first. */
  private static final String[] PUBLISHED_KEYS = {"article:published_time", "og:published_time", "datepublished", "pubdate",
      "publishdate", "publish-date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "dcterms.issued",
      "parsely-pub-date", "sailthru.date", "article.published"};
  /** Of those, the keys that name a document's date without saying which. */
  private static final List<String> GENERIC_DATE_KEYS = List.of("date", "dc.date", "dcterms.date");
  private static final MarkupIndex.Kind MODIFIED_TIME = MarkupIndex.kind("time[itemprop=dateModified]", g -> g.is("time"));
  /**
   * The kinds of markup read on every HTML page, marked during the page's one walk before cleaning;
   * printed dates are looked for only where nothing declares a date. The byline kinds are marked too,
   * though only pages declaring no author read them: tested while the walk has the element at hand,
   * they cost less on every page than a second pass over the elements' classes costs the pages that do.
   */
  static final List<MarkupIndex.Kind> EVERY_PAGE = Stream.of(List.of(JsonLd.SCRIPTS, MetaTags.WITH_CONTENT, H1, CANONICAL,
      HEADINGS, STANDFIRST, ARTICLES, PUBLISHED_TIME, PUBLISHED_MICRODATA, MODIFIED_TIME), BYLINE_SELECTORS)
      .flatMap(List::stream).toList();
  /** Every kind of markup the metadata looks for: those of every page, then those asked for on demand (for MarkupIndexTest). */
  static final List<MarkupIndex.Kind> MARKUP = Stream.of(EVERY_PAGE, List.of(DATE_ELEMENTS_QUERY), AUTHOR_BOXES)
      .flatMap(List::stream).toList();
  /** Below this many words a page is no story, whatever it declares. */
  private static final int MIN_WORDS = 30;
  /** A page declared as an article may be a short post: a quip, a short notice, a picture's few lines. */
  private static final int MIN_WORDS_DECLARED = 15;
  /** Below this many words an undeclared page is taken for a listing or a stub. */
  private static final int MIN_WORDS_UNDECLARED = 120;
  private static final int TEASER_WORDS = 400;
  /** A teaser prompt is a short line: an element with this much text is read as none. */
  private static final int TEASER_MAX_CHARS = 200;
  /** A chosen block this free of links and this long is a story, however many links the page has around it. */
  private static final double STORY_MAX_LINK_DENSITY = 0.15;
  private static final int STORY_MIN_WORDS = 60;
  /** A declared articleBody shorter than this is a teaser, never a replacement body. */
  private static final int DECLARED_BODY_MIN_WORDS = 80;

  private HtmlPageExtractor() {}

  /** The story of a parsed page ({@code urlHint}, when known, as its base URI). */
  public static ArticleDraft extract(Document doc, String urlHint) {
    ArticleDraft d = new ArticleDraft();
    // Metadata is read before cleaning, from one walk of the page for all its queries.
    MarkupIndex markup = MarkupIndex.of(doc, EVERY_PAGE);
    Map<String, Object> ld = JsonLd.article(markup);
    MetaTags meta = new MetaTags(markup);
    boolean declaredArticle = ld != null || "article".equalsIgnoreCase(meta.first("og:type"))
        || meta.first("article:published_time") != null;

    Element h1 = markup.first(H1);
    readMetadata(markup, ld, meta, h1, urlHint, d);
    String imageUrl = first(meta.first("og:image", "og:image:url", "twitter:image"), JsonLd.text(ld, "image"));

    declaredArticle |= markup.select(ARTICLES).size() == 1;
    // The metadata only reads the page, so the index still lists its elements for cleaning's first passes.
    // Measured after cleaning (as cleaning leaves the page): menus and footers make every page link-heavy; a
    // listing stays so without them. One measure of the cleaned page serves scoring and block writing.
    TextLengths lengths = MainContent.clean(markup);
    double pageLinkDensity = lengths.linkDensity(doc.body());
    Element container = MainContent.best(doc, lengths);
    BlockWriter writer = BlockWriter.write(MainContent.leads(container, lengths), container, d.title, lengths);
    readBody(writer.blocks(), d);
    if (d.authors.isEmpty() || d.authors.size() == 1 && d.authors.get(0).indexOf(' ') < 0) {
      readSignature(d);
    }
    d.captions.addAll(writer.captions());
    // Counted once: the judgements below and the article's word count all read this one figure.
    int words = ArticleAssembly.wordCount(d.body, writer::words);
    if (useDeclaredBodyIfRicher(ld, d, words)) {
      words = ArticleAssembly.wordCount(d.body);
    }
    d.bodyWords = words;
    if (imageUrl != null) {
      String abs = resolve(imageUrl, urlHint);
      d.image = d.captions.stream().filter(c -> abs.equals(c.imageUrl())).findFirst()
          .map(c -> new Image(abs, c.text(), c.credit())).orElse(new Image(abs, null, null));
    } else {
      // Without a declared share image, the story's first captioned picture is its lead.
      d.image = d.captions.stream().filter(c -> c.imageUrl() != null).findFirst()
          .map(c -> new Image(c.imageUrl(), c.text(), c.credit())).orElse(null);
    }
    // A dated, signed page with paragraphs is a story even without article markup (Dublin Core sites).
    declaredArticle |= d.published != null && !d.authors.isEmpty();
    rejectNonArticles(doc, d, words, declaredArticle, pageLinkDensity, lengths.linkDensity(container), h1);
    boolean paywalled = ld != null && "false".equalsIgnoreCase(JsonLd.text(ld, "isAccessibleForFree"));
    d.truncated = words < TEASER_WORDS && (paywalled || hasTeaser(doc));
    return d;
  }

  /** Everything the page declares about the story, most specific source first. */
  private static void readMetadata(MarkupIndex markup, Map<String, Object> ld, MetaTags meta, Element h1, String urlHint,
      ArticleDraft d) {
    Document doc = markup.document();
    d.url = firstUrl(urlHint, markup.select(CANONICAL).attr("href"), meta.first("og:url"),
        JsonLd.text(ld, "url"), JsonLd.text(ld, "mainEntityOfPage"), urlHint);
    String siteName = first(meta.first("og:site_name", "application-name"),
        JsonLd.text(ld == null ? null : ld.get("publisher"), "name"));
    String ldPublisher = JsonLd.text(ld, "publisher");
    d.publisher = canonicalName(first(ldPublisher, siteName));
    d.host = KnownSources.aggregatorOfHost(CanonicalUrl.host(d.url));
    if (d.host == null && siteName != null) {
      d.host = KnownSources.aggregator(siteName);
    }
    // Dublin Core describes the document itself; OpenGraph and Twitter titles are written for sharing
    // and are often reworded teasers, so they come after it.
    String documentTitle = doc.title(); // looked up in the head each time it is asked for
    String declared = ldTitle(ld, documentTitle, h1);
    String[] titles = {declared, meta.first("dc.title", "dcterms.title", "og:title", "twitter:title", "parsely-title",
        "sailthru.title"), documentTitle, h1 == null ? null : h1.text()};
    // Some sites fill the share title with their own name: then it names no story, and the next source does.
    String rawTitle = firstNotNaming(siteName, titles);
    List<String> headings = new ArrayList<>();
    List<String> logos = new ArrayList<>();
    for (Element h : markup.select(HEADINGS)) {
      (isLogo(h) ? logos : headings).add(withoutKicker(h));
    }
    // Some CMSs cut a long JSON-LD headline at a fixed length, leaving the space before the cut.
    boolean cutAtSpace = ld != null && ld.get("headline") instanceof String h && rawTitle != null && h.strip().equals(rawTitle)
        && Character.isWhitespace(h.charAt(h.length() - 1));
    rawTitle = completed(rawTitle, headings, documentTitle, cutAtSpace);
    d.title = cleanTitle(rawTitle, headings, logos, siteName, d.publisher, CanonicalUrl.host(d.url));
    d.subtitle = first(JsonLd.text(ld, "alternativeHeadline"), standfirst(markup, d.title));
    // As for the title: what the story's structured data and Dublin Core say of it, before the teaser
    // written for share cards.
    d.description = first(JsonLd.text(ld, "description"),
        meta.first("dc.description", "dcterms.description", "og:description", "description", "twitter:description"));
    d.section = first(JsonLd.text(ld, "articleSection"), meta.first("article:section", "parsely-section", "section"));
    for (String tag : meta.all("article:tag")) {
      d.tags.addAll(List.of(COMMA.split(tag.strip())));
    }
    if (d.tags.isEmpty()) {
      d.tags.addAll(JsonLd.texts(ld, "keywords", true));
    }
    if (d.tags.isEmpty() && meta.first("news_keywords", "keywords") != null) {
      d.tags.addAll(List.of(COMMA.split(meta.first("news_keywords", "keywords"))));
    }
    Element html = doc.selectFirst(HTML);
    String declaredLanguage = first(html == null ? null : html.attr("lang"),
        meta.first("content-language", "og:locale", "dc.language", "language"), JsonLd.text(ld, "inLanguage"));
    d.language = LanguageGuess.declared(declaredLanguage);
    // Without an article node, SEO plugins' graphs date the page and name its author on the page's node.
    Map<String, Object> webPage = ld == null ? JsonLd.webPage(markup) : null;
    readDates(markup, ld, webPage, meta, documentTitle, declaredLanguage, d);
    readAuthors(markup, ld != null ? ld : webPage, meta, siteName, d);
  }

  /**
   * The JSON-LD title: its headline, unless the node's name differs and is the one the page shows as
   * its title or h1 (a headline field holding a category or a tagline, a name holding the title).
   */
  private static String ldTitle(Map<String, Object> ld, String documentTitle, Element h1) {
    String headline = JsonLd.text(ld, "headline");
    String name = JsonLd.text(ld, "name");
    if (name == null || name.equals(headline) || name.startsWith("http")) {
      return headline;
    }
    if (headline == null) {
      return name;
    }
    String shown = (documentTitle == null ? "" : documentTitle) + "\n" + (h1 == null ? "" : h1.text());
    return shown.contains(name) && !shown.contains(headline) ? name : headline;
  }

  /**
   * The whole title where the declared one was cut to fit a share card ("… for Hong Kong leader...",
   * or mid-word): a heading or the document title that starts with it and goes on is the full one.
   */
  static String completed(String title, List<String> headings, String documentTitle, boolean endsInSpace) {
    if (title == null) {
      return null;
    }
    String t = SPACES.matcher(title).replaceAll(" ").strip();
    String cut = ELLIPSIS.matcher(t).replaceFirst("");
    boolean ellipsis = cut.length() < t.length();
    if (cut.length() < 10) {
      return title;
    }
    boolean cutAtSpace = endsInSpace && cut.length() >= MIN_CUT_AT_SPACE;
    List<String> fuller = new ArrayList<>(headings);
    // The document title often repeats the site name or URL glued on; it completes only an ellipsis.
    if (ellipsis) {
      fuller.add(documentTitle);
    }
    for (String f : fuller) {
      String full = f == null ? "" : ELLIPSIS.matcher(SPACES.matcher(f).replaceAll(" ").strip()).replaceFirst("");
      if (full.equals(cut)) {
        return title; // the page shows it so: its ellipsis is part of the title
      }
      // A shorter title that ends on a whole word is a title of its own, not a cut one.
      // A headline that kept the space before its cut ends on a whole word.
      boolean midWord = !endsInSpace && full.length() > cut.length() && Character.isLetterOrDigit(full.charAt(cut.length()))
          && Character.isLetterOrDigit(cut.charAt(cut.length() - 1));
      boolean nextWord = full.length() > cut.length() && Character.isWhitespace(full.charAt(cut.length()));
      if (full.length() > cut.length() && full.startsWith(cut) && (ellipsis || midWord || cutAtSpace && nextWord)) {
        return full;
      }
    }
    return title;
  }

  /** The dek under the headline, where the page marks one up; read before cleaning, which drops headers. */
  private static String standfirst(MarkupIndex markup, String title) {
    for (Element e : markup.select(STANDFIRST)) {
      String text = SPACES.matcher(e.text()).replaceAll(" ").strip();
      if (text.length() >= 30 && text.length() <= 400 && !text.equals(title)) {
        return text;
      }
    }
    return null;
  }

  private static void readDates(MarkupIndex markup, Map<String, Object> ld, Map<String, Object> webPage, MetaTags meta,
      String documentTitle, String language, ArticleDraft d) {
    // Slash dates ("03/05/2022") are read in the order the page's language writes them.
    PublicationDate.SlashOrder order = PublicationDate.SlashOrder.of(language);
    Element time = markup.first(PUBLISHED_TIME);
    Element microdata = markup.first(PUBLISHED_MICRODATA);
    List<String> declared = new ArrayList<>();
    // What declares the publication as such, without the bare "date" metas that may date the page.
    List<String> specific = new ArrayList<>();
    specific.add(JsonLd.text(ld, "datePublished"));
    declared.add(specific.get(0));
    // Every tag of every key in turn: one the reader cannot read does not hide the next.
    for (String key : PUBLISHED_KEYS) {
      declared.addAll(meta.all(key));
      if (!GENERIC_DATE_KEYS.contains(key)) {
        specific.addAll(meta.all(key));
      }
    }
    // A time element may carry its machine date as microdata's content instead of datetime:
    // that one keeps the time of day its printed text may leave out.
    List<String> marked = Arrays.asList(time == null ? null : time.attr("datetime"), time == null ? null : time.attr("content"),
        time == null ? null : time.text(),
        microdata == null ? null : microdata.attr("content"), microdata == null ? null : microdata.attr("title"),
        microdata == null ? null : microdata.text(),
        JsonLd.text(ld, "dateCreated"));
    declared.addAll(marked);
    specific.addAll(marked);
    d.published = PublicationDate.withWrittenOffset(firstDate(declared.toArray(String[]::new)), declared);
    boolean bareMetaOnly = d.published != null && firstDate(specific.toArray(String[]::new)) == null;
    // The date line printed with the story is a walk of the page: read once, where a rule below needs it.
    String line = d.published == null || bareMetaOnly || d.published.endsWith("Z") ? printedLine(markup, d.title, order) : null;
    if (bareMetaOnly) {
      // Dated by a bare "date" meta alone, which often dates the page's last rendering: a day printed
      // with the story before it is the story's.
      String printed = dateLine(line, order);
      if (printed != null && printed.compareTo(d.published.substring(0, 10)) < 0) {
        d.published = printed;
      }
    }
    if (d.published != null && d.published.endsWith("Z")) {
      // A UTC timestamp says nothing of the page's own day: the date line it prints does.
      String day = dateLine(line, order);
      if (day != null && dateLine(line) == null && PublicationDate.timeIn(line) == null) {
        // A slash date's order is the language's guess: without a time agreeing with the instant, it
        // does not move one.
        day = null;
      }
      d.published = PublicationDate.inPrintedDay(d.published, day == null ? null : LocalDate.parse(day), line);
    }
    if (d.published == null) {
      d.published = first(dateLine(line, order), titleDate(documentTitle, meta.first("og:title")),
          PublicationDate.inUrl(d.url));
    }
    if (d.published == null && ld == null) {
      // No article node and nothing printed: the page's own node, as SEO plugins write it, dates the post.
      d.published = firstDate(JsonLd.text(webPage, "datePublished"));
    }
    Element modified = markup.first(MODIFIED_TIME);
    d.updated = firstDate(JsonLd.text(ld, "dateModified"), meta.first("article:modified_time", "og:updated_time",
        "datemodified", "dcterms.modified", "last-modified"), modified == null ? null : modified.attr("datetime"));
  }

  /**
   * The day a title part names when it is only a full date ("08.11.2021 | Ferry stops", "Ferry stops -
   * 2021-11-08"): sites that print no date line put the day a notice was posted in its title.
   */
  private static String titleDate(String... titles) {
    for (String title : titles) {
      // A title is a line: a longer value (an og:title of a million spaces) is no title, and splitting it
      // on separators between runs of whitespace would cost its length squared.
      if (title == null || title.length() > MAX_TITLE_FOR_DATE || !PublicationDate.mayHoldYear(title)) {
        continue;
      }
      for (String part : TITLE_SEPARATOR.split(title)) {
        String date = DATE_PART.matcher(part.strip()).matches() ? dateLine(part.strip()) : null;
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** Inside site chrome: an ancestor (not the element itself) is navigation, a menu or comments. */
  private static boolean belowChrome(Element e) {
    return e.parent() != null && e.parent().closest(CHROME_QUERY) != null;
  }

  /**
   * The date printed with the story where no markup declares one: the first short date line after
   * the headline ("Posted on 18. Mai 2014"), in an element whose name says it holds a date. Only a
   * full day counts, and only near the top: a copyright year or a teaser's date further down is not
   * the story's.
   */
  static String printedDate(MarkupIndex markup, String title) {
    return dateLine(printedLine(markup, title, null));
  }

  /** The text of the line {@link #printedDate(MarkupIndex, String)} reads its day from, or null: the line may also print the time. */
  private static String printedLine(MarkupIndex markup, String title, PublicationDate.SlashOrder order) {
    Element headline = headline(markup, title);
    int[] body = markup.bodyRange();
    int from = body[0];
    int headlineAt = headline == null ? -1 : markup.position(H1, headline);
    if (headlineAt >= body[0] && headlineAt < body[1]) {
      // A date line above the headline counts only within this many elements of it: those further up
      // are forgotten before the headline is reached, so they are not looked at.
      from = Math.max(from, headlineAt - MAX_ELEMENTS_BEFORE_HEADLINE - 1);
    }
    return printedLine(markup, headline, from, order);
  }

  /** {@link #printedDate(MarkupIndex, String)} read from position {@code from} of the body on (its test reads all of it). */
  static String printedDate(MarkupIndex markup, Element headline, int from) {
    return dateLine(printedLine(markup, headline, from, null));
  }

  /** The line read as {@link #printedLine(MarkupIndex, String, PublicationDate.SlashOrder)} reads it; {@code order} null reads no slash dates. */
  private static String printedLine(MarkupIndex markup, Element headline, int from, PublicationDate.SlashOrder order) {
    boolean after = headline == null;
    int seen = 0;
    int sinceHeadline = 0;
    String before = null;
    int sinceBefore = 0;
    String above = null;
    List<Element> all = markup.all();
    int[] body = markup.bodyRange();
    for (int at = from; at < body[1]; at++) {
      Element e = all.get(at);
      Deadline.check();
      if (e == headline) {
        after = true;
        above = lineRightAbove(all, body[0], at, order);
        continue;
      }
      if (!after) {
        // A kicker line above the headline ("Bonn, 11.10.2021", "Jan 18, 2019") dates the story
        // when nothing below does; only the nearest, and never one in a list of teasers.
        String line = markup.matches(DATE_ELEMENTS_QUERY, at) && !belowChrome(e) && !updateOnly(e) && e.closest(LIST_ITEM) == null
            ? lineText(e) : null;
        if (dateLine(line, order) != null) {
          before = line;
          sinceBefore = 0;
        } else if (before != null && ++sinceBefore > MAX_ELEMENTS_BEFORE_HEADLINE) {
          before = null;
        }
        continue;
      }
      boolean dateElement = markup.matches(DATE_ELEMENTS_QUERY, at);
      boolean underHeadline = ++sinceHeadline <= MAX_ELEMENTS_UNDER_HEADLINE;
      // Right under the headline, a line that is nothing but a date needs no class to say so. Its
      // text is read once, and not at all for an element whose class already says it holds a date.
      String text = null;
      if (!dateElement) {
        if (!underHeadline || e.ownText().length() > MAX_DATE_LINE) {
          continue;
        }
        text = lineText(e);
        if (text == null || !isDateLine(text)) {
          continue;
        }
      }
      if (belowChrome(e) || updateOnly(e)) {
        continue;
      }
      String line = text != null ? text : lineText(e);
      if (dateLine(line, order) != null) {
        // A date line right above the headline is the headline's own; one further down than the lines
        // right under it may be a teaser's.
        return above != null && !underHeadline ? above : line;
      }
      if (dateElement && ++seen >= MAX_DATE_ELEMENTS) {
        break;
      }
    }
    return above != null ? above : before;
  }

  /**
   * A date line printed right above the headline in markup that does not name it ("31.01.2022 2. HBL"
   * in a bare {@code <small>}, a bare {@code <h3>21.01.2022</h3>}): the nearest element before the
   * headline that holds text and does not contain it. Only that one: further up, an unmarked date
   * is as likely a teaser's.
   */
  private static String lineRightAbove(List<Element> all, int bodyStart, int headlineAt, PublicationDate.SlashOrder order) {
    // Walking back in document order meets the headline's containers nearest first.
    Element container = all.get(headlineAt).parent();
    for (int at = headlineAt - 1; at >= bodyStart && at >= headlineAt - MAX_ELEMENTS_BEFORE_HEADLINE; at--) {
      Element e = all.get(at);
      if (e == container) {
        container = container.parent();
        continue;
      }
      if (!e.hasText()) {
        continue;
      }
      String text = e.ownText().length() > MAX_DATE_LINE ? null : lineText(e);
      boolean dateLine = text != null && isDateLine(text);
      return dateLine && !belowChrome(e) && !updateOnly(e) && e.closest(LIST_ITEM) == null && dateLine(text, order) != null ? text : null;
    }
    return null;
  }

  /**
   * Marked as an update's date. A theme marks a never-updated post's one {@code <time>} both
   * "published" and "updated" (WordPress's "entry-date published updated"): that one dates the
   * publication. Other elements so marked are microformats of anything (an infobox's founding day).
   */
  private static boolean updateOnly(Element e) {
    return e.is(UPDATED_QUERY) && !(e.nameIs("time") && e.hasClass("published"));
  }

  /**
   * The element's text where it may be a date line, else null. The element under a headline is often
   * the story's whole body: holding more letters and digits than a date line has characters, it is no
   * date line, and its text is not built only to be measured.
   */
  private static String lineText(Element e) {
    return holdsMoreThan(e, MAX_DATE_LINE) ? null : e.text();
  }

  /**
   * Whether the element's text surely holds more than {@code limit} characters: its text nodes hold
   * more letters and digits than that, and {@link Element#text()} keeps every one of them (it folds
   * only whitespace and drops only invisible format characters). Stops counting once past the limit.
   */
  static boolean holdsMoreThan(Element e, int limit) {
    int[] count = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText();
          for (int i = 0; i < s.length() && count[0] <= limit; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
              count[0]++;
            }
          }
        }
        return count[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, e);
    return count[0] > limit;
  }

  /** {@link #dateLine(String)}, or else the slash date of the line read in {@code order} (none when null). */
  private static String dateLine(String text, PublicationDate.SlashOrder order) {
    String date = dateLine(text);
    if (date != null || order == null || text == null || text.length() > MAX_DATE_LINE) {
      return date;
    }
    LocalDate day = PublicationDate.slashDate(text, order);
    return day == null ? null : day.toString();
  }

  /** The first full date of a short line, or null: a paragraph mentioning a date is prose. */
  private static String dateLine(String text) {
    if (text == null || text.length() > MAX_DATE_LINE) {
      return null;
    }
    List<LocalDate> dates = PublicationDate.datesIn(text);
    if (dates.isEmpty()) {
      LocalDate day = PublicationDate.shortDottedLine(text);
      return day == null ? null : day.toString();
    }
    return dates.get(0).toString();
  }

  /** Whether {@code s} holds a digit: a line without one prints no date. */
  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A date or timestamp with nothing else, as beside a name in an unmarked byline ("11.12.2019 - Ana Ruiz"). */
  private static boolean isBareDate(String text) {
    return PublicationDate.isTimestamp(text) || PublicationDate.shortDottedLine(text) != null;
  }

  /**
   * A line that prints a date and next to nothing else: a timestamp, a date with a label or a weekday
   * in any of the languages {@link DateLine} reads, or a day with a two-digit year ("28.09.19").
   */
  private static boolean isDateLine(String text) {
    return PublicationDate.isTimestamp(text) || DateLine.is(text) || PublicationDate.shortDottedLine(text) != null;
  }

  /** The story's people; {@code ld} is its article node, or without one the page's node (which SEO graphs sign). */
  private static void readAuthors(MarkupIndex markup, Map<String, Object> ld, MetaTags meta, String siteName,
      ArticleDraft d) {
    List<String> declared = new ArrayList<>();
    for (JsonLd.Person p : JsonLd.people(ld, "author")) {
      declared.addAll(p.typed() ? PersonNames.declared(p.name()) : PersonNames.split(p.name(), false));
    }
    // Dublin Core gives each creator an element of their own, often surname first.
    if (declared.isEmpty()) {
      for (String creator : meta.all("dc.creator").isEmpty() ? meta.all("dcterms.creator") : meta.all("dc.creator")) {
        declared.addAll(declaredAuthors(PersonNames.uninverted(creator)));
      }
    }
    if (declared.isEmpty()) {
      declared.addAll(declaredAuthors(meta.first("author", "article:author", "article:author_name", "parsely-author",
          "sailthru.author", "byl")));
    }
    // Many CMSs fill the author fields with the site's own name ("Badische Zeitung" on badische-zeitung.de):
    // then a byline in the page names who wrote the story. Without one, the declared name stays: a personal
    // site is often named after its author.
    if (!declared.isEmpty() && !namesTheSite(declared, siteName, d)) {
      d.authors.addAll(declared);
      return;
    }
    List<String> brands = new ArrayList<>(declared);
    brands.add(siteName);
    brands.add(d.publisher);
    readBylineAuthors(markup, brands, d);
    // The sharing card's "Written by" is the account that posted the story, which co-author plugins and
    // guest posts set apart from the byline shown: it counts only where the page shows none.
    if (d.authors.isEmpty()) {
      List<String> posted = declaredAuthors(meta.labelled(WRITTEN_BY));
      if (!namesTheSite(posted, siteName, d)) {
        d.authors.addAll(posted);
      }
    }
    if (d.authors.isEmpty()) {
      d.authors.addAll(declared);
    }
  }

  /**
   * The people a story signs in its own text, where nothing else named them (or only by a first name, which
   * the signature then gives in full): one of its first three or
   * last three paragraphs or headings is a byline line ("Von Mara Lindqvist", "Written by: Jonas Weber"),
   * as press releases and blogs sign (a teaser and a picture's line may come first; some set it as a small
   * heading). It stays in the body, where the page shows it.
   */
  private static void readSignature(ArticleDraft d) {
    List<Block> paragraphs = new ArrayList<>();
    for (Block b : d.body) {
      if (Block.PARAGRAPH.equals(b.type()) || Block.HEADING.equals(b.type())) {
        paragraphs.add(b);
      }
    }
    int n = paragraphs.size();
    for (int i = 0; i < n; i++) {
      if (i >= SIGNING_PARAGRAPHS && i < n - SIGNING_PARAGRAPHS) {
        continue;
      }
      String text = paragraphs.get(i).text();
      if (text.length() > MAX_BYLINE_LINE || PHOTO_CREDIT.matcher(text).lookingAt()) {
        continue;
      }
      Byline b = explicitByline(LEADING_RULE.matcher(text).replaceFirst(""));
      if (b != null) {
        // Where a first name alone was declared ("Nils"), the story's signature gives it in full.
        if (d.authors.isEmpty()) {
          d.authors.addAll(b.authors());
        } else if (b.authors().size() == 1 && b.authors().get(0).startsWith(d.authors.get(0) + " ")) {
          d.authors.set(0, b.authors().get(0));
        }
        return;
      }
    }
  }

  /** Whether one of {@code names} holds {@code name} (of four characters or more), ignoring case. */
  private static boolean holdsName(List<String> names, String name) {
    if (name == null || name.length() < 4) {
      return false;
    }
    for (String n : names) {
      if (n.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether every one of {@code names} is the site's name, its publisher's or its host's. */
  private static boolean namesTheSite(List<String> names, String siteName, ArticleDraft d) {
    String host = CanonicalUrl.host(d.url);
    for (String name : names) {
      String bare = LEADING_ARTICLE.matcher(name).replaceFirst("");
      if (!(sameName(name, siteName) || sameName(name, d.publisher) || namesHost(name, host, false)
          || !bare.equals(name) && namesHost(bare, host, false))) {
        return false;
      }
    }
    return true;
  }

  /** The people the page's byline markup or a byline line names, where nothing declares them. */
  private static void readBylineAuthors(MarkupIndex markup, List<String> brands, ArticleDraft d) {
    // Both searches start from the headline, found once.
    Element headline = headline(markup, d.title);
    int at = headline == null ? -1 : markup.position(H1, headline);
    Element byline = bylineElement(markup, at);
    Byline b = byline != null ? byline(byline) : bylineLine(markup, at);
    if (byline == null && b == null) {
      b = authorBox(markup, at);
    }
    // A line under the headline that names the site (brands: its name, its publisher, or the site
    // name declared as author) is its section and brand ("Handel Valley Post"), not a byline.
    if (byline == null && b != null) {
      for (String brand : brands) {
        if (holdsName(b.authors(), brand)) {
          return;
        }
      }
    }
    // A site's own account, one word named like its host ("valleyblog" on valleyblog.de), signs for no
    // person; a personal site named after its author ("Jo Weber" on jo-weber.de) keeps its author.
    if (b != null && !(b.authors().size() == 1 && b.authors().get(0).indexOf(' ') < 0
        && namesHost(b.authors().get(0), CanonicalUrl.host(d.url), false))) {
      d.authors.addAll(b.authors());
      if (d.publisher == null) {
        d.publisher = b.agency();
      }
    }
  }

  /** The people an author meta tag names ("By A and B, Staff", "A, B"), none for a profile address. */
  private static List<String> declaredAuthors(String declared) {
    if (declared == null || declared.startsWith("http")) {
      return List.of();
    }
    Byline b = Byline.parse(declared.startsWith("By ") || declared.startsWith("by ") ? declared : "By " + declared);
    return b != null && !b.authors().isEmpty() ? b.authors() : PersonNames.declared(declared);
  }

  /**
   * The element that signs the story: of the surest kind of byline markup the page has, the first
   * one after the headline, else the nearest one before it. Pages repeat author markup for every
   * teaser they list, and the story's own byline sits right under its headline ({@code at}: its
   * position in the index, -1 for a page without one).
   */
  private static Element bylineElement(MarkupIndex markup, int at) {
    // Each kind of markup is selected once for both passes below, all in one pass over the page's
    // elements: nine pages in ten that get here go on to the loosest kind.
    List<int[]> kinds = markup.positionsEach(BYLINE_SELECTORS);
    // A one-word signature is a weaker sign than a full name in looser markup: it is looked for
    // only when no markup of any kind names a person in full. Then every candidate's text was read
    // as names and named no one, so the second pass does not read it as names again.
    Element signed = bylineElement(markup, kinds, at, false);
    return signed != null ? signed : bylineElement(markup, kinds, at, true);
  }

  /**
   * Of the first kind with a candidate that signs ({@link #signs}), the first such after the
   * headline at position {@code headline}, else the last such at or before it (the first such
   * of all where there is no headline). Candidates are read outward from the headline, so most
   * pages read a few, not every teaser's.
   */
  private static Element bylineElement(MarkupIndex markup, List<int[]> kinds, int headline, boolean signatures) {
    for (int[] kind : kinds) {
      Element signed = outwardFromHeadline(markup.all(), kind, headline, e -> signs(e, signatures) ? e : null);
      if (signed != null) {
        return signed;
      }
    }
    return null;
  }

  /**
   * The first answer {@code read} gives for the candidates at {@code positions} (in document order) after
   * the headline at position {@code headline}, else for those at or before it, nearest first: a story's
   * byline stands right under its headline, and pages repeat bylines for every teaser they list.
   */
  private static <T> T outwardFromHeadline(List<Element> all, int[] positions, int headline, Function<Element, T> read) {
    int after = 0;
    while (after < positions.length && positions[after] <= headline) {
      after++;
    }
    for (int i = after; i < positions.length; i++) {
      T found = read.apply(all.get(positions[i]));
      if (found != null) {
        return found;
      }
    }
    for (int i = after - 1; i >= 0; i--) {
      T found = read.apply(all.get(positions[i]));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * A byline printed in markup that does not name it, on one of the lines right under the headline:
   * "Von Tobias Kuske", "Par Ana Ruiz le 7 mai 2020", "Posted on … by …", "11.12.2019 - Ana Ruiz". There
   * a line counts only with its "By" (or a byline's lead-in), or as a name beside a date: a line that
   * merely looks like names may be anything. Credits of photos and captions are no bylines. {@code
   * headline} is the headline's position in the index, -1 for a page without one.
   */
  private static Byline bylineLine(MarkupIndex markup, int headline) {
    if (headline < 0) {
      return null;
    }
    List<Element> all = markup.all();
    int lines = 0;
    for (int at = markup.end(headline); at < all.size() && lines < MAX_LINES_TO_BYLINE; at++) {
      if (!all.get(at).hasText()) {
        continue;
      }
      lines++;
      Byline b = bylineLine(all.get(at));
      if (b != null) {
        // The innermost line that reads so: a box around the byline may also hold a date and a share bar.
        // The first descendant that reads as a byline, then the first inside it, and so on.
        int end = markup.end(at);
        for (int inner = at + 1; inner < end; inner++) {
          Byline closer = bylineLine(all.get(inner));
          if (closer != null) {
            b = closer;
            end = markup.end(inner);
          }
        }
        return b;
      }
    }
    return null;
  }

  /**
   * A byline in a box whose class only contains "author" ("content__author", "post-author-info"), where no
   * surer markup and no line under the headline named anyone: such classes also mark bios, avatars and
   * "more by" lists, so the box counts only with a byline's "By" or lead-in, or as names alone, and not
   * in chrome. The first after the headline, else the nearest before it.
   */
  private static Byline authorBox(MarkupIndex markup, int headline) {
    int[] boxes = markup.positionsEach(AUTHOR_BOXES).get(0);
    List<Element> all = markup.all();
    Element story = headline < 0 ? null : all.get(headline);
    // Each card is judged once: a page may hold thousands of boxes in one article.
    Map<Element, Boolean> cards = new IdentityHashMap<>();
    return outwardFromHeadline(all, boxes, headline, e -> authorBox(e, story, cards));
  }

  private static Byline authorBox(Element e, Element headline, Map<Element, Boolean> cards) {
    Deadline.check();
    // The box's text is built only where it is short enough to be a byline.
    if (holdsMoreThan(e, MAX_BYLINE_LINE) || inChrome(e) || teaserCard(e, headline, cards)) {
      return null;
    }
    String text = e.text().strip();
    if (text.isEmpty() || text.length() > MAX_BYLINE_LINE || PHOTO_CREDIT.matcher(text).lookingAt()) {
      return null;
    }
    // Responsive pages print the name twice, for small and large screens, in spans that touch.
    int half = text.length() / 2;
    if (text.length() % 2 == 0 && text.regionMatches(0, text, half, half)) {
      text = text.substring(half).strip();
    }
    Byline b = explicitByline(text);
    // Names alone count only where no lead-in stood before them: "Eingestellt von Unknown" named nobody.
    if (b == null && Byline.withoutLeadIn(text).equals(text)) {
      b = Byline.parse(text);
      if (b != null && b.authors().stream().anyMatch(PersonNames::holdsLabel)) {
        return null;
      }
    }
    return b != null && !b.authors().isEmpty() ? b : null;
  }

  /**
   * Whether {@code e} stands in another story's teaser card: an article element that does not hold the
   * headline and has fewer than three paragraphs (the story's own article, where the headline stands
   * above it, has its text).
   */
  private static boolean teaserCard(Element e, Element headline, Map<Element, Boolean> cards) {
    Element card = headline == null ? null : e.closest(ARTICLE);
    if (card == null || card == headline.closest(ARTICLE)) {
      return false;
    }
    return cards.computeIfAbsent(card, c -> {
      int[] paragraphs = {0};
      NodeTraversor.filter(new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
          if (node instanceof Element p && p.nameIs("p")) {
            paragraphs[0]++;
          }
          return paragraphs[0] >= 3 ? FilterResult.STOP : FilterResult.CONTINUE;
        }
      }, c);
      return paragraphs[0] < 3;
    });
  }

  /** The byline an unmarked element's short text prints, as {@link #bylineLine(MarkupIndex, int)} reads it, or null. */
  private static Byline bylineLine(Element e) {
    String text = lineText(e);
    if (text == null || text.length() > MAX_BYLINE_LINE || PHOTO_CREDIT.matcher(text).lookingAt()
        || e.closest(FIGURE) != null || inChrome(e)) {
      return null;
    }
    // The whole line, else each of its parts ("News | By Ana Ruiz | April 13, 2020"), may say "By".
    String line = LEADING_RULE.matcher(text).replaceFirst("");
    Byline b = explicitByline(line);
    if (b == null && line.indexOf('|') >= 0) {
      for (String part : PARTS_OF_A_LINE.split(line)) {
        b = b != null ? b : explicitByline(part);
      }
    }
    if (b != null) {
      return b;
    }
    if (!hasDigit(line)) {
      return null;
    }
    // Names before the first separator with a bare date after it, or after the last with a bare date,
    // perhaps with its weekday, before it ("Dienstag, 01. Februar 2022 12:10, Ana Ruiz"): words beside
    // a labelled date are a category as often as a name ("Im Wortlaut, Radio Bremen, 12.11.2021").
    Matcher beside = DATE_SEPARATOR.matcher(line);
    int firstStart = -1;
    int firstEnd = -1;
    int lastStart = -1;
    int lastEnd = -1;
    while (beside.find()) {
      if (firstStart < 0) {
        firstStart = beside.start();
        firstEnd = beside.end();
      }
      lastStart = beside.start();
      lastEnd = beside.end();
    }
    if (firstStart < 0) {
      return null;
    }
    String person = isBareDate(line.substring(firstEnd)) ? WEEKDAY_AT_END.matcher(line.substring(0, firstStart)).replaceFirst("")
        : isBareDate(WEEKDAY_AT_START.matcher(line.substring(0, lastStart).strip()).replaceFirst(""))
            ? line.substring(lastEnd) : null;
    if (person == null) {
      return null;
    }
    person = person.strip();
    String named = Byline.withoutLeadIn(person);
    b = Byline.parse(named.equals(person) ? person : "By " + named);
    return b != null && !b.authors().isEmpty() ? b : null;
  }

  /** The people {@code line} names after its "By" or a byline's lead-in, else null. */
  private static Byline explicitByline(String line) {
    String text = line.strip();
    String names = Byline.withoutLeadIn(text);
    // Most lines read here are no byline: one without a lead-in that does not open with "By" (or
    // "Von", "Par", "Por", glued or not) is turned away before the byline's patterns run on it.
    if (names.equals(text) && !Byline.mayBeExplicit(text)) {
      return null;
    }
    Byline b = Byline.parse(names.equals(text) ? text : "By " + names);
    return b != null && b.explicit() && !b.authors().isEmpty() ? b : null;
  }

  /**
   * Whether a candidate outside the site's chrome names someone as its byline: in full (the first
   * pass), else by a signature (the second, which runs only where the first found no one).
   */
  private static boolean signs(Element e, boolean signatures) {
    return !inChrome(e) && byline(e, !signatures, signatures) != null;
  }

  /** The h1 that shows the story's title, or the first h1. */
  static Element headline(MarkupIndex markup, String title) {
    Elements h1s = markup.select(H1);
    if (title != null) {
      for (Element h : h1s) {
        String text = h.text();
        if (!text.isBlank() && (text.contains(title) || title.contains(text.strip()))) {
          return h;
        }
      }
    }
    return h1s.isEmpty() ? null : h1s.first();
  }

  /**
   * The people an element names, read as "By …": first without the job title, date or avatar that
   * byline boxes also hold, then, should that leave no one (a name marked up as a "title"), whole.
   */
  private static Byline byline(Element e) {
    return byline(e, true, true);
  }

  /** As {@link #byline(Element)}, reading its text as names only where {@code names}, and as a signature where {@code signatures}. */
  private static Byline byline(Element e, boolean names, boolean signatures) {
    String all = e.text().strip();
    // Most byline boxes hold nothing to drop: then their text is read once, with no copy of the box.
    String kept = all;
    if (e.selectFirst(NOT_A_NAME) != null) {
      Element copy = e.clone();
      copy.select(NOT_A_NAME).remove();
      kept = copy.text().strip();
    }
    for (String whole : kept.equals(all) ? new String[] {all} : new String[] {kept, all}) {
      String text = Byline.withoutLeadIn(whole);
      Byline b = !names || text.isEmpty() || text.length() > 120 ? null
          : Byline.parse(text.toLowerCase(Locale.ROOT).startsWith("by ") ? text : "By " + text);
      if (b != null && !b.authors().isEmpty()) {
        return b;
      }
      // Markup that names the author may sign with one word, a first or pen name; an address or a
      // profile link is too loose a sign for that.
      if (signatures && PersonNames.isSignature(text) && !e.is(LOOSE_AUTHOR_MARKUP)) {
        return new Byline(List.of(text), null, true);
      }
      // Blogs sign with the author's login; the page vouches for it as a name only by its author link.
      String handle = signatures ? PersonNames.handle(text) : null;
      if (handle != null && declaresHandle(e, handle)) {
        return new Byline(List.of(handle), null, true);
      }
    }
    return null;
  }

  /**
   * True where the page declares {@code handle} the author's name: it is an hCard's formatted name
   * ({@code class="fn"}), or the link that shows it is marked rel=author, or leads to the author page
   * named by the handle itself ("/author/gnaddrig/").
   */
  private static boolean declaresHandle(Element e, String handle) {
    // hCard's formatted name is the name the author chose to show, whatever the login behind it.
    Element formatted = e.hasClass("fn") ? e : e.selectFirst(".fn");
    if (formatted != null && formatted.text().strip().equals(handle)) {
      return true;
    }
    Element link = e.is("a") ? e : e.selectFirst("a[href]");
    if (link == null || !link.text().contains(handle)) {
      return false;
    }
    if (link.is(AUTHOR_REL)) {
      return true;
    }
    String href = link.attr("href");
    int at = href.indexOf("/author/");
    if (at < 0) {
      return false;
    }
    String slug = href.substring(at + "/author/".length());
    int end = 0;
    while (end < slug.length() && "/?#".indexOf(slug.charAt(end)) < 0) {
      end++;
    }
    return slug.substring(0, end).equalsIgnoreCase(handle);
  }

  /**
   * True inside navigation, the page's footer or comments: menus of columnists, "about us" links,
   * commenters. A footer inside the article is the story's own and often holds its byline.
   */
  private static boolean inChrome(Element e) {
    return belowChrome(e) || e.closest(FOOTER) != null && e.closest(ARTICLE) == null;
  }

  /**
   * JSON-LD {@code articleBody} is a signal, not the source: some pages declare a teaser or a stale
   * copy there. It replaces the DOM's body only when the DOM gave clearly less (a script-rendered
   * page, a container chosen wrongly), since the DOM keeps headings, lists and figures it lacks.
   * {@code bodyWords} is what {@link ArticleAssembly#wordCount(List)} counts in the draft's body; true when the body was replaced.
   */
  private static boolean useDeclaredBodyIfRicher(Map<String, Object> ld, ArticleDraft d, int bodyWords) {
    String declared = JsonLd.text(ld, "articleBody");
    if (declared == null) {
      return false;
    }
    List<Block> blocks = new ArrayList<>();
    if (declared.indexOf('<') >= 0) {
      blocks.addAll(BlockWriter.write(Jsoup.parseBodyFragment(declared).body(), d.title).blocks());
    } else {
      for (String line : declared.split("\\n+")) {
        String text = SPACES.matcher(line).replaceAll(" ").strip();
        if (!text.isEmpty()) {
          blocks.add(Block.paragraph(text));
        }
      }
    }
    int declaredWords = ArticleAssembly.wordCount(blocks);
    if (declaredWords >= DECLARED_BODY_MIN_WORDS && bodyWords * 2 < declaredWords) {
      d.body.clear();
      readBody(blocks, d);
      return true;
    }
    return false;
  }

  /** Pulls dateline, byline lines and closing credits out of the body blocks. */
  private static void readBody(List<Block> blocks, ArticleDraft d) {
    boolean first = true;
    int paragraphs = 0;
    List<Block> body = new ArrayList<>();
    for (Block b : blocks) {
      if (!Block.PARAGRAPH.equals(b.type())) {
        body.add(b);
        continue;
      }
      String text = b.text();
      if (text.length() < 120) {
        Byline byline = text.toLowerCase(Locale.ROOT).startsWith("by ") ? Byline.parse(text) : null;
        if (byline != null) {
          if (d.authors.isEmpty()) {
            d.authors.addAll(byline.authors());
          }
          continue;
        }
      }
      if (text.equals(d.subtitle)) {
        continue;
      }
      Credits credits = ClosingCredits.parse(text);
      if (credits != null) {
        d.credits = credits;
        continue;
      }
      if (d.published == null && paragraphs++ < MAX_DATED_LEAD_PARAGRAPH) {
        d.published = datedLead(text);
      }
      if (first) {
        first = false;
        Dateline dateline = Dateline.parse(text);
        if (dateline != null) {
          d.dateline = dateline.place();
          if (d.publisher == null && dateline.agency() != null) {
            d.publisher = KnownSources.publisher(dateline.agency());
          }
          body.add(Block.paragraph(dateline.rest()));
          continue;
        }
      }
      body.add(b);
    }
    d.body.addAll(body);
  }

  /** An article before a name ("Die FURCHE", "El Colombiano"), which a host leaves out. */
  private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:the|die|der|das|el|la|le|les|il|lo|de|het)\\s+");
  /** What ends the date a lead paragraph opens with: a dash or bar between spaces, an opening quote, a colon, a bracket. */
  private static final Pattern LEAD_DATE_END = Pattern.compile("[\\s\u00a0][–—|-][\\s\u00a0]|[„“\"]|[:)][\\s\u00a0]");
  /** How far into the lead its date may end. */
  private static final int MAX_LEAD_DATE = 60;
  /** The paragraphs a dated lead may open: a byline or a dek line may come first. */
  private static final int MAX_DATED_LEAD_PARAGRAPH = 3;

  /**
   * The day a lead paragraph opens with, as press releases and regional news print it where the page
   * declares none: "29.11.2022 – Mehrfach …", "(21. November 2022) Energieverbraucher …",
   * "Pressemitteilung vom 25. Januar 2022 | Berlin – …". What stands before the first dash, bar, quote
   * or bracket must be a date line (a date and at most two other words), so a sentence that mentions
   * a date is not one.
   */
  private static String datedLead(String text) {
    int limit = Math.min(text.length(), MAX_LEAD_DATE);
    if (!PublicationDate.mayHoldYear(text.substring(0, limit))) {
      return null;
    }
    Matcher end = LEAD_DATE_END.matcher(text).region(0, Math.min(text.length(), MAX_LEAD_DATE + 2));
    if (!end.find()) {
      return null;
    }
    String head = text.substring(0, end.start());
    return isDateLine(head) ? dateLine(head) : null;
  }

  /** {@code words} is what {@link #words} counts in the draft's body. */
  private static void rejectNonArticles(Document doc, ArticleDraft d, int words, boolean declared, double linkDensity,
      double storyLinkDensity, Element h1) {
    long paragraphs = d.body.stream().filter(b -> Block.PARAGRAPH.equals(b.type())).count();
    String heading = (doc.title() + " " + (h1 == null ? "" : h1.text()));
    if (words < 150 && ERROR_PAGE.matcher(heading).find()) {
      throw new PageRejected(RejectReason.NOT_ARTICLE, "reads like an error page: " + heading.strip());
    }
    if (words < (declared ? MIN_WORDS_DECLARED : MIN_WORDS)) {
      throw new PageRejected(RejectReason.NOT_ARTICLE, "only " + words + " words of story text");
    }
    // Menus and teaser columns make a story page link-heavy too; an index page's best block is itself
    // a list of links or one short teaser, never a story of some length with hardly a link in it.
    boolean linkFreeStory = storyLinkDensity < STORY_MAX_LINK_DENSITY && words >= STORY_MIN_WORDS;
    // A short notice written as one paragraph on a page that is not made of links is a story too.
    if (!declared && words < MIN_WORDS_UNDECLARED && paragraphs < 2 && !(linkFreeStory && linkDensity < 0.3)) {
      throw new PageRejected(RejectReason.NOT_ARTICLE, "looks like a stub: " + words + " words in "
          + paragraphs + " paragraphs");
    }
    if (!declared && linkDensity > 0.4 && words < 300 && !linkFreeStory) {
      throw new PageRejected(RejectReason.NOT_ARTICLE, "mostly links: an index page");
    }
  }

  /**
   * Whether an element of {@link #TEASER_CANDIDATES} reads as a paywall teaser. Any one decides, so
   * they are found in one walk, each div's subtree known to hold no div or p at its tail, rather than
   * by {@code :has()} searching below every div; an element holding 200 letters is too long to read.
   */
  static boolean hasTeaser(Element root) {
    boolean[] found = {false};
    NodeTraversor.filter(new NodeFilter() {
      /** Per depth: whether the element open there has a div or p below it. */
      boolean[] blockBelow = new boolean[64];

      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element) {
          if (depth >= blockBelow.length) {
            blockBelow = Arrays.copyOf(blockBelow, depth * 2);
          }
          blockBelow[depth] = false;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        boolean block = e.nameIs("div") || e.nameIs("p");
        boolean candidate = e.nameIs("p") || e.nameIs("div") && !blockBelow[depth] || e.attributesSize() > 0
            && (isPaywallClass(lowerCase(e.attr("class"))) || lowerCase(e.attr("id")).contains("paywall"));
        if (candidate && !holdsMoreThan(e, TEASER_MAX_CHARS)) {
          String t = e.text();
          if (!t.isBlank() && t.length() < TEASER_MAX_CHARS && PageChrome.isTeaser(t)) {
            found[0] = true;
            return FilterResult.STOP;
          }
        }
        if (depth > 0) {
          blockBelow[depth - 1] |= block || blockBelow[depth];
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    return found[0];
  }

  private static boolean isPaywallClass(String lowerCaseClass) {
    return lowerCaseClass.contains("paywall") || lowerCaseClass.contains("subscribe");
  }

  private static String lowerCase(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * Removes the site name a {@code <title>} carries ("Story | Site", "Site » Blog » Story"). When a
   * heading the page shows is exactly the title's longest part, that heading is the headline.
   * Otherwise a part naming the site (its declared name, the publisher, a known organisation, the
   * host: "Example.de", "example") goes; failing that, a long enough heading found in the title is
   * the headline, and a few capitalised words after the last separator are taken for a site name.
   */
  static String cleanTitle(String title, List<String> headings, String siteName, String publisher, String host) {
    return cleanTitle(title, headings, List.of(), siteName, publisher, host);
  }

  /** As above, where {@code logos} are the headings the site's logo or name block shows. */
  static String cleanTitle(String title, List<String> headings, List<String> logos, String siteName, String publisher,
      String host) {
    List<String> shown = shownHeadings(headings);
    String cleaned = withoutSiteName(title, shown, shownHeadings(logos), siteName, publisher, host);
    if (cleaned == null) {
      return null;
    }
    // Share titles and <title> are typed for keyboards ("-", straight quotes); the headline the page
    // shows keeps the story's own dashes and quotes.
    String folded = typography(cleaned);
    for (String h : shown) {
      if (!h.equals(cleaned) && typography(h).equals(folded)) {
        return h;
      }
    }
    return cleaned;
  }

  /**
   * The longest shown heading of two words or more that {@code title} holds (a kicker or a section
   * left beside it), else null.
   */
  private static String headlineWithin(String title, List<String> shown) {
    String found = null;
    for (String h : shown) {
      if (title.contains(h) && Words.count(h) >= 2 && (found == null || h.length() > found.length())) {
        found = h;
      }
    }
    return found;
  }

  /** Columns a monospaced terminal gives the text: two for a Chinese, Japanese or Korean character, else one. */
  private static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += WIDE_CHARACTER.matcher(s.subSequence(i, i + 1)).matches() ? 2 : 1;
    }
    return w;
  }

  /**
   * The shown headline where the title only puts a topic and a colon before it ("River and town: Ferry
   * stops"), else the title. A heading that is merely a name inside the title leaves it whole.
   */
  private static String afterKicker(String title, List<String> shown) {
    for (String h : shown) {
      if (title.endsWith(h) && Words.count(h) >= 2 && title.length() > h.length()
          && title.substring(0, title.length() - h.length()).strip().endsWith(":")) {
        return h;
      }
    }
    return title;
  }

  /** Dashes and quotation marks folded to their keyboard forms. */
  private static String typography(String s) {
    // Compared with every heading of a listing page: most hold none of these marks, and keep their text.
    return holdsTypography(s) ? foldTypography(s) : s;
  }

  /** {@link #typography} without its shortcut, for the test that the shortcut never skips a fold. */
  static String foldTypography(String s) {
    return TYPOGRAPHIC_SINGLE_QUOTE.matcher(TYPOGRAPHIC_DOUBLE_QUOTE.matcher(TYPOGRAPHIC_DASH.matcher(s).replaceAll("-"))
        .replaceAll("\"")).replaceAll("'");
  }

  /** Whether {@code s} holds a mark {@link #typography} folds: a dash or quotation mark of U+2010-U+201F, U+2212, « or ». */
  static boolean holdsTypography(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u2010' && c <= '\u201F' || c == '\u2212' || c == '«' || c == '»') {
        return true;
      }
    }
    return false;
  }

  /**
   * A heading in the site's logo or name block ("site-title", "topbar__logo__title", "navbar-brand"):
   * blogs and portals put their own name in an h1 on every page, beside or above the story's.
   */
  static boolean isLogo(Element heading) {
    Element parent = heading.parent();
    // The only child element, found without building the heading's list of children (as childrenSize does).
    Element only = heading.firstElementChild();
    Element link = only != null && only == heading.lastElementChild() && only.nameIs("a") ? only : null;
    return namesLogo(heading) || parent != null && namesLogo(parent) || link != null && namesLogo(link);
  }

  /**
   * A heading's text without the kicker it holds ("Nach Corona-Lockerungen" in a "dachzeile" span before
   * the headline's span) or the hidden separator after it: share titles join the two, the story's headline
   * is the second.
   */
  static String withoutKicker(Element heading) {
    boolean kicker = false;
    for (Element e : heading.getAllElements()) {
      String names = MainContent.classAndId(e);
      // Most elements have no class or id: no kicker word, and no matcher made to say so.
      kicker |= e != heading && !names.isEmpty() && KICKER_NAME.matcher(names).find();
    }
    if (!kicker) {
      return heading.text();
    }
    Element copy = heading.clone();
    for (Element e : copy.getAllElements()) {
      String names = MainContent.classAndId(e);
      if (e != copy && (KICKER_NAME.matcher(names).find() || HIDDEN_TEXT_NAME.matcher(names).find())) {
        e.remove();
      }
    }
    return copy.text();
  }

  private static boolean namesLogo(Element e) {
    String names = MainContent.classAndId(e);
    return !names.isEmpty() && LOGO_NAME.matcher(names).find();
  }

  private static List<String> shownHeadings(List<String> headings) {
    List<String> shown = new ArrayList<>();
    for (String h : headings) {
      String n = h == null ? "" : SPACES.matcher(h.strip()).replaceAll(" ");
      // Documentation generators put a permalink pilcrow after each heading ("Install ¶").
      n = n.endsWith("¶") ? n.substring(0, n.length() - 1).strip() : n;
      if (!n.isEmpty()) {
        shown.add(n);
      }
    }
    return shown;
  }

  private static String withoutSiteName(String title, List<String> shown, List<String> logos, String siteName,
      String publisher, String host) {
    if (title == null) {
      return shown.isEmpty() ? null : shown.get(0);
    }
    String t = SPACES.matcher(title.strip()).replaceAll(" ");
    // "Story -": a site name the page left empty still leaves its separator.
    t = DANGLING_SEPARATOR.matcher(t).replaceFirst("").strip();
    String[] parts = TITLE_SEPARATOR.split(t);
    if (parts.length < 2) {
      // Chinese and Japanese titles join the site's name without spaces ("…！-新华网", "NEWS WEB EASY|…"):
      // of two such parts, a short one beside one at least twice as wide is the site's.
      String[] tight = CJK_SEPARATOR.split(t);
      if (tight.length == 2) {
        String a = tight[0].strip();
        String b = tight[1].strip();
        String shorter = width(a) <= width(b) ? a : b;
        String longer = shorter == a ? b : a;
        if (!shorter.isEmpty() && width(shorter) <= MAX_TIGHT_SITE_WIDTH && width(shorter) * 2 <= width(longer)) {
          return longer;
        }
      }
      return afterKicker(t, shown);
    }
    int longest = 0;
    for (String p : parts) {
      longest = Math.max(longest, p.strip().length());
    }
    // Latest on the page first: where two headings tie, the first is the site's (a logo linking home)
    // and the story's headline follows it.
    for (int i = shown.size() - 1; i >= 0; i--) {
      String h = shown.get(i);
      for (String p : parts) {
        if (p.strip().equals(h) && h.length() == longest) {
          return h;
        }
      }
    }
    boolean[] site = new boolean[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      site[i] = sameName(p, siteName) || sameName(p, publisher) || KnownSources.isOrganisation(p.strip())
          || namesHost(p, host, p.strip().length() < longest) || BLOG_ARCHIVE.matcher(p.strip()).matches()
          || DATE_PART.matcher(p.strip()).matches()
          || logos.contains(p.strip());
    }
    // After the story, the site's name is followed only by its tagline or a section: "Story – Site – IT".
    int end = parts.length;
    boolean story = false;
    for (int i = 0; i < parts.length && end == parts.length; i++) {
      if (site[i] && story) {
        end = i;
      }
      story |= !site[i];
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < end; i++) {
      if (!site[i]) {
        kept.add(parts[i]);
      }
    }
    if (kept.size() < parts.length && !kept.isEmpty()) {
      // Rejoin what is left with the separators it had, by cutting the title at the removed parts.
      String first = kept.get(0);
      String last = kept.get(kept.size() - 1);
      int from = t.indexOf(first);
      int to = t.lastIndexOf(last) + last.length();
      String left = from >= 0 && to > from ? t.substring(from, to) : first;
      left = LEADING_SEPARATOR.matcher(TRAILING_SEPARATOR.matcher(left.strip()).replaceFirst("")).replaceFirst("").strip();
      String headline = headlineWithin(left, shown);
      return headline != null ? headline : left;
    }
    String headline = headlineWithin(t, shown);
    if (headline != null) {
      return headline;
    }
    // An unknown site name still looks like one: a few capitalised words after the last separator.
    String last = parts[parts.length - 1].strip();
    String rest = TRAILING_SEPARATOR.matcher(t.substring(0, t.lastIndexOf(last))).replaceFirst("").strip();
    // "My website": a two-word name need only start with a capital, as site names in sentence case do.
    boolean looksLikeSite = SITE_NAME.matcher(last).matches() || Words.count(last) == 2 && SENTENCE_CASE_NAME.matcher(last).matches();
    if (Words.count(last) <= 3 && Words.count(rest) >= 4 && looksLikeSite && !t.contains(": ")) {
      return rest;
    }
    return t;
  }

  /**
   * True when a title part spells the site's host: "Example.de" or "example" for www.example.de,
   * "Example media" for example.media, "Example" for example.gv.at. When {@code loosely} (the part is
   * not the title's longest, so not the story), also a part of up to three words whose first word is
   * the host's name: "Example e.V.", "Example Österreich".
   */
  private static boolean namesHost(String part, String host, boolean loosely) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    h = h.startsWith("www.") ? h.substring(4) : h;
    String p = part.strip().toLowerCase(Locale.ROOT);
    if (p.equals(h)) {
      return true;
    }
    String[] labels = h.split("\\.");
    int label = labels.length - 2;
    // "example.co.uk", "example.gv.at": the name stands before the country's own second level.
    if (label >= 1 && SECOND_LEVEL_LABELS.contains(labels[label])) {
      label--;
    }
    String name = NOT_ALPHANUMERIC.matcher(label >= 0 ? labels[label] : h).replaceAll("");
    String key = NOT_ALPHANUMERIC.matcher(p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : p).replaceAll("");
    if (key.length() >= 3 && (key.equals(name) || key.equals(NOT_ALPHANUMERIC.matcher(h).replaceAll("")))) {
      return true;
    }
    if (!loosely || name.length() < 4 || Words.count(p) > 3) {
      return false;
    }
    String first = p.split("\\s+", 2)[0];
    return NOT_ALPHANUMERIC.matcher(first).replaceAll("").equals(name);
  }

  private static boolean sameName(String part, String name) {
    if (name == null) {
      return false;
    }
    String a = siteKey(part);
    String b = siteKey(name);
    return !a.isEmpty() && a.equals(b);
  }

  /** "The Guardian", "guardian.com" and "Guardian" name the same site. */
  private static String siteKey(String name) {
    String s = name.strip().toLowerCase(Locale.ROOT).replace(".com", "");
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  private static String canonicalName(String name) {
    if (name == null) {
      return null;
    }
    String known = KnownSources.publisher(name);
    return known != null ? known : name.strip();
  }

  private static String firstUrl(String base, String... candidates) {
    for (String c : candidates) {
      String url = CanonicalUrl.of(c, base);
      if (url != null) {
        return url;
      }
    }
    return null;
  }

  private static String resolve(String url, String base) {
    try {
      return base == null ? url : URI.create(base).resolve(url.strip()).toString();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static String firstDate(String... candidates) {
    for (String c : candidates) {
      String iso = PublicationDate.normalize(c);
      if (iso != null) {
        return iso;
      }
    }
    return null;
  }

  /** The first of {@code values} that names more than the site, else the first of them at all. */
  private static String firstNotNaming(String siteName, String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank() && !sameName(v, siteName)) {
        return v.strip();
      }
    }
    return first(values);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
