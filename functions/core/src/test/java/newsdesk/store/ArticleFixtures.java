package newsdesk.store;

import java.util.ArrayList;
import java.util.List;
import newsdesk.article.Article;
import newsdesk.article.Block;
import newsdesk.article.Caption;
import newsdesk.article.Credits;
import newsdesk.article.ExtractorInfo;
import newsdesk.article.Image;
import newsdesk.article.Source;

/** Articles for store tests: one with every field filled, and variants of it by id, date and content. */
public final class ArticleFixtures {

  private ArticleFixtures() {}

  /** An invented wire story (no real text), long enough to be compared. */
  public static final String WIRE_STORY = """
      The city council voted on Tuesday evening to close the old harbour bridge to car traffic from next spring, \
      ending months of debate over the crumbling structure that links the fish market to the northern districts. \
      Engineers told the council in March that the bridge's steel supports had corroded faster than expected and \
      that heavy vehicles posed a risk. Buses will be rerouted over the ring road, adding about ten minutes to the \
      journey for commuters from the north. Cyclists and pedestrians will still be allowed to cross. The mayor said \
      a replacement would be designed over the next two years and that the council would hold public hearings on \
      its shape and cost. Shop owners at the fish market warned that fewer visitors would come if parking near the \
      bridge was removed, and asked the council for compensation during the works.""";

  /** {@link #WIRE_STORY} as a syndicating site runs it: dateline, a cut clause, a credit line. */
  public static final String WIRE_COPY = """
      CITY (Wire) - The city council voted on Tuesday evening to close the old harbour bridge to car traffic from \
      next spring, ending months of debate over the crumbling structure that links the fish market to the northern \
      districts. Engineers told the council in March that the bridge's steel supports had corroded faster than \
      expected and that heavy vehicles posed a risk. Buses will be rerouted over the ring road, adding about ten \
      minutes to the journey for commuters from the north. Cyclists and pedestrians will still be allowed to cross. \
      The mayor said a replacement would be designed over the next two years and that the council would hold \
      public hearings on its shape and cost. Shop owners at the fish market warned that fewer visitors would come \
      if parking near the bridge was removed. Reporting by A. Writer; editing by B. Editor.""";

  /** A different story about the same bridge, with many of the same words. */
  public static final String SAME_TOPIC_STORY = """
      Commuters from the northern districts faced long queues on Wednesday as the harbour bridge closed to cars \
      for an inspection, a day after the city council debated its future. Several bus drivers said the detour over \
      the ring road was slow in the morning rush and that the timetable had not been changed. At the fish market, \
      traders reported a quiet morning and said that customers who usually park near the bridge had stayed away. \
      A council spokesperson said the inspection would take two days and that the bridge would reopen to cars on \
      Friday, while a final decision on its closure was still expected later this year. Engineers will report on \
      the corrosion of the steel supports, and the council plans public hearings before any vote on a new bridge.""";

  /** An article using every field of the contract, shaped like the seed story. */
  public static Article full(String id) {
    return new Article(
        id,
        "https://www.reuters.com/world/europe/" + id,
        "Russia, U.S. keep door open to Ukraine diplomacy, but big gaps remain",
        "Moscow says its concerns were not addressed",
        List.of("Dmitry Antonov", "Tom Balmforth", "Simon Lewis"),
        "Reuters",
        "inkl",
        "Business",
        List.of("Ukraine", "Diplomacy"),
        "en",
        "2022-01-27",
        "2022-01-27T18:05:00+00:00",
        "MOSCOW",
        "Russia and the United States kept the door open to diplomacy.",
        new Image("https://img.example/tanks.jpg", "Russian T-72B3 main battle tanks drive during drills",
            "REUTERS/Sergey Pivovarov"),
        List.of(
            Block.paragraph("Russia said on Thursday it was clear the United States was not willing to address its main security concerns."),
            Block.heading("FRAGILE DIPLOMACY"),
            new Block(Block.QUOTE, "“There is no positive answer,” he said.", null, null, null, null),
            Block.list(List.of("NATO expansion", "missile deployments")),
            Block.figure("https://img.example/bmp.jpg", "An aerial view shows Russian BMP-3 vehicles", "REUTERS/Sergey Pivovarov"),
            new Block(Block.PREFORMATTED, "  a\tb  ", null, null, null, null),
            new Block(Block.TABLE, "Country | Troops", null, null, null, null)),
        "Russia said on Thursday it was clear the United States was not willing to address its main security concerns.\n\n"
            + "FRAGILE DIPLOMACY\n\n“There is no positive answer,” he said.\n\nNATO expansion\n\nmissile deployments",
        List.of(new Caption("Russian T-72B3 main battle tanks drive during drills held by the armed forces.",
            "REUTERS/Sergey Pivovarov", "https://img.example/tanks.jpg")),
        new Credits(List.of("Humeyra Pamuk"), List.of("Mark Trevelyan"), List.of("Alex Richardson"), List.of("Ünal Çelik")),
        false,
        38,
        "hash-" + id,
        "earlier-copy",
        new Source("raw-bucket", "incoming/" + id + ".html", "v1", "\"etag-1\"", "text/html; charset=utf-8",
            "https://www.inkl.com/news/" + id, "feed-reuters"),
        new ExtractorInfo("2.1.0", List.of("byline from meta")));
  }

  public static Article published(String id, String published) {
    Article a = full(id);
    return new Article(a.id(), a.url(), a.title(), a.subtitle(), a.authors(), a.publisher(), a.host(), a.section(),
        a.tags(), a.language(), published, a.updated(), a.dateline(), a.description(), a.image(), a.body(), a.text(),
        a.captions(), a.credits(), a.truncated(), a.wordCount(), a.contentHash(), a.duplicateOf(), a.source(),
        a.extractor());
  }

  /** The full article with these facets and published date; the content hash follows them. */
  public static Article faceted(String id, String published, String publisher, String section, String language,
      List<String> authors, List<String> tags) {
    Article a = full(id);
    return new Article(a.id(), a.url(), a.title(), a.subtitle(), authors, publisher, a.host(), section,
        tags, language, published, a.updated(), a.dateline(), a.description(), a.image(), a.body(), a.text(),
        a.captions(), a.credits(), a.truncated(), a.wordCount(),
        "hash-" + id + "-" + (publisher + section + language + authors + tags + published).hashCode(), a.duplicateOf(),
        a.source(), a.extractor());
  }

  /** Same article, different normalized text. */
  public static Article edited(Article a, String newText) {
    return new Article(a.id(), a.url(), a.title() + " (updated)", a.subtitle(), a.authors(), a.publisher(), a.host(),
        a.section(), a.tags(), a.language(), a.published(), a.updated(), a.dateline(), a.description(), a.image(),
        List.of(Block.paragraph(newText)), newText, a.captions(), a.credits(), a.truncated(), a.wordCount(),
        "hash-" + newText.hashCode(), a.duplicateOf(), a.source(), a.extractor());
  }

  /** Roughly {@code bytes} of body text as distinct numbered paragraphs of news prose. */
  public static Article large(String id, int bytes) {
    String[] sentences = {
        "Russia said on Thursday it was clear the United States was not willing to address its main security concerns.",
        "Washington and its allies have warned of severe sanctions if Moscow attacks its neighbour.",
        "The Kremlin denies planning an invasion and says NATO's eastward expansion threatens its security.",
        "Diplomats said the written replies left room for talks on arms control and military exercises.",
        "Troops and armour have been massing near the border for weeks, according to satellite images."};
    List<Block> body = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < bytes; i++) {
      String paragraph = "Paragraph " + i + ". " + sentences[i % sentences.length] + " "
          + sentences[(i * 7 + 3) % sentences.length] + " Figure " + (i * 7919 % 10007) + ".";
      body.add(Block.paragraph(paragraph));
      text.append(paragraph).append("\n\n");
    }
    Article a = full(id);
    return new Article(a.id(), a.url(), a.title(), a.subtitle(), a.authors(), a.publisher(), a.host(), a.section(),
        a.tags(), a.language(), a.published(), a.updated(), a.dateline(), a.description(), a.image(), body,
        text.toString(), a.captions(), a.credits(), a.truncated(), text.length() / 6, "hash-large-" + id, null,
        a.source(), a.extractor());
  }

  public static Article fromSourceVersion(Article a, String versionId, String etag) {
    Source s = a.source();
    return a.withSource(new Source(s.bucket(), s.key(), versionId, etag, s.contentType(), s.fetchedUrl(), s.feedId()));
  }
}
