package newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import newsdesk.article.Article;
import newsdesk.extract.Extraction;
import newsdesk.extract.Extractor;
import newsdesk.extract.RawPage;
import org.junit.jupiter.api.Test;

/**
 * Metadata rules one by one, each on a small invented page: where titles, people, publishers and
 * dates are declared, and which source wins when several disagree.
 */
class MetadataTest {

  private static final String STORY = "<p>The river rose two metres overnight and the ferry to the island stopped"
      + " running before dawn, leaving commuters to wait on the quay for news of a replacement bus.</p>"
      + "<p>Council engineers said the water should fall by the weekend, although more rain is forecast for the"
      + " hills above the valley, and the ferry operator promised refunds for every cancelled crossing.</p>"
      + "<p>Shopkeepers along the embankment moved their stock upstairs and stacked sandbags at their doors,"
      + " remembering the flood of the previous winter that closed the high street for a fortnight.</p>";

  /** Extracts a page made of {@code head} markup, then {@code body} markup before a story of three paragraphs. */
  static Article article(String head, String body) {
    String html = "<!doctype html><html lang=\"en\"><head>" + head + "</head><body>" + body
        + "<article>" + STORY + "</article></body></html>";
    Extraction e = new Extractor().extract(RawPage.of(html.getBytes(StandardCharsets.UTF_8), "page.html"));
    assertThat(e).isInstanceOf(Extraction.Extracted.class);
    return ((Extraction.Extracted) e).article();
  }

  private static String ld(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  @Test
  void jsonLdInsideCdataOrCommentWrappersIsRead() {
    String json = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Ferry stops as river rises\","
        + "\"datePublished\":\"2023-03-04T06:30:00+01:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Mara Lindqvist\"}}";
    for (String wrapped : new String[] {"<![CDATA[\n" + json + "\n]]>", "//<![CDATA[\n" + json + "\n//]]>",
        "/*<![CDATA[*/" + json + "/*]]>*/", "<!--\n" + json + "\n-->"}) {
      Article a = article(ld(wrapped) + "<meta property=\"og:title\" content=\"Share this: ferry chaos\">", "");
      assertThat(a.title()).as(wrapped).isEqualTo("Ferry stops as river rises");
      assertThat(a.published()).as(wrapped).isEqualTo("2023-03-04T06:30+01:00");
      assertThat(a.authors()).as(wrapped).containsExactly("Mara Lindqvist");
    }
  }

  @Test
  void postingTypesAreStories() {
    Article a = article(ld("{\"@type\":\"SocialMediaPosting\",\"headline\":\"Island ferry update\","
        + "\"datePublished\":\"2023-03-04T09:00:00-04:00\"}"), "");
    assertThat(a.title()).isEqualTo("Island ferry update");
    assertThat(a.published()).isEqualTo("2023-03-04T09:00-04:00");
  }

  @Test
  void dublinCoreIsFoundHoweverItsPrefixIsSpelledAndOutranksShareTitles() {
    Article a = article("<title>Valley News</title><meta property=\"og:title\" content=\"You won't believe the river\">"
        + "<meta property=\"dc:title\" content=\"Ferry stops as river rises\">"
        + "<meta name=\"DC.creator\" content=\"Mara Lindqvist\"><meta name=\"author\" content=\"Valley News Desk\">", "");
    assertThat(a.title()).isEqualTo("Ferry stops as river rises");
    assertThat(a.authors()).containsExactly("Mara Lindqvist");
  }

  @Test
  void oneMetaTagMayDeclareSeveralProperties() {
    Article a = article("<title>Valley News</title><meta property=\"og:title dcterms:title\" content=\"Ferry stops\">"
        + "<meta property=\"dc:creator twitter:creator\" content=\"Mara Lindqvist\">", "");
    assertThat(a.title()).isEqualTo("Ferry stops");
    assertThat(a.authors()).containsExactly("Mara Lindqvist");
  }

  @Test
  void rdfaPropertyComesBeforeItsNameTwin() {
    Article a = article("<meta name=\"dc.title\" content=\"Ferry timetable\">"
        + "<meta property=\"dc.title\" content=\"Ferry stops as river rises\">", "");
    assertThat(a.title()).isEqualTo("Ferry stops as river rises");
  }

  @Test
  void parselyTitleIsATitleSource() {
    Article a = article("<meta name=\"parsely-title\" content=\"Ferry stops as river rises\">", "<h1>Valley News</h1>");
    assertThat(a.title()).isEqualTo("Ferry stops as river rises");
  }

  @Test
  void jsonLdNameWinsOverAHeadlineThePageDoesNotShow() {
    String json = "{\"@type\":\"Article\",\"name\":\"Valley ferry\",\"headline\":\"transport service in the valley\"}";
    Article a = article(ld(json) + "<title>Valley ferry - Town Wiki</title>", "<h1>Valley ferry</h1>");
    assertThat(a.title()).isEqualTo("Valley ferry");
    json = "{\"@type\":\"Article\",\"name\":\"Valley ferry\",\"headline\":\"Ferry stops as river rises\"}";
    assertThat(article(ld(json), "<h1>Ferry stops as river rises</h1>").title()).isEqualTo("Ferry stops as river rises");
  }

  @Test
  void aJsonLdPersonIsTrustedBeyondNameShapes() {
    String json = "{\"@type\":\"NewsArticle\",\"headline\":\"Ferry stops\",\"author\":["
        + "{\"@type\":\"Person\",\"name\":\"Anna (Maria) Kowalska \"},{\"@type\":\"Person\",\"name\":\"Staff\"},"
        + "{\"@type\":\"Person\",\"name\":\"https://valley.example/people/ak\"},"
        + "{\"@type\":\"Organization\",\"name\":\"Valley News\"}]}";
    assertThat(article(ld(json), "").authors()).containsExactly("Anna (Maria) Kowalska");
  }

  @Test
  void declaredAuthorsKeepChineseNamesAndDropOrganisationsAndLogins() {
    assertThat(article("<meta name=\"author\" content=\"王小明\">", "").authors()).containsExactly("王小明");
    assertThat(article("<meta name=\"author\" content=\"Valley Rowing Association\">", "").authors()).isEmpty();
    assertThat(article("<meta name=\"author\" content=\"webadmin\">", "").authors()).isEmpty();
    assertThat(article("<meta name=\"article:author_name\" content=\"Mara Lindqvist\">", "").authors())
        .containsExactly("Mara Lindqvist");
  }

  @Test
  void dublinCoreCreatorsAreEachOnePersonWrittenSurnameFirst() {
    Article a = article("<meta name=\"DC.Creator\" content=\"Lindqvist, M.\"><meta name=\"DC.Creator\" content=\"Berg, Jonas van den\">", "");
    assertThat(a.authors()).containsExactly("M. Lindqvist", "Jonas van den Berg");
    // Two people in one element are still two people, not one written surname first.
    assertThat(article("<meta name=\"dc.creator\" content=\"Mara Lindqvist, Jonas Weber\">", "").authors())
        .containsExactly("Mara Lindqvist", "Jonas Weber");
  }

  @Test
  void theDescriptionWrittenForTheStoryComesBeforeTheOneWrittenForSharing() {
    String og = "<meta property=\"og:description\" content=\"Click to see why the ferry stopped\">"
        + "<meta name=\"description\" content=\"The plain summary\">";
    assertThat(article(og, "").description()).isEqualTo("Click to see why the ferry stopped");
    assertThat(article(og + "<meta name=\"dc.description\" content=\"The ferry stopped as the river rose.\">", "")
        .description()).isEqualTo("The ferry stopped as the river rose.");
    assertThat(article(og + ld("{\"@type\":\"NewsArticle\",\"headline\":\"Ferry stops\","
        + "\"description\":\"The river rose over the quay on Monday.\"}"), "").description())
        .isEqualTo("The river rose over the quay on Monday.");
  }

  @Test
  void aPageDatedOnlyByItsWebPageNodeHasThatDate() {
    // Yoast's graph without an Article node: the WebPage node carries the post's dates.
    String graph = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"@id\":\"https://valley.example/#website\","
        + "\"name\":\"Valley\"},{\"@type\":\"WebPage\",\"@id\":\"https://valley.example/ferry/\",\"name\":\"Ferry stops\","
        + "\"datePublished\":\"2018-06-07T10:13:17+00:00\",\"dateModified\":\"2019-01-02T08:00:00+00:00\"}]}";
    assertThat(article(ld(graph), "<h1>Ferry stops</h1>").published()).isEqualTo("2018-06-07T10:13:17Z");
    // A date the page prints with the story still comes first.
    assertThat(article(ld(graph), "<h1>Ferry stops</h1><div class=\"post-date\">18.05.2014</div>").published())
        .isEqualTo("2014-05-18");
  }

  @Test
  void theBylineUnderTheHeadlineWinsOverMenusTeasersAndComments() {
    String body = "<nav><ul><li><a href=\"/author/tom-baker\">Tom Baker</a></li></ul></nav>"
        + "<div class=\"teaser\"><h2>Earlier story</h2><span class=\"byline\">Lena Ward</span></div>"
        + "<h1>Ferry stops as river rises</h1>"
        + "<div class=\"byline\"><a href=\"/author/mara\">Mara Lindqvist</a><span class=\"author-title\">Transport Editor</span>"
        + "<time datetime=\"2023-03-04\">4 March 2023</time></div>"
        + "<div class=\"comments\"><div class=\"byline\">Jo Reader</div></div>";
    Article a = article("<title>Ferry stops as river rises</title>", body);
    assertThat(a.authors()).containsExactly("Mara Lindqvist");
    Article menuOnly = article("<title>Ferry stops as river rises</title>",
        "<nav><ul><li><a href=\"/author/tom-baker\">Tom Baker</a></li></ul></nav><h1>Ferry stops as river rises</h1>");
    assertThat(menuOnly.authors()).isEmpty();
  }

  @Test
  void aBlogSignedWithAFirstNameInAuthorMarkupHasThatAuthor() {
    String body = "<h1>Ferry stops</h1><div class=\"entry-meta\"><span class=\"author vcard\">"
        + "<a class=\"url fn n\" href=\"/author/mara/\">Mara</a></span></div>";
    assertThat(article("", body).authors()).containsExactly("Mara");
    // A login shown in author markup is not a signature unless the page declares it the author's name.
    String login = "<h1>Ferry stops</h1><div class=\"entry-meta\"><span class=\"author vcard\">mlq77</span></div>";
    assertThat(article("", login).authors()).isEmpty();
    // A full name in looser markup outranks a one-word signature in surer markup (a site's brand).
    String both = "<span itemprop=\"author\">Valley</span><h1>Ferry stops</h1>"
        + "<span class=\"byline-author\">Posted by Mara Lindqvist and Jonas Weber</span>";
    assertThat(article("", both).authors()).containsExactly("Mara Lindqvist", "Jonas Weber");
  }

  @Test
  void aBlogSignedWithAHandleLinkedAsTheAuthorHasThatAuthor() {
    // rel=author, or a link to the author page named by the handle itself, declares the handle as the name.
    String rel = "<h1>Ferry stops</h1><div class=\"entry-meta\"><b>Autor:</b> "
        + "<a href=\"https://blog.example/author/k7mar/\" rel=\"author\">river_watcher</a></div>";
    assertThat(article("", rel).authors()).containsExactly("river_watcher");
    String slug = "<h1>Ferry stops</h1><div class=\"entry-meta\"><span class=\"author vcard\">"
        + "<a class=\"url fn n\" href=\"/author/mlq77/\">mlq77</a></span></div>";
    assertThat(article("", slug).authors()).containsExactly("mlq77");
    String posted = "<h1>Ferry stops</h1><p class=\"meta\"><a href=\"/author/flussblick/\">von flussblick</a></p>";
    assertThat(article("", posted).authors()).containsExactly("flussblick");
    // hCard's formatted name ("fn") is the name the author chose to show, whatever the login.
    String hcard = "<h1>Ferry stops</h1><div class=\"entry-meta\"><span class=\"author vcard\">"
        + "<a class=\"url fn n\" href=\"/author/k7mar/\">river_watcher</a></span></div>";
    assertThat(article("", hcard).authors()).containsExactly("river_watcher");
    assertThat(article("", "<h1>Ferry stops</h1><p>by <span class=\"author vcard fn\">oz</span></p>").authors())
        .containsExactly("oz");
    // A link elsewhere with a handle of another name, an administrator account and bare digits stay nobody.
    String other = "<h1>Ferry stops</h1><div class=\"entry-meta\"><a href=\"/author/k7mar/\">river_watcher</a></div>";
    assertThat(article("", other).authors()).isEmpty();
    String admin = "<h1>Ferry stops</h1><div class=\"entry-meta\"><a href=\"/author/wpadmin/\" rel=\"author\">wpadmin</a></div>";
    assertThat(article("", admin).authors()).isEmpty();
    String digits = "<h1>Ferry stops</h1><div class=\"entry-meta\"><a href=\"/author/1234/\" rel=\"author\">1234</a></div>";
    assertThat(article("", digits).authors()).isEmpty();
    // The site's own account, named like its host, signs for no person.
    String site = "<link rel=\"canonical\" href=\"https://www.valleyblog.de/ferry-stops/\">";
    String account = "<h1>Ferry stops</h1><div class=\"entry-meta\"><a href=\"/author/valleyblog/\" rel=\"author\">valleyblog</a></div>";
    assertThat(article(site, account).authors()).isEmpty();
    String personal = "<link rel=\"canonical\" href=\"https://jo-weber.de/ferry-stops/\">";
    String named = "<h1>Ferry stops</h1><div class=\"byline\">Jo Weber</div>";
    assertThat(article(personal, named).authors()).containsExactly("Jo Weber");
  }

  @Test
  void anAuthorFieldFilledWithTheSitesNameGivesWayToTheBylineInThePage() {
    String site = "<link rel=\"canonical\" href=\"https://www.valley-post.de/ferry-stops/\">"
        + "<meta property=\"og:site_name\" content=\"Valley Post\"><meta name=\"author\" content=\"Valley Post\">";
    String signed = "<h1>Ferry stops</h1><div class=\"byline\"><span class=\"screen-reader-text\">Author</span>"
        + "<a href=\"/author/mara/\">Mara Lindqvist</a></div>";
    assertThat(article(site, signed).authors()).containsExactly("Mara Lindqvist");
    // With an article before the name, and against the host alone.
    String furche = "<link rel=\"canonical\" href=\"https://www.furche.at/x/\"><meta name=\"author\" content=\"Die FURCHE\">";
    assertThat(article(furche, signed).authors()).containsExactly("Mara Lindqvist");
    // Without a byline the declared name stays: a personal site is often named after its author.
    String personal = "<link rel=\"canonical\" href=\"https://jo-weber.de/ferry-stops/\">"
        + "<meta property=\"og:site_name\" content=\"Jo Weber\"><meta name=\"author\" content=\"Jo Weber\">";
    assertThat(article(personal, "<h1>Ferry stops</h1>").authors()).containsExactly("Jo Weber");
    // A person declared on a site of another name is taken as declared, before any byline.
    String declared = "<meta property=\"og:site_name\" content=\"Valley Post\"><meta name=\"author\" content=\"Jo Weber\">";
    assertThat(article(declared, signed).authors()).containsExactly("Jo Weber");
  }

  @Test
  void aBylineBoxLeadInIsNotPartOfTheName() {
    String body = "<h1>Ferry stops</h1><p class=\"post-byline\"><span class=\"author\">Alle Artikel von Jonas Weber</span></p>";
    assertThat(article("", body).authors()).containsExactly("Jonas Weber");
    String posted = "<h1>Ferry stops</h1><div class=\"byline\">Posted on 3 March 2023 by Mara Lindqvist</div>";
    assertThat(article("", posted).authors()).containsExactly("Mara Lindqvist");
  }

  @Test
  void anXhtmlPageWithAnXmlPrologIsReadAsHtml() {
    // A long comment first keeps the page's tags out of the sniffed head, as on mobile XHTML pages.
    String html = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<!DOCTYPE html PUBLIC \"-//WAPFORUM//DTD XHTML Mobile 1.2//EN\" "
        + "\"http://www.openmobilealliance.org/tech/DTD/xhtml-mobile12.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><!-- "
        + "x".repeat(9000) + " --><title>Ferry stops as river rises</title></head><body><article>" + STORY
        + "</article></body></html>";
    Extraction e = new Extractor().extract(RawPage.of(html.getBytes(StandardCharsets.UTF_8), "page.xhtml"));
    assertThat(((Extraction.Extracted) e).article().title()).isEqualTo("Ferry stops as river rises");
  }

  @Test
  void aPlaceholderInTheAuthorFieldIsNobody() {
    assertThat(article("<meta name=\"author\" content=\"No Author\">", "").authors()).isEmpty();
    assertThat(article("", "<h1>Ferry stops</h1><div class=\"byline\"><a href=\"/author/\">Alle Artikel</a></div>").authors())
        .isEmpty();
  }

  @Test
  void graphReferencesAreFollowedToTheNodesTheyName() {
    String json = "{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"Person\",\"@id\":\"https://valley.example/#/person/7\",\"name\":\"Mara Lindqvist\"},"
        + "{\"@type\":\"Organization\",\"@id\":\"https://valley.example/#org\",\"name\":\"Valley Courier\"},"
        + "{\"@type\":\"BlogPosting\",\"headline\":\"Ferry stops\",\"author\":{\"@id\":\"https://valley.example/#/person/7\"},"
        + "\"publisher\":{\"@id\":\"https://valley.example/#org\"}}]}";
    Article a = article(ld(json), "");
    assertThat(a.authors()).containsExactly("Mara Lindqvist");
    assertThat(a.publisher()).isEqualTo("Valley Courier");
  }

  @Test
  void aWrittenByLabelOfTheSharingCardNamesTheAuthorWhereNothingElseDoes() {
    // SEO plugins print the post's author as a labelled line of the sharing card, in the site's language.
    String verfasst = "<meta name=\"twitter:label1\" content=\"Verfasst von\"><meta name=\"twitter:data1\" content=\"Mara Lindqvist\">"
        + "<meta name=\"twitter:label2\" content=\"Geschätzte Lesezeit\"><meta name=\"twitter:data2\" content=\"3 Minuten\">";
    assertThat(article(verfasst, "").authors()).containsExactly("Mara Lindqvist");
    String second = "<meta name=\"twitter:label1\" content=\"Est. reading time\"><meta name=\"twitter:data1\" content=\"3 minutes\">"
        + "<meta name=\"twitter:label2\" content=\"Written by\"><meta name=\"twitter:data2\" content=\"Jonas Weber\">";
    assertThat(article(second, "").authors()).containsExactly("Jonas Weber");
    String escrito = "<meta name=\"twitter:label1\" content=\"Escrito por\"><meta name=\"twitter:data1\" content=\"Ana Ruiz\">";
    assertThat(article(escrito, "").authors()).containsExactly("Ana Ruiz");
    // Other labels name no one; a declared author comes first.
    String filed = "<meta name=\"twitter:label1\" content=\"Filed under\"><meta name=\"twitter:data1\" content=\"Rivers Lakes\">";
    assertThat(article(filed, "").authors()).isEmpty();
    assertThat(article("<meta name=\"author\" content=\"Jonas Weber\">" + verfasst, "").authors()).containsExactly("Jonas Weber");
  }

  @Test
  void aWebPagesAuthorCountsWhereNoArticleIsDeclared() {
    String json = "{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"@id\":\"https://valley.example/#website\",\"name\":\"Valley Courier\"},"
        + "{\"@type\":\"WebPage\",\"@id\":\"https://valley.example/ferry/#webpage\",\"name\":\"Ferry stops\","
        + "\"author\":{\"@id\":\"https://valley.example/#/schema/person/7\"}},"
        + "{\"@type\":[\"Person\"],\"@id\":\"https://valley.example/#/schema/person/7\",\"name\":\"Mara Lindqvist\"}]}";
    assertThat(article(ld(json), "").authors()).containsExactly("Mara Lindqvist");
    // An article node's author comes first.
    String both = json.replace("]}", ",{\"@type\":\"BlogPosting\",\"headline\":\"Ferry stops\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"Jonas Weber\"}}]}");
    assertThat(article(ld(both), "").authors()).containsExactly("Jonas Weber");
  }

  @Test
  void jsonLdWithLineBreaksInsideItsStringsIsRead() {
    // Hand-written JSON-LD often breaks a long description over lines; search engines read it all the same.
    String json = "{\"@type\":\"BlogPosting\",\"headline\":\"Ferry stops\",\"description\":\"The river rose.\n\tThe ferry stopped.\","
        + "\"datePublished\":\"2019-12-03\",\"author\":{\"@type\":\"Person\",\"name\":\"Mara Lindqvist\"}}";
    Article a = article(ld(json), "");
    assertThat(a.authors()).containsExactly("Mara Lindqvist");
    assertThat(a.published()).startsWith("2019-12-03");
  }

  @Test
  void aBylinePrintedWithoutMarkupRightUnderTheHeadlineIsRead() {
    assertThat(article("", "<h1>Ferry stops</h1><p><em>Von Mara Lindqvist</em></p>").authors()).containsExactly("Mara Lindqvist");
    assertThat(article("", "<h1>Ferry stops</h1><h5>Par Ana Ruiz le 07 mai 2020</h5>").authors()).containsExactly("Ana Ruiz");
    assertThat(article("", "<h1>Ferry stops</h1><div>Posted on September 21, 2020 by Jonas Weber</div>").authors())
        .containsExactly("Jonas Weber");
    // The innermost line that reads as a byline: the box around it also holds a date and a share bar.
    String box = "<h1>Ferry stops</h1><div><div><p>By</p><p>Jonas Weber</p></div><div>Date March 3, 2020</div>"
        + "<div>Share Facebook Twitter</div></div>";
    assertThat(article("", box).authors()).containsExactly("Jonas Weber");
    // Of two byline lines in one box, the first; a weekday's abbreviation beside the date is no part of a name.
    assertThat(article("", "<h1>Ferry stops</h1><div><p>By Ana Ruiz</p><p>By Jonas Weber</p></div>").authors())
        .containsExactly("Ana Ruiz");
    assertThat(article("", "<h1>Ferry stops</h1><p>Ana Ruiz Mon, 01.12.2021</p>").authors()).containsExactly("Ana Ruiz");
    // A name beside the date line.
    assertThat(article("", "<h1>Ferry stops</h1><p>11.12.2019 - Mara Lindqvist</p>").authors()).containsExactly("Mara Lindqvist");
    assertThat(article("", "<h1>Ferry stops</h1><p>Jonas Weber, 01.12.2021</p>").authors()).containsExactly("Jonas Weber");
    assertThat(article("", "<h1>Ferry stops</h1><p>Jonas Weber Dienstag, 4.06.2019</p>").authors()).containsExactly("Jonas Weber");
    assertThat(article("", "<h1>Ferry stops</h1><div>Dienstag, 01. Februar 2022 12:10 , Ana Ruiz</div>").authors())
        .containsExactly("Ana Ruiz");
    // "By" in one part of a line of parts, or after a rule of dashes.
    assertThat(article("", "<h1>Ferry stops</h1><div>News | By Jonas Weber | April 13, 2020</div>").authors())
        .containsExactly("Jonas Weber");
    assertThat(article("", "<h1>Ferry stops</h1><div>---- by Ana Ruiz</div>").authors()).containsExactly("Ana Ruiz");
    assertThat(article("", "<h1>Ferry stops</h1><div>Ein Artikel von <b>Ana Ruiz</b> | 27.01.2022 - 12:45</div>").authors())
        .containsExactly("Ana Ruiz");
    assertThat(article("", "<h1>Ferry stops</h1><div><span>By</span><a href=\"/p/ana\">Ana Ruiz</a> "
        + "Thursday, November 2, 2023</div>").authors()).containsExactly("Ana Ruiz");
  }

  @Test
  void aStorySignedInItsFirstOrLastParagraphHasThatAuthor() {
    // Articles assembled from a press office or a blog's editor often sign in the text itself.
    String last = "<!doctype html><html lang=\"de\"><head><title>Ferry stops</title></head><body><h1>Ferry stops</h1><article>"
        + STORY + "<p>Von Mara Lindqvist</p></article></body></html>";
    assertThat(extracted(last).authors()).containsExactly("Mara Lindqvist");
    String first = "<!doctype html><html lang=\"en\"><head><title>Ferry stops</title></head><body><h1>Ferry stops</h1><article>"
        + "<p><em>Written by: Jonas Weber</em></p>" + STORY + "</article></body></html>";
    assertThat(extracted(first).authors()).containsExactly("Jonas Weber");
    // The third paragraph (a teaser and a picture's line may stand before it); a small heading as byline.
    String third = "<!doctype html><html lang=\"en\"><head><title>Ferry stops</title></head><body><h1>Ferry stops</h1><article>"
        + "<p>The ferry stops for the winter.</p><p>The island waits.</p><p>Written by: Jonas Weber</p>" + STORY + MORE
        + "</article></body></html>";
    assertThat(extracted(third).authors()).containsExactly("Jonas Weber");
    String heading = "<!doctype html><html lang=\"de\"><head><title>Ferry stops</title></head><body><article>"
        + "<h5>Von Mara Lindqvist</h5>" + STORY + MORE + "</article></body></html>";
    assertThat(extracted(heading).authors()).containsExactly("Mara Lindqvist");
    // The last paragraph's writer, without the source named after her.
    String sourced = "<!doctype html><html lang=\"de\"><head><title>Ferry stops</title></head><body><h1>Ferry stops</h1><article>"
        + STORY + MORE + "<p>Autor: Mara Lindqvist Quelle: Valley Radio</p></article></body></html>";
    assertThat(extracted(sourced).authors()).containsExactly("Mara Lindqvist");
    // A first name alone in the byline's markup, given in full by the story's last line.
    String firstName = "<!doctype html><html lang=\"de\"><head><title>Ferry stops</title></head><body><h1>Ferry stops</h1>"
        + "<p class=\"byline\"><a href=\"/author/mara/\">Mara</a></p><article>" + STORY
        + "<p><strong>Eine Kolumne von Mara Lindqvist</strong></p></article></body></html>";
    assertThat(extracted(firstName).authors()).containsExactly("Mara Lindqvist");
    String someoneElse = firstName.replace("Mara Lindqvist", "Jonas Weber");
    assertThat(extracted(someoneElse).authors()).containsExactly("Mara");
    // A paragraph in the middle (past the lines under the headline; an English "By" line is read anywhere in
    // the body, see readBody), or one that only opens with "By", names nobody.
    String middle = "<!doctype html><html><head><title>Ferry stops</title></head><body><h1>Ferry stops</h1><article>"
        + STORY + MORE + "<p>Von Mara Lindqvist</p>" + MORE + "</article></body></html>";
    assertThat(extracted(middle).authors()).isEmpty();
    String prose = "<!doctype html><html><head><title>Ferry stops</title></head><body><h1>Ferry stops</h1><article>"
        + STORY + "<p>By the river, the ferry waits.</p></article></body></html>";
    assertThat(extracted(prose).authors()).isEmpty();
  }

  /** Twelve more paragraphs, none like another (a body keeps a repeated paragraph once). */
  private static final String MORE = java.util.stream.IntStream.rangeClosed(1, 12)
      .mapToObj(i -> "<p>Update " + i + ": the ferry company counted the crossings it cancelled and the buses it hired.</p>")
      .collect(java.util.stream.Collectors.joining());

  private static Article extracted(String html) {
    Extraction e = new Extractor().extract(RawPage.of(html.getBytes(StandardCharsets.UTF_8), "page.html"));
    assertThat(e).isInstanceOf(Extraction.Extracted.class);
    return ((Extraction.Extracted) e).article();
  }

  @Test
  void unmarkedLinesThatAreNoBylineNameNobody() {
    // Photo credits, captions, prose and a line further down than the lines under the headline.
    assertThat(article("", "<h1>Ferry stops</h1><p>Foto: Jonas Weber</p>").authors()).isEmpty();
    assertThat(article("", "<h1>Ferry stops</h1><figure><img src=\"f.jpg\"><figcaption>By Jonas Weber</figcaption></figure>")
        .authors()).isEmpty();
    assertThat(article("", "<h1>Ferry stops</h1><p>By the river, the ferry waits.</p>").authors()).isEmpty();
    assertThat(article("", "<h1>Ferry stops</h1><p>Mara Lindqvist Jonas Weber</p>").authors()).isEmpty();
    assertThat(article("", "<h1>Ferry stops</h1><p>12.11.2021 - Ferry stops</p>").authors()).isEmpty();
    // A space before the separator makes no line a "By" line: an all-capitals section stays no name.
    assertThat(article("", "<h1>Ferry stops</h1><p>LOKALES LEBEN , 12.11.2021</p>").authors()).isEmpty();
    // Beside a labelled date, words are a category more often than a name.
    assertThat(article("", "<h1>Ferry stops</h1><p>Im Wortlaut, Valley Radio, 12.11.2021</p>").authors()).isEmpty();
    assertThat(article("", "<h1>Ferry stops</h1><p>5 maja 2021 11:22 / w Informacje , Polska Radio Valley</p>").authors()).isEmpty();
    assertThat(article("<meta property=\"og:site_name\" content=\"Valley Post\">",
        "<h1>Ferry stops</h1><p>Mittwoch, 01. November 2023 - Handel Valley Post</p>").authors()).isEmpty();
    String far = "<h1>Ferry stops</h1>" + "<p>The quay.</p>".repeat(14) + "<p>Von Mara Lindqvist</p>";
    assertThat(article("", far).authors()).isEmpty();
    assertThat(article("", "<nav><h1>Ferry stops</h1><p>Von Mara Lindqvist</p></nav>").authors()).isEmpty();
  }

  @Test
  void aBoxWhoseClassOnlyContainsAuthorSignsWhereNothingSurerDoes() {
    assertThat(article("", "<h1>Ferry stops</h1><div class=\"content__author\"><span>von <a href=\"/p/1\">Mara Lindqvist</a>"
        + " und <a href=\"/p/2\">Jonas Weber</a></span></div>").authors()).containsExactly("Mara Lindqvist", "Jonas Weber");
    assertThat(article("", "<h1>Ferry stops</h1><div class=\"post-author-info\">Ana Ruiz</div>").authors())
        .containsExactly("Ana Ruiz");
    // A name printed twice for two screen sizes is one name.
    assertThat(article("", "<h1>Ferry stops</h1><div class=\"post-author-info\"><span>Ana Ruiz</span><span>Ana Ruiz</span></div>")
        .authors()).containsExactly("Ana Ruiz");
    // Surer markup wins.
    assertThat(article("", "<h1>Ferry stops</h1><div class=\"post-author-info\">Ana Ruiz</div><p class=\"byline\">By Jonas Weber</p>")
        .authors()).containsExactly("Jonas Weber");
  }

  @Test
  void authorBoxesOfTeasersAndLabelsNameNobody() {
    // Another story's card: an article without the headline and without paragraphs of its own.
    assertThat(article("", "<h1>Ferry stops</h1><article class=\"card\"><h2><a href=\"/other\">Bridge opens</a></h2>"
        + "<div class=\"article-author\"><a href=\"/autor/ana\">Ana Ruiz</a></div></article>").authors()).isEmpty();
    // Particles and surnames that are also label words elsewhere stay part of the name.
    assertThat(article("", "<h1>Ferry stops</h1><div class=\"post-author-info\">Eva von Redecker</div>").authors())
        .containsExactly("Eva von Redecker");
    assertThat(article("", "<h1>Ferry stops</h1><div class=\"post-author-info\">Thomas More</div>").authors())
        .containsExactly("Thomas More");
    // Labels and buttons, with or without a lead-in.
    assertThat(article("", "<h1>Ferry stops</h1><div class=\"profile-author\">Follow Author</div>").authors()).isEmpty();
    assertThat(article("", "<h1>Ferry stops</h1><div class=\"post-author-line\">Eingestellt von Unknown</div>").authors()).isEmpty();
    assertThat(article("", "<h1>Ferry stops</h1><div class=\"post-author-line\">Alle Beiträge</div>").authors()).isEmpty();
    // Comments are chrome.
    assertThat(article("", "<h1>Ferry stops</h1><div class=\"comments\"><div class=\"comment-author\">Ana Ruiz</div></div>")
        .authors()).isEmpty();
  }

  @Test
  void aFooterInsideTheArticleMayHoldItsByline() {
    Article a = article("", "<article><h1>Ferry stops</h1><footer><address class=\"author\">Mara\u00a0 Lindqvist</address>"
        + "</footer></article><footer><a href=\"/author/site-owner\">Tom Baker</a></footer>");
    assertThat(a.authors()).containsExactly("Mara Lindqvist");
  }

  @Test
  void aDateLineUnderTheHeadlineDatesAnUndeclaredStory() {
    Article a = article("", "<div class=\"sidebar-date\">01.01.2001</div><h1>Ferry stops</h1>"
        + "<div class=\"entry-meta\">Veröffentlicht am 18. Mai 2014 von Mara</div>");
    assertThat(a.published()).isEqualTo("2014-05-18");
    assertThat(article("", "<h1>Ferry stops</h1><span class=\"post-date\">18.05.2014</span>").published())
        .isEqualTo("2014-05-18");
    // A story whose only dates are a copyright line and prose is left undated.
    assertThat(article("", "<h1>Ferry stops</h1><footer class=\"copyright-date\">© 2014 Valley</footer>").published())
        .isNull();
  }

  @Test
  void aBareDateLineUnderTheHeadlineOrAKickerAboveItDatesTheStory() {
    assertThat(article("", "<h1>Ferry stops</h1><p><em>10.11.2021</em></p>").published()).isEqualTo("2021-11-10");
    assertThat(article("", "<h1>Ferry stops</h1><p class=\"postmeta\">3. August 2015 · Mara</p>").published())
        .isEqualTo("2015-08-03");
    assertThat(article("", "<ul><li><span class=\"post-date\">26/10/2018</span> <span class=\"date\">1 May 2017</span></li></ul>"
        + "<div class=\"kicker\"><span class=\"metadata\">Bonn, 11.10.2021</span></div><h1>Ferry stops</h1>").published())
        .isEqualTo("2021-10-11");
    // A teaser list's date above the headline is not the story's.
    assertThat(article("", "<ul><li><span class=\"date\">1 May 2017</span></li></ul><h1>Ferry stops</h1>").published()).isNull();
    assertThat(article("", "<h1>Ferry stops</h1><abbr itemprop=\"datePublished\" title=\"2018-06-05T08:00:00-07:00\">08:00</abbr>")
        .published()).isEqualTo("2018-06-05T08:00-07:00");
  }

  @Test
  void aDateLineWithALabelOrAWeekdayInAnyLanguageDatesTheStory() {
    assertThat(article("", "<h1>Ferry stops</h1><p>Valley Post • 02.02.2022</p>").published()).isEqualTo("2022-02-02");
    assertThat(article("", "<h1>Ferry stops</h1><div class=\"publication\">jeudi 13 juin 2019</div>").published())
        .isEqualTo("2019-06-13");
    assertThat(article("", "<h1>Ferry stops</h1><p class=\"date\">15 августа 2016, 13:43</p>").published())
        .isEqualTo("2016-08-15");
    // A two-digit year counts on a line of its own.
    assertThat(article("", "<h1>Ferry stops</h1><span>28.09.19</span>").published()).isEqualTo("2019-09-28");
    // More than a label beside the date is prose, not a date line.
    assertThat(article("", "<h1>Ferry stops</h1><p>The ferry ran until 02.02.2022 on weekdays</p>").published()).isNull();
  }

  @Test
  void anUnmarkedDateRightAboveTheHeadlineIsItsOwnAndBeatsATeaserFurtherDown() {
    assertThat(article("", "<small>31.01.2022 Valley</small><h1>Ferry stops</h1>").published()).isEqualTo("2022-01-31");
    assertThat(article("", "<div class=\"text\"><div class=\"date\">Culture, 2.11.22</div><h1>Ferry stops</h1></div>"
        + "<p>1</p><p>2</p><p>3</p><p>4</p><p>5</p><p>6</p><p>7</p><p>8</p>"
        + "<div class=\"teasers\"><div class=\"date\">Leisure, 20.11.22</div><a href=\"/x\">Another story</a></div>")
        .published()).isEqualTo("2022-11-02");
    // Only the nearest text above: a date further up, unmarked, is as likely a teaser's.
    assertThat(article("", "<span>31.01.2022</span><p>Valley news</p><h1>Ferry stops</h1>").published()).isNull();
  }

  @Test
  void aDateMarkedPublishedAndUpdatedIsThePublication() {
    // WordPress themes mark a never-updated post's one date "entry-date published updated".
    assertThat(article("", "<h1>Ferry stops</h1><time class=\"entry-date published updated\">23. Februar 2020</time>")
        .published()).isEqualTo("2020-02-23");
    assertThat(article("", "<h1>Ferry stops</h1><time class=\"entry-date updated\">23. Februar 2020</time>").published())
        .isNull();
    // Other elements so marked are microformats of anything: an infobox's founding day.
    assertThat(article("", "<h1>Ferry stops</h1><span class=\"bday dtstart published updated\">1998-02-28</span>")
        .published()).isNull();
  }

  @Test
  void aUtcTimestampTakesTheDayAndZoneOfTheDateLineThePagePrints() {
    String declared = "<meta property=\"article:published_time\" content=\"2022-05-04T00:25:56Z\">";
    assertThat(article(declared, "<h1>Ferry stops</h1><div class=\"date\">3 May 2022 | 9:25 pm</div>").published())
        .isEqualTo("2022-05-03T21:25:56-03:00");
    assertThat(article(declared, "<h1>Ferry stops</h1><div class=\"date\">3 May 2022</div>").published())
        .isEqualTo("2022-05-03");
    // The same day printed, or a page printing no date, keeps the timestamp.
    assertThat(article(declared, "<h1>Ferry stops</h1><div class=\"date\">4 May 2022</div>").published())
        .isEqualTo("2022-05-04T00:25:56Z");
    assertThat(article(declared, "<h1>Ferry stops</h1>").published()).isEqualTo("2022-05-04T00:25:56Z");
    // The same instant declared with the page's offset is the one given.
    assertThat(article(declared + "<meta name=\"date\" content=\"Tue, 03 May 2022 21:25:56 -0300\">", "<h1>Ferry stops</h1>")
        .published()).isEqualTo("2022-05-03T21:25:56-03:00");
  }

  @Test
  void aTitlePartThatIsOnlyADateDatesAStoryThatPrintsNone() {
    assertThat(article("<title>08.11.2021 | Ferry stops</title>", "<h1>Ferry stops</h1>").published()).isEqualTo("2021-11-08");
    assertThat(article("<meta property=\"og:title\" content=\"Ferry stops - 2021-11-08\">", "<h1>Ferry stops</h1>").published())
        .isEqualTo("2021-11-08");
    // A date inside the words of a title is what the story is about; a printed date line comes first.
    assertThat(article("<title>Ferry stops on 08.11.2021</title>", "<h1>Ferry stops</h1>").published()).isNull();
    assertThat(article("<title>08.11.2021 | Ferry stops</title>", "<h1>Ferry stops</h1><p class=\"date\">9 November 2021</p>")
        .published()).isEqualTo("2021-11-09");
  }

  @Test
  void anEarlierDayPrintedWithTheStoryBeatsABareDateMeta() {
    String generic = "<meta name=\"date\" content=\"2020-04-30\">";
    assertThat(article(generic, "<h1>Ferry stops</h1><p class=\"date\">29.04.2020, 12:01 Uhr</p>").published())
        .isEqualTo("2020-04-29");
    // A later printed day, or a meta that names the publication, stands.
    assertThat(article(generic, "<h1>Ferry stops</h1><p class=\"date\">01.05.2020</p>").published()).isEqualTo("2020-04-30");
    assertThat(article("<meta property=\"article:published_time\" content=\"2020-04-30\">",
        "<h1>Ferry stops</h1><p class=\"date\">29.04.2020</p>").published()).isEqualTo("2020-04-30");
  }

  @Test
  void aSlashDateLineIsReadInThePagesOrder() {
    // MetadataTest's pages say lang="en": unsure, only a day above 12 settles the order.
    assertThat(article("", "<h1>Ferry stops</h1><span class=\"time\">26/10/2020</span>").published()).isEqualTo("2020-10-26");
    assertThat(article("", "<h1>Ferry stops</h1><span class=\"time\">02/10/2020</span>").published()).isNull();
    // The page's own language decides, not its sharing card's locale.
    assertThat(article("<meta property=\"og:locale\" content=\"en_GB\">",
        "<h1>Ferry stops</h1><span class=\"time\">02/10/2020</span>").published()).isNull();
    String british = "<!doctype html><html lang=\"en-GB\"><body><h1>Ferry stops</h1><span class=\"time\">02/10/2020</span>"
        + "<article>" + STORY + "</article></body></html>";
    Extraction e = new Extractor().extract(RawPage.of(british.getBytes(StandardCharsets.UTF_8), "page.html"));
    assertThat(((Extraction.Extracted) e).article().published()).isEqualTo("2020-10-02");
    // Beside a UTC timestamp, a printed slash date moves it only with a time that agrees.
    String declared = "<meta property=\"article:published_time\" content=\"2018-06-12T23:00:00Z\">";
    assertThat(article(declared, "<h1>Ferry stops</h1><div class=\"date\">6/13/2018 00:00</div>").published())
        .isEqualTo("2018-06-13T00:00+01:00");
    assertThat(article(declared, "<h1>Ferry stops</h1><div class=\"date\">6/13/2018</div>").published())
        .isEqualTo("2018-06-12T23:00Z");
  }

  @Test
  void aSearchIndexPublicationDateMetaDatesTheStory() {
    assertThat(article("<meta name=\"publication_date\" content=\"2022-02-08T14:00:00\">", "<h1>Ferry stops</h1>").published())
        .isEqualTo("2022-02-08T14:00");
  }

  @Test
  void aTimeElementsMicrodataContentKeepsTheTimeItsTextLeavesOut() {
    assertThat(article("", "<h1>Ferry stops</h1><time itemprop=\"datePublished\" content=\"2017-12-01T03:00:00-0800\">"
        + "1 de diciembre de 2017</time>").published()).isEqualTo("2017-12-01T03:00-08:00");
  }

  @Test
  void aLeadThatOpensWithTheDayDatesAnUndeclaredStory() {
    String lead = "<p>29.11.2022 – The river rose two metres overnight and the ferry to the island stopped running before"
        + " dawn, leaving commuters to wait on the quay for news of a replacement bus this morning.</p>";
    assertThat(dated(lead)).isEqualTo("2022-11-29");
    assertThat(dated(lead.replace("29.11.2022 –", "(21. November 2022)"))).isEqualTo("2022-11-21");
    assertThat(dated(lead.replace("29.11.2022 –", "Pressemitteilung vom 25. Januar 2022 |\u00a0 Valley –")))
        .isEqualTo("2022-01-25");
    // A byline line may come first; a sentence that mentions a day is not a dated lead.
    assertThat(dated("<p>By Mara Lindqvist</p>" + lead)).isEqualTo("2022-11-29");
    assertThat(dated(lead.replace("29.11.2022 –", "The council said on 29.11.2022 –"))).isNull();
  }

  private static String dated(String lead) {
    String html = "<html><body><article><h1>Ferry stops</h1>" + lead + STORY + "</article></body></html>";
    Extraction e = new Extractor().extract(RawPage.of(html.getBytes(StandardCharsets.UTF_8), "page.html"));
    return ((Extraction.Extracted) e).article().published();
  }

  @Test
  void aModifiedTimeIsNotThePublicationDate() {
    Article a = article("", "<h1>Ferry stops</h1><time itemprop=\"dateModified\" datetime=\"2020-01-07\">7 Jan</time>"
        + "<span itemprop=\"datePublished\" content=\"2019-12-22\">22 Dec</span>");
    assertThat(a.published()).isEqualTo("2019-12-22");
  }

  @Test
  void theUrlDatesAStoryThatPrintsNoDate() {
    String html = "<html><head><link rel=\"canonical\" href=\"https://valley.example/2014/05/18/ferry-stops/\"></head><body>"
        + "<article>" + STORY + "</article></body></html>";
    Extraction e = new Extractor().extract(RawPage.of(html.getBytes(StandardCharsets.UTF_8), "page.html"));
    assertThat(((Extraction.Extracted) e).article().published()).isEqualTo("2014-05-18");
    assertThat(newsdesk.extract.convention.PublicationDate.inUrl("https://valley.example/2014-05-18-ferry")).isEqualTo("2014-05-18");
    assertThat(newsdesk.extract.convention.PublicationDate.inUrl("https://valley.example/2014/05/ferry")).isNull();
    assertThat(newsdesk.extract.convention.PublicationDate.inUrl("https://valley.example/2014/13/40/x")).isNull();
  }

  @Test
  void aShownHeadingThatIsTheTitlesLongestPartIsTheHeadline() {
    assertThat(HtmlPageExtractor.cleanTitle("Valley News » Blog » Ferry stops as river rises",
        List.of("Valley News", "Ferry stops as river rises"), null, null, null)).isEqualTo("Ferry stops as river rises");
    assertThat(HtmlPageExtractor.cleanTitle("Ferry:Timetable – Valleywiki", List.of("Ferry:Timetable"), null, null, null))
        .isEqualTo("Ferry:Timetable");
    // The site's logo heading is a part too, but not the title's main one: the declared site name removes it.
    assertThat(HtmlPageExtractor.cleanTitle("Ferry stops as river rises on Monday :: Valley Blogs", List.of("Valley Blogs"),
        "Valley Blogs", null, null)).isEqualTo("Ferry stops as river rises on Monday");
    // Two shown headings as long as each other, both parts of the title: the site's heading comes first
    // on the page (a logo linking home), the story's after it, whichever order the title puts them in.
    assertThat(HtmlPageExtractor.cleanTitle("River ferry stops — Valley ferry club", List.of("Valley ferry club", "River ferry stops"),
        null, null, null)).isEqualTo("River ferry stops");
    assertThat(HtmlPageExtractor.cleanTitle("Valley ferry club » River ferry stops", List.of("Valley ferry club", "River ferry stops"),
        null, null, null)).isEqualTo("River ferry stops");
    // A documentation page's heading carries its permalink pilcrow.
    assertThat(HtmlPageExtractor.cleanTitle("River ferry stops — Valley ferry club", List.of("Valley ferry club", "River ferry stops¶"),
        null, null, null)).isEqualTo("River ferry stops");
  }

  @Test
  void aHeadingInTheSitesLogoNamesTheSiteNotTheStory() {
    // Two h1s, the platform's logo and the blog's name, both parts of the title; nothing declares a site name.
    Article a = article("<title>Ferry stops at the quay (2) | Anna's valley diary :: Blogs Hub ::</title>",
        "<header><h1 class=\"topbar__logo__title\">Blogs Hub</h1><div class=\"site-title\"><h1>"
            + "<a href=\"https://anna.blogs.example/blog\">Anna's valley diary</a></h1></div></header>");
    assertThat(a.title()).isEqualTo("Ferry stops at the quay (2)");
    // A logo heading is no headline even where it is the only heading and the title's longest part.
    Article alone = article("<title>Ferry | Valley news and weather for all</title>",
        "<div id=\"logo\"><h1>Valley news and weather for all</h1></div>");
    assertThat(alone.title()).isEqualTo("Ferry");
    // The branding block of a page that prints its headline there keeps it: it is not a part beside the title.
    Article branded = article("<title>Ferry stops as river rises</title>",
        "<div class=\"branding\"><h1>Ferry stops as river rises</h1></div>");
    assertThat(branded.title()).isEqualTo("Ferry stops as river rises");
  }

  @Test
  void chineseAndJapaneseTitlesJoinTheSiteNameWithoutSpaces() {
    assertThat(HtmlPageExtractor.cleanTitle("河水上涨，渡轮停在码头！-河谷网", List.of(), null, null, null))
        .isEqualTo("河水上涨，渡轮停在码头！");
    assertThat(HtmlPageExtractor.cleanTitle("VALLEY NEWS|川の水位が上がり、渡し船が止まる", List.of(), null, null, null))
        .isEqualTo("川の水位が上がり、渡し船が止まる");
    assertThat(HtmlPageExtractor.cleanTitle("渡し船が止まる｜谷新聞", List.of(), null, null, null)).isEqualTo("渡し船が止まる");
    // Two names of equal weight, or a hyphen inside a word, are the title itself.
    assertThat(HtmlPageExtractor.cleanTitle("東京|大阪", List.of(), null, null, null)).isEqualTo("東京|大阪");
    assertThat(HtmlPageExtractor.cleanTitle("Wi-Fiプロテクションの新しいアプリ", List.of(), null, null, null))
        .isEqualTo("Wi-Fiプロテクションの新しいアプリ");
  }

  @Test
  void aKickerBesideTheHeadlineIsNotPartOfTheTitle() {
    // The kicker is its own element inside the h1; the share title joins them with a colon or a dash.
    Article spans = article("<meta property=\"og:title\" content=\"Ferry trouble: River rises over the quay again | Valley\">",
        "<h1><span class=\"dachzeile\">Ferry trouble</span> <span class=\"headline\">River rises over the quay again</span></h1>");
    assertThat(spans.title()).isEqualTo("River rises over the quay again");
    Article hiddenDash = article("<meta property=\"og:title\" content=\"Valley floods - “The river rose over the quay again”\">",
        "<h1><span class=\"teaser__kicker\">Valley floods</span><span class=\"visually-hidden\"> - </span>"
            + "<span>“The river rose over the quay again”</span></h1>");
    assertThat(hiddenDash.title()).isEqualTo("“The river rose over the quay again”");
    Article label = article("<meta property=\"og:title\" content=\"Birthday:  Ferry captain turns one hundred\">",
        "<h1><div class=\"topic-label\"> Birthday </div> Ferry captain turns one hundred </h1>");
    assertThat(label.title()).isEqualTo("Ferry captain turns one hundred");
    // The page shows only the headline; the share title puts a topic and a colon before it.
    Article shownAlone = article("<meta property=\"og:title\" content=\"River and town: Ferry stops at the quay\">",
        "<h1>Ferry stops at the quay</h1>");
    assertThat(shownAlone.title()).isEqualTo("Ferry stops at the quay");
    // A heading that is only a name inside the title is no headline.
    Article named = article("<meta property=\"og:title\" content=\"Interview with Anna Berg about her new ferry book\">",
        "<h1>Anna Berg</h1>");
    assertThat(named.title()).isEqualTo("Interview with Anna Berg about her new ferry book");
  }

  @Test
  void aShareTitleThatIsOnlyTheSiteNameIsNoTitle() {
    Article a = article("<title>Ferry stops as river rises</title><meta property=\"og:site_name\" content=\"Valley Rowing Union - VRU\">"
        + "<meta property=\"og:title\" content=\"Valley Rowing Union - VRU\">", "");
    assertThat(a.title()).isEqualTo("Ferry stops as river rises");
    // Where every source names only the site, that is the title there is.
    Article home = article("<title>Valley Rowing Union</title><meta property=\"og:site_name\" content=\"Valley Rowing Union\">"
        + "<meta property=\"og:title\" content=\"Valley Rowing Union\">", "");
    assertThat(home.title()).isEqualTo("Valley Rowing Union");
  }

  @Test
  void aTitleCutForSharingIsCompletedFromTheHeadline() {
    Article a = article("<meta property=\"og:title\" content=\"Ferry stops as the river rises over the quay...\">",
        "<h1>Ferry stops as the river rises over the quay and the town waits</h1>");
    assertThat(a.title()).isEqualTo("Ferry stops as the river rises over the quay and the town waits");
    Article midWord = article("<meta property=\"og:title\" content=\"Ferry stops as the river rises over the qu\">",
        "<h1>Ferry stops as the river rises over the quay and the town waits</h1>");
    assertThat(midWord.title()).isEqualTo("Ferry stops as the river rises over the quay and the town waits");
    assertThat(HtmlPageExtractor.cleanTitle("Ferry stops as river rises -", List.of(), null, null, null))
        .isEqualTo("Ferry stops as river rises");
    assertThat(HtmlPageExtractor.cleanTitle("« Ferry stops as river rises »", List.of(), null, null, null))
        .isEqualTo("« Ferry stops as river rises »");
    Article shortTitle = article("<title>Ferry stops - Valley News</title><meta property=\"og:title\" content=\"Ferry stops\">",
        "<h1>Ferry stops as the river rises over the quay</h1>");
    assertThat(shortTitle.title()).isEqualTo("Ferry stops");
    // Some CMSs cut the JSON-LD headline at a fixed length, after a space: the space left at its end tells.
    Article cutAtSpace = article(ld("{\"@type\": \"NewsArticle\", \"headline\": \"Ferry stops as the river rises over the quay of the old town and \"}"),
        "<h1>Ferry stops as the river rises over the quay of the old town and the town waits</h1>");
    assertThat(cutAtSpace.title()).isEqualTo("Ferry stops as the river rises over the quay of the old town and the town waits");
    // The heading must go on with a new word where the headline was cut.
    Article otherWord = article(ld("{\"@type\": \"NewsArticle\", \"headline\": \"Ferry stops as the river rises over the quay of the old town and \"}"),
        "<h1>Ferry stops as the river rises over the quay of the old town andover</h1>");
    assertThat(otherWord.title()).isEqualTo("Ferry stops as the river rises over the quay of the old town and");
    // A short one ending in a space was typed so.
    Article typed = article(ld("{\"@type\": \"NewsArticle\", \"headline\": \"Ferry stops \"}"),
        "<h1>Ferry stops as the river rises over the quay</h1>");
    assertThat(typed.title()).isEqualTo("Ferry stops");
  }

  @Test
  void aTitlePartSpellingTheHostIsTheSiteName() {
    assertThat(HtmlPageExtractor.cleanTitle("Ferry stops › Valleyblog.de", List.of(), null, null, "www.valleyblog.de"))
        .isEqualTo("Ferry stops");
    assertThat(HtmlPageExtractor.cleanTitle("valleyblog // » Ferry stops", List.of(), null, null, "valleyblog.de"))
        .isEqualTo("Ferry stops");
    assertThat(HtmlPageExtractor.cleanTitle("Ferry stops - Valley", List.of(), null, null, "valleyblog.de"))
        .isEqualTo("Ferry stops - Valley");
    assertThat(HtmlPageExtractor.cleanTitle("Ferry stops as river rises – My weblog", List.of(), null, null, null))
        .isEqualTo("Ferry stops as river rises");
  }

  @Test
  void aSiteNamePartIsFoundByItsHostHoweverTheHostIsSpelled() {
    // The whole host, when its last label is a word ("valley.media").
    assertThat(HtmlPageExtractor.cleanTitle("Ferry stops as river rises | Valley media", List.of(), null, null, "valley.media"))
        .isEqualTo("Ferry stops as river rises");
    // A name under a country's second-level domain ("gv.at", "co.uk"), followed by a word or a legal form.
    assertThat(HtmlPageExtractor.cleanTitle("Ferry stops as river rises - Valleyamt Österreich", List.of(), null, null,
        "www.valleyamt.gv.at")).isEqualTo("Ferry stops as river rises");
    assertThat(HtmlPageExtractor.cleanTitle("Ferry stops as river rises » ValleyNews e.V.", List.of(), null, null,
        "valleynews.de")).isEqualTo("Ferry stops as river rises");
    // Whatever follows the site's name is its tagline or section, not the story's.
    assertThat(HtmlPageExtractor.cleanTitle("Ferry stops – timetable changes – Valleyblog – Tips", List.of(), null, null,
        "valleyblog.de")).isEqualTo("Ferry stops – timetable changes");
    assertThat(HtmlPageExtractor.cleanTitle("Ferry stops | valleyblog.de | Your valley magazine", List.of(), null, null,
        "valleyblog.de")).isEqualTo("Ferry stops");
    // A story's own words that start with the host's name are not the site: the longest part is the story.
    assertThat(HtmlPageExtractor.cleanTitle("Valley unveils ferry | Tech Daily", List.of(), null, null, "valley.com"))
        .isEqualTo("Valley unveils ferry | Tech Daily");
    assertThat(HtmlPageExtractor.cleanTitle("Valley ferries | Valley unveils new ferry timetable", List.of(), null, null,
        "valley.com")).isEqualTo("Valley unveils new ferry timetable");
  }

  @Test
  void whatIsLeftOfATitleIsTheHeadlineItHolds() {
    // A kicker or a recipe's label left beside the headline once the site's name is gone.
    assertThat(HtmlPageExtractor.cleanTitle("Recipe: Valley plum cake | Valley Kitchen", List.of("Valley plum cake"),
        "Valley Kitchen", null, null)).isEqualTo("Valley plum cake");
    // Of two headings the title holds, the longer is the headline.
    assertThat(HtmlPageExtractor.cleanTitle("Valley plum cake with cream - Valley Kitchen",
        List.of("Valley plum cake", "Valley plum cake with cream"), "Valley Kitchen", null, null))
        .isEqualTo("Valley plum cake with cream");
    // A heading that is the whole title keeps it whole, a last part that looks like a site's name included.
    assertThat(HtmlPageExtractor.cleanTitle("Ferry stops for winter – Until Spring", List.of("Ferry stops for winter – Until Spring"),
        null, null, null)).isEqualTo("Ferry stops for winter – Until Spring");
  }

  @Test
  void entitiesEscapedInsideJsonLdAreDecoded() {
    // WordPress SEO plugins write HTML entities into JSON-LD strings, which JSON itself never decodes.
    Article a = article(ld("{\"@type\": \"NewsArticle\", \"headline\": \"Ferry stops &#8211; &#8222;quay&#8220; closes &amp; waits\","
        + " \"author\": {\"@type\": \"Person\", \"name\": \"Lindsey O&#039;Ferry\"},"
        + " \"articleSection\": \"Travel &amp; Rivers\"}"), "");
    assertThat(a.title()).isEqualTo("Ferry stops – „quay“ closes & waits");
    assertThat(a.authors()).containsExactly("Lindsey O'Ferry");
    assertThat(a.section()).isEqualTo("Travel & Rivers");
    // A lone ampersand or a word that only looks like an entity stays as written.
    Article plain = article(ld("{\"@type\": \"NewsArticle\", \"headline\": \"Ferry & quay: R&D;s new plan\"}"), "");
    assertThat(plain.title()).isEqualTo("Ferry & quay: R&D;s new plan");
  }

  @Test
  void wordPressBlogArchivePartIsNoTitle() {
    assertThat(HtmlPageExtractor.cleanTitle("Blog Archive » Ferry stops as river rises", List.of(), null, null, null))
        .isEqualTo("Ferry stops as river rises");
    assertThat(HtmlPageExtractor.cleanTitle("Valley Notes » Blog Archiv » Fähre fällt aus", List.of(), "Valley Notes", null, null))
        .isEqualTo("Fähre fällt aus");
  }

  @Test
  void aDateBesideTheHeadlineIsNoPartOfTheTitle() {
    assertThat(HtmlPageExtractor.cleanTitle("23.01.2022 - Ferry stops as river rises", List.of(), null, null, null))
        .isEqualTo("Ferry stops as river rises");
    assertThat(HtmlPageExtractor.cleanTitle("Ferry stops as river rises | Valley | 23.05.2011", List.of(), null, null,
        "www.valley.com")).isEqualTo("Ferry stops as river rises");
    assertThat(HtmlPageExtractor.cleanTitle("Ferry stops as river rises – 2011-05-23", List.of(), null, null, null))
        .isEqualTo("Ferry stops as river rises");
    // A day without its year is an issue's name ("30.11. | Book of the week"), and a date alone is all the title there is.
    assertThat(HtmlPageExtractor.cleanTitle("30.11. | Book of the week", List.of(), null, null, null))
        .isEqualTo("30.11. | Book of the week");
    assertThat(HtmlPageExtractor.cleanTitle("23.01.2022", List.of(), null, null, null)).isEqualTo("23.01.2022");
  }

  @Test
  void theHeadlineShownOnThePageGivesTheTitlesTypography() {
    // Share titles are typed on keyboards; the page's headline keeps its dashes and quotes.
    assertThat(HtmlPageExtractor.cleanTitle("Ferry stops - timetable changes - Valleyblog", List.of("Ferry stops – timetable changes"),
        "Valleyblog", null, null)).isEqualTo("Ferry stops – timetable changes");
    assertThat(HtmlPageExtractor.cleanTitle("\"Ferry stops\", says the mayor", List.of("„Ferry stops“, says the mayor"),
        null, null, null)).isEqualTo("„Ferry stops“, says the mayor");
    // Only a difference of typography: other words keep the declared title.
    assertThat(HtmlPageExtractor.cleanTitle("Ferry stops - timetable changes", List.of("Ferry stops – timetable changed"),
        null, null, null)).isEqualTo("Ferry stops - timetable changes");
  }
}
