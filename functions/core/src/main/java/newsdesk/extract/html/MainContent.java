package newsdesk.extract.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the element that holds the story: first strips what is never content (scripts, navigation,
 * footers, share bars, related lists, newsletter promos, comments, cookie notices), then scores
 * containers by the paragraphs they hold, the way Readability does: each paragraph gives its parent
 * a score from its length and commas, half of that to its grandparent, a third further up, and link
 * density discounts containers made of links. The winner is widened to its parent when that parent
 * holds clearly more paragraph text, since stories are often split over sibling blocks.
 */
final class MainContent {

  private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, form, button, input, select, "
      + "textarea, svg, canvas, object, embed, nav, footer, aside, link, meta, dialog, [hidden], "
      + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [role=dialog], "
      + "[style~=(?i)display:\\s*none], [style~=(?i)visibility:\\s*hidden]";
  private static final Pattern NEGATIVE = Pattern.compile("(?:^|[-_\\s])(?:ad|ads|adv|advert\\w*|banner|breadcrumbs?|combx|"
      + "comments?|comment-\\w+|community|consent|cookies?|disqus|footer|foot|masthead|menu|meta-?links|modal|more-\\w+|nav\\w*|"
      + "newsletter\\w*|outbrain|pagination|popup|promo\\w*|recirc\\w*|related\\w*|remark|rss|share\\w*|sharing|shopping|"
      + "sidebar|skyscraper|social\\w*|sponsor\\w*|subscri\\w*|signup|tags?|taboola|toolbar|tools|trending|widget\\w*|"
      + "most-?popular|most-?read|read-?more|recommend\\w*|jump-?link|skip\\w*|print|login|paywall-?promo)(?:$|[-_\\s])");
  private static final Pattern NEGATIVE_ANYWHERE = Pattern.compile("(?:newsletter|taboola|outbrain|relatedarticles|"
      + "sharebar|socialshare|cookiebanner|cookieconsent|commentlist|recirculation)");
  private static final Pattern POSITIVE = Pattern.compile("(?:^|[-_\\s])(?:article|body|content|entry|hentry|h-entry|main|"
      + "page|post|text|blog|story|prose|rich-?text|caption|figure|byline)(?:$|[-_\\s])");
  private static final Pattern POSITIVE_ANYWHERE = Pattern.compile("(?:articlebody|storybody|postbody|entrycontent|articletext)");
  private static final int MIN_PARAGRAPH = 25;

  private MainContent() {}

  /** Removes what is never story content, in place. */
  static void clean(Document doc) {
    doc.select(NEVER_CONTENT).remove();
    for (Element header : doc.select("header")) {
      // A page banner goes; an article's own header may hold only the headline and byline, also not body.
      if (header.select("p").text().length() < 200) {
        header.remove();
      }
    }
    int pageText = paragraphText(doc.body());
    for (Element e : doc.body().select("*")) {
      if (e.parent() == null || e == doc.body()) {
        continue;
      }
      String tag = e.normalName();
      if (tag.equals("article") || tag.equals("main") || tag.equals("html") || tag.equals("body")) {
        continue;
      }
      String names = classAndId(e);
      // Layout wrappers carry words like "sidebar" or "nav" too ("two-col-sidebar-right", "ad-portal"):
      // an element holding most of the page's paragraph text is the page, not furniture.
      if (!names.isEmpty() && isNegative(names) && !isPositive(names) && paragraphText(e) * 2 < pageText) {
        e.remove();
      }
    }
  }

  static boolean isNegative(String names) {
    return NEGATIVE.matcher(names).find() || NEGATIVE_ANYWHERE.matcher(names.replace("-", "").replace("_", "")).find();
  }

  static boolean isPositive(String names) {
    return POSITIVE.matcher(names).find() || POSITIVE_ANYWHERE.matcher(names.replace("-", "").replace("_", "")).find();
  }

  private static String classAndId(Element e) {
    return (e.className() + " " + e.id()).strip().toLowerCase(Locale.ROOT);
  }

  /** The element holding the story; the body when nothing scores. */
  static Element best(Document doc) {
    Element body = doc.body();
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : body.select("p, pre, td, blockquote, li")) {
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH || (p.normalName().equals("li") && linkDensity(p) > 0.3)) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      Element ancestor = p.parent();
      for (int level = 1; level <= 3 && ancestor != null; level++) {
        Element a = ancestor;
        scores.computeIfAbsent(a, MainContent::initialScore);
        scores.put(a, scores.get(a) + score / (level == 1 ? 1 : level == 2 ? 2 : level * 3.0));
        if (a == body) {
          break;
        }
        ancestor = a.parent();
      }
    }
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - linkDensity(e.getKey()));
      if (top == null || s > topScore) {
        top = e.getKey();
        topScore = s;
      }
    }
    if (top == null) {
      return body;
    }
    int own = paragraphText(top);
    while (top.parent() != null && top != body && top.parent() != doc) {
      Element parent = top.parent();
      int parentText = paragraphText(parent);
      if (parentText > own * 1.25 && linkDensity(parent) < 0.35) {
        top = parent;
        own = parentText;
      } else {
        break;
      }
    }
    // The story's own <article> also holds its lead figure and subheads beside the text block.
    Element article = top.normalName().equals("article") ? null : top.closest("article");
    if (article != null && linkDensity(article) < 0.3) {
      top = article;
    }
    return top;
  }

  private static double initialScore(Element e) {
    double s = switch (e.normalName()) {
      case "article" -> 10;
      case "main", "div", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String names = classAndId(e);
    if (!names.isEmpty()) {
      s += isPositive(names) ? 25 : 0;
      s -= isNegative(names) ? 25 : 0;
    }
    return s;
  }

  /** The share of an element's text that sits inside links. */
  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, links / (double) total);
  }

  /** Characters in the real paragraphs below {@code e}: long enough and not mostly links. */
  static int paragraphText(Element e) {
    int total = 0;
    Elements ps = e.select("p, pre, blockquote");
    for (Element p : ps) {
      String t = p.text();
      if (t.length() >= 40 && linkDensity(p) < 0.5) {
        total += t.length();
      }
    }
    return total;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }
}
