package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsdesk.extract.SharedFolder;
import newsdesk.testing.RandomInputs;
import newsdesk.testing.RandomInputs.Sample;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Cleaning judges class and id names one name at a time, remembering each name's marks; it must
 * decide exactly as running {@link MainContent}'s patterns over the whole class-and-id string did
 * (the reference below, on the same patterns, so rule changes keep the two in step): on every
 * class-and-id string of the shared corpora and on seeded random strings built from the patterns'
 * own words, separators and whitespace that {@code \s} does and does not cover. The patterns run only
 * where a pre-check on their words' openings fires, so near misses of every opening are tried too.
 */
class ClassNameJudgementTest {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int WEAK = 1;
  private static final int STRONG = 2;
  private static final int TEASER = 4;

  private static String squash(String names) {
    return names.replace("-", "").replace("_", "");
  }

  private static boolean negative(String names) {
    return MainContent.STRONG_NEGATIVE.matcher(names).find() || MainContent.POST_FURNITURE.matcher(names).find()
        || MainContent.WEAK_NEGATIVE.matcher(names).find() || MainContent.NEGATIVE_ANYWHERE.matcher(squash(names)).find();
  }

  private static boolean positive(String names) {
    return MainContent.POSITIVE.matcher(names).find() || MainContent.POSITIVE_ANYWHERE.matcher(squash(names)).find();
  }

  /** The judgement as it was: seven patterns over the whole string. */
  private static int referenceKind(String names) {
    if (names.isEmpty()) {
      return 0;
    }
    int teaser = MainContent.TEASER.matcher(names).find() ? TEASER : 0;
    boolean postFurniture = MainContent.POST_FURNITURE.matcher(names).find();
    boolean storyName = false;
    for (String name : SPACES.split(names)) {
      storyName |= positive(name) && !negative(name);
    }
    if (!postFurniture && storyName) {
      return teaser;
    }
    if (postFurniture || MainContent.STRONG_NEGATIVE.matcher(names).find()
        || MainContent.NEGATIVE_ANYWHERE.matcher(squash(names)).find()) {
      return teaser | STRONG;
    }
    return teaser | (MainContent.WEAK_NEGATIVE.matcher(names).find() ? WEAK : 0);
  }

  private static void assertSameJudgement(String names, Object shown) {
    assertThat(MainContent.furnitureKind(names)).as("kind of %s", shown).isEqualTo(referenceKind(names));
    assertThat(MainContent.isPositive(names)).as("positive %s", shown).isEqualTo(positive(names));
    assertThat(MainContent.isNegative(names)).as("negative %s", shown).isEqualTo(negative(names));
    assertThat(MainContent.isLeadMarked(names)).as("lead %s", shown).isEqualTo(MainContent.isLeadName(names));
  }

  @Test
  void everyClassAndIdOfTheCorporaIsJudgedAsBefore() throws IOException {
    Path corpus = SharedFolder.require("corpus");
    Set<String> names = new TreeSet<>();
    Map<String, Integer> marksOf = new HashMap<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        for (Element e : Jsoup.parse(file.toFile()).getAllElements()) {
          names.add(MainContent.classAndId(e));
          assertSameKindByParts(e, marksOf);
        }
      }
    }
    assertThat(names).hasSizeGreaterThan(10_000);
    for (String n : names) {
      assertSameJudgement(n, n);
    }
  }

  @Test
  void randomNamesAreJudgedAsBefore() {
    RandomInputs random = RandomInputs.seeded(0x636c6173L);
    List<String> words = List.of("article", "body", "content", "entry", "main", "post", "text", "story", "caption", "byline",
        "comment", "comments", "related", "share", "social", "promo", "newsletter", "taboola", "outbrain", "toc", "login",
        "author", "bio", "box", "about", "the", "meta", "entry-meta", "footer", "foot", "nav", "menu", "ad", "ads", "sidebar",
        "widget", "tags", "teaser", "storybody", "articlebody", "most", "popular", "read", "more", "prev", "next", "rating",
        "sd", "jp", "relatedposts", "x", "12", "é", "İ", "lead", "intro", "dek", "teaser-text", "leadtext", "standfirst",
        "summary", "einleitung");
    List<String> separators = List.of("-", "_", "--", "__", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2003",
        "\u001C", "", ".", ":", "1");
    List<String> edges = List.of("", " ", "-", "article-related", "related article", "main-nav main", "author_box",
        "about-the-author", "entry-content\u2003sidebar", "storybody\u000Bmenu", "ad\u001Cpost");
    for (Sample<String> sample : random.samples(60_000, edges, r -> {
      StringBuilder b = new StringBuilder();
      for (int i = r.intBetween(1, 6); i > 0; i--) {
        b.append(r.chance(0.85) ? r.oneOf(words) : r.string("abdeilnorst-_ ", 1, 6)).append(r.oneOf(separators));
      }
      return r.chance(0.5) ? b.toString() : b.toString().strip().toLowerCase(java.util.Locale.ROOT);
    })) {
      assertSameJudgement(sample.value(), sample);
    }
  }

  /** Cleaning judges an element's class and id apart: as the joined, stripped, lower-cased string is judged. */
  private static void assertSameKindByParts(Element e, Map<String, Integer> marksOf) {
    assertThat(MainContent.furnitureKind(e, marksOf)).as("kind of %s", e.attributes())
        .isEqualTo(MainContent.furnitureKind(MainContent.classAndId(e)));
    // Every mark, scoring's positive and negative among them, not only those the kind reads.
    assertThat(MainContent.marks(e, marksOf)).as("marks of %s", e.attributes())
        .isEqualTo(MainContent.marks(MainContent.classAndId(e)));
  }

  /** Separators that split names, and characters trim or strip take off that do not (controls, Unicode spaces). */
  private static final List<String> SEPARATORS = List.of("-", "_", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0",
      "\u2003", "\u001C", "\u0001", "\u3000", "", ".", "'");

  /** Divs with a class and an id of up to {@code maxWords} of {@code words} and separators, each absent at {@code absent}. */
  private static List<Sample<Element>> namedElements(long seed, int tries, List<String> words, int maxWords, double absent) {
    return RandomInputs.seeded(seed).samples(tries, r -> {
      Element e = new Element("div");
      for (String key : List.of("class", "id")) {
        StringBuilder b = new StringBuilder(r.chance(0.2) ? r.oneOf(SEPARATORS) : "");
        for (int i = r.intBetween(0, maxWords); i > 0; i--) {
          b.append(r.oneOf(words)).append(r.oneOf(SEPARATORS));
        }
        if (!r.chance(absent)) {
          e.attr(key, b.toString());
        }
      }
      return e;
    });
  }

  @Test
  void classAndIdJudgedApartAreJudgedAsTheirJoinedString() {
    List<String> words = List.of("article", "content", "main", "story", "related", "share", "nav", "menu", "sidebar",
        "teaser", "author", "box", "Box", "NAV", "Related", "ad", "ads", "entry-meta", "storybody", "x", "12", "İ",
        "ΣΑΣ", "ς", "Σ");
    Map<String, Integer> marksOf = new HashMap<>();
    for (Sample<Element> sample : namedElements(0x70617274L, 40_000, words, 3, 0.15)) {
      assertSameKindByParts(sample.value(), marksOf);
    }
  }

  @Test
  void leadNamesRememberedByValueAreJudgedAsTheirJoinedString() {
    List<String> words = List.of("lead", "Lead", "intro", "article-intro", "teaser-text", "summary", "dek", "leadtext",
        "lead-image", "x", "İ", "ς", "story_lead", "vorspann");
    // One memo across all samples, as one page shares it: values recur with and without ids.
    Map<String, Integer> leadNames = new HashMap<>();
    for (Sample<Element> sample : namedElements(0x6c656164L, 20_000, words, 2, 0.5)) {
      Element e = sample.value();
      boolean joined = (e.hasAttr("class") || e.hasAttr("id")) && MainContent.isLeadName(MainContent.classAndId(e));
      assertThat(MainContent.isLeadName(e, leadNames)).as("%s", e.attributes()).isEqualTo(joined);
    }
  }

  @Test
  void everyAlternativeOfTheWordPatternsHasAFixedOpening() {
    for (Pattern p : List.of(MainContent.POST_FURNITURE, MainContent.STRONG_NEGATIVE, MainContent.WEAK_NEGATIVE,
        MainContent.POSITIVE, MainContent.LEAD)) {
      List<String> openings = MainContent.Literals.openings(p.pattern());
      // An empty opening is sound but makes the pre-check fire on every name: a new word written in
      // a form the reader does not know should be seen here, not as a slower cleaning.
      assertThat(openings).as(p.pattern()).isNotEmpty().doesNotContain("");
    }
    assertThat(MainContent.Literals.openings(MainContent.STRONG_NEGATIVE.pattern()))
        .contains("comment", "comment-", "cookie", "most", "breadcrumb", "paywall", "wp-embedded-content");
    assertThat(MainContent.Literals.openings(MainContent.POST_FURNITURE.pattern()))
        .contains("author", "about", "sd-", "like", "post", "rating", "prev", "next", "entry");
    assertThat(MainContent.Literals.openings(MainContent.WEAK_NEGATIVE.pattern()))
        .contains("ad", "foot", "tag", "more-", "read", "print", "nav");
    assertThat(MainContent.Literals.openings(MainContent.POSITIVE.pattern())).contains("rich", "h-entry", "byline");
    assertThat(MainContent.Literals.openings("(?:^|[-_\\s])(?:x?y|(?:a|b)c)")).containsExactly("", "");
    assertThat(MainContent.Literals.openings("teaser")).containsExactly("");
  }

  /**
   * Near misses of every opening, where a pre-check that trusted too much would go wrong: an opening
   * cut short, glued to a letter or digit before or after, at and away from a boundary, with the
   * tails the patterns take ({@code \w*}, digits, "s"), in upper case, and pairs of them joined by
   * separators or nothing.
   */
  @Test
  void nearMissesOfEveryOpeningAreJudgedAsBefore() {
    Set<String> openings = new TreeSet<>();
    for (Pattern p : List.of(MainContent.POST_FURNITURE, MainContent.STRONG_NEGATIVE, MainContent.WEAK_NEGATIVE,
        MainContent.POSITIVE, MainContent.LEAD)) {
      openings.addAll(MainContent.Literals.openings(p.pattern()));
    }
    openings.addAll(List.of("teaser", "newsletter", "taboola", "relatedarticles", "sharebar", "commentlist",
        "articlebody", "storybody", "entrycontent", "articletext", "mostpopular", "most-read", "author-bio", "authorbox",
        "author__box", "about-the-author", "about_author", "print-only", "printfull", "print_area", "sidebar2", "nav1",
        "tags", "ratings", "post-meta", "postmeta", "previous-post", "nextpost", "sd-sharing", "likes-widget", "comments",
        "articleintro", "storylead", "leadtext", "teasertext", "artikelteaser", "teaser-text", "introbox"));
    Set<String> misses = new TreeSet<>();
    for (String o : openings) {
      String cut = o.substring(0, o.length() - 1);
      String squashed = o.replace("-", "");
      for (String w : List.of(o, cut, squashed, o.replace('-', '_'), o.toUpperCase(java.util.Locale.ROOT))) {
        for (String before : List.of("", "-", "_", "x", "1", "-x", "x-", "é")) {
          for (String after : List.of("", "-", "_", "s", "1", "12", "x", "-x", "_1", "é", "--", "s-")) {
            misses.add(before + w + after);
          }
        }
      }
    }
    for (String m : misses) {
      assertSameJudgement(m, m);
    }
    List<String> all = List.copyOf(misses);
    RandomInputs random = RandomInputs.seeded(0x6f70656eL);
    for (Sample<String> sample : random.samples(60_000, r -> r.oneOf(all)
        + r.oneOf("", "-", "_", " ", "--", "1", "\u00A0") + r.oneOf(all))) {
      assertSameJudgement(sample.value(), sample);
    }
  }
}
