package newsdesk.store;

import static newsdesk.store.ArticleFixtures.edited;
import static newsdesk.store.ArticleFixtures.faceted;
import static newsdesk.store.ArticleFixtures.fromSourceVersion;
import static newsdesk.store.ArticleFixtures.full;
import static newsdesk.store.ArticleFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import newsdesk.article.Article;
import newsdesk.article.ArticleSummary;
import newsdesk.article.Rejection;
import newsdesk.article.Source;
import newsdesk.testing.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link ArticleStore} must do, run against each implementation (DynamoDB on dynalite,
 * the embedded H2 store) by a subclass that supplies a fresh, empty store per test.
 */
public abstract class ArticleStoreContract {

  protected static final Instant AT = Instant.parse("2022-02-01T10:00:00Z");

  protected ArticleStore store;

  /** The store's clock: the system's unless a test sets it (lists show nothing dated after now). */
  protected final SettableClock clock = new SettableClock();

  /** A new, empty store that reads the time from {@code clock}; called before every test. */
  protected abstract ArticleStore newStore(Clock clock);

  @BeforeEach
  void freshStore() {
    store = newStore(clock);
  }

  @Test
  void getsBackEveryFieldOfAStoredArticle() {
    Article article = full("a1");

    assertThat(store.put(article, AT)).isEqualTo(PutOutcome.STORED);

    assertThat(store.get("a1")).contains(article);
  }

  @Test
  void unknownIdIsEmpty() {
    assertThat(store.get("nope")).isEmpty();
  }

  @Test
  void samePutTwiceIsUnchangedAndLeavesOneItem() {
    Article article = full("a1");
    store.put(article, AT);

    assertThat(store.put(article, AT.plusSeconds(60))).isEqualTo(PutOutcome.UNCHANGED);

    SummaryPage page = store.list(null, 10);
    assertThat(page.items()).extracting(ArticleSummary::id).containsExactly("a1");
    assertThat(page.next()).isNull();
    assertThat(store.get("a1")).contains(article);
  }

  @Test
  void changedContentIsUpdated() {
    Article original = full("a1");
    store.put(original, AT);
    Article changed = edited(original, "A corrected story.");

    assertThat(store.put(changed, AT)).isEqualTo(PutOutcome.UPDATED);

    assertThat(store.get("a1")).contains(changed);
    assertThat(store.list(null, 10).items()).containsExactly(changed.summary());
  }

  /**
   * Ingest's put: the stored version read ahead of it (before any write), and the object's source
   * record written with it. Same outcomes and the same article as a plain put; the record is there
   * afterwards, whether the article was new, changed or unchanged.
   */
  @Test
  void aPutWithItsSourceRecordAndTheStoredVersionReadAheadIsAPlainPutThenTheRecord() {
    Article original = full("a1");
    Article changed = edited(original, "A corrected story.");
    List<PutOutcome> outcomes = new ArrayList<>();
    int attempt = 0;
    for (Article version : List.of(original, original, changed)) {
      SourceRecord record = new SourceRecord("b/k", "v" + attempt, null, "a1", null, AT.plusSeconds(attempt++).toString());
      ArticleStore.Stored stored = store.stored("a1");
      outcomes.add(store.put(version, AT, record, stored));
      assertThat(store.source("b/k")).contains(record);
    }
    SourceRecord last = new SourceRecord("b/k", "v9", null, "a1", null, AT.toString());
    outcomes.add(store.put(changed, AT, last, null));

    assertThat(outcomes).containsExactly(PutOutcome.STORED, PutOutcome.UNCHANGED, PutOutcome.UPDATED, PutOutcome.UNCHANGED);
    assertThat(store.source("b/k")).contains(last);
    assertThat(store.get("a1")).contains(changed);
    assertThat(store.list(null, 10).items()).containsExactly(changed.summary());
  }

  @Test
  void sameContentFromAnotherSourceVersionIsUpdated() {
    Article original = full("a1");
    store.put(original, AT);

    assertThat(store.put(fromSourceVersion(original, "v2", original.source().etag()), AT))
        .isEqualTo(PutOutcome.UPDATED);
    assertThat(store.put(fromSourceVersion(original, "v2", "\"etag-2\""), AT)).isEqualTo(PutOutcome.UPDATED);
    assertThat(store.put(fromSourceVersion(original, "v2", "\"etag-2\""), AT)).isEqualTo(PutOutcome.UNCHANGED);
    assertThat(store.get("a1").orElseThrow().source().versionId()).isEqualTo("v2");
  }

  @Test
  void updateThatChangesThePublishedDateMovesTheArticleWithoutCopyingIt() {
    store.put(published("a1", "2022-01-01"), AT);
    store.put(published("a2", "2022-01-15"), AT);

    store.put(edited(published("a1", "2022-01-30"), "moved"), AT);

    assertThat(store.list(null, 10).items()).extracting(ArticleSummary::id).containsExactly("a1", "a2");
  }

  @Test
  void listsNewestFirstByPublishedTimeElseStoredTime() {
    // 2022-01-27T00:00Z (date-only counts as midnight UTC)
    store.put(published("date-only", "2022-01-27"), AT);
    // 2022-01-27T08:30Z
    store.put(published("with-offset", "2022-01-27T09:30:00+01:00"), AT);
    // 2022-01-27T04:00Z: later in UTC than the date-only article although its local date is the 26th
    store.put(published("previous-evening", "2022-01-26T23:00:00-05:00"), AT);
    // no date: ordered by when it was stored
    store.put(published("undated", null), Instant.parse("2022-01-26T12:00:00Z"));
    store.put(published("undated-recent", null), Instant.parse("2022-01-28T00:00:00Z"));
    // an unparseable date is treated as no date
    store.put(published("garbled", "last Thursday"), Instant.parse("2022-01-25T00:00:00Z"));

    assertThat(store.list(null, 10).items()).extracting(ArticleSummary::id).containsExactly(
        "undated-recent", "with-offset", "previous-evening", "date-only", "undated", "garbled");
  }

  @Test
  void listReadsSummariesThatMatchTheArticles() {
    Article article = full("a1");
    store.put(article, AT);

    assertThat(store.list(null, 1)).isEqualTo(new SummaryPage(List.of(article.summary()), null));
  }

  @Test
  void emptyStoreListsNothing() {
    assertThat(store.list(null, 5)).isEqualTo(new SummaryPage(List.of(), null));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 6, 7, 8, 50})
  void pagesThroughEveryArticleExactlyOnce(int limit) {
    int n = 7;
    List<String> expected = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      expected.add("p" + i);
    }
    // Two articles share a published time: the id breaks the tie, and paging must not skip either.
    IntStream.range(0, n).forEach(i ->
        store.put(published("p" + i, i == 4 ? "2022-01-03T00:00:00Z" : "2022-01-0" + (i + 1) + "T00:00:00Z"), AT));

    List<String> seen = new ArrayList<>();
    int pages = 0;
    String after = null;
    do {
      SummaryPage page = store.list(after, limit);
      pages++;
      assertThat(page.items()).isNotEmpty().hasSizeLessThanOrEqualTo(limit);
      page.items().forEach(s -> seen.add(s.id()));
      after = page.next();
    } while (after != null && pages <= n);

    assertThat(seen).containsExactlyInAnyOrderElementsOf(expected).doesNotHaveDuplicates();
    assertThat(pages).isEqualTo((n + limit - 1) / limit);
  }

  @Test
  void pageOrderFollowsTimeAcrossPages() {
    IntStream.range(0, 5).forEach(i -> store.put(published("p" + i, "2022-01-0" + (i + 1)), AT));

    SummaryPage first = store.list(null, 2);
    SummaryPage second = store.list(first.next(), 2);
    SummaryPage third = store.list(second.next(), 2);

    assertThat(first.items()).extracting(ArticleSummary::id).containsExactly("p4", "p3");
    assertThat(second.items()).extracting(ArticleSummary::id).containsExactly("p2", "p1");
    assertThat(third.items()).extracting(ArticleSummary::id).containsExactly("p0");
    assertThat(third.next()).isNull();
  }

  @Test
  void filtersByEachFacetNormalizedAndNewestFirst() {
    store.put(faceted("r1", "2022-01-01", "Reuters", "World", "en", List.of("Tom Balmforth"), List.of("Ukraine", "NATO")), AT);
    store.put(faceted("r2", "2022-01-03", "REUTERS ", "Business", "en", List.of("Simon Lewis"), List.of("Markets")), AT);
    store.put(faceted("a1", "2022-01-02", "AP", "World", "fr", List.of("Tom  Balmforth"), List.of("ukraine")), AT);
    store.put(faceted("n1", "2022-01-04", null, null, null, List.of(), List.of()), AT);

    assertThat(ids(listing(Facet.Kind.PUBLISHER, "reuters"))).containsExactly("r2", "r1");
    assertThat(ids(listing(Facet.Kind.SECTION, "World"))).containsExactly("a1", "r1");
    assertThat(ids(listing(Facet.Kind.LANGUAGE, "FR"))).containsExactly("a1");
    assertThat(ids(listing(Facet.Kind.AUTHOR, "tom balmforth"))).containsExactly("a1", "r1");
    assertThat(ids(listing(Facet.Kind.TAG, "Ukraine"))).containsExactly("a1", "r1");
    assertThat(ids(listing(Facet.Kind.TAG, "nothing"))).isEmpty();
    assertThat(store.list(listing(Facet.Kind.PUBLISHER, "reuters"), null, 10).next()).isNull();
  }

  @Test
  void combinesFiltersAndTimeBoundsInclusively() {
    store.put(faceted("r1", "2022-01-01", "Reuters", "World", "en", List.of(), List.of("Ukraine")), AT);
    store.put(faceted("r2", "2022-01-02T12:00:00Z", "Reuters", "World", "en", List.of(), List.of("Markets")), AT);
    store.put(faceted("r3", "2022-01-03", "Reuters", "Business", "en", List.of(), List.of("Ukraine")), AT);
    store.put(faceted("a1", "2022-01-02", "AP", "World", "en", List.of(), List.of("Ukraine")), AT);
    Facet reuters = Facet.of(Facet.Kind.PUBLISHER, "Reuters");
    Facet world = Facet.of(Facet.Kind.SECTION, "World");
    Facet ukraine = Facet.of(Facet.Kind.TAG, "Ukraine");

    assertThat(ids(new Listing(List.of(reuters, world), null, null))).containsExactly("r2", "r1");
    assertThat(ids(new Listing(List.of(reuters, ukraine), null, null))).containsExactly("r3", "r1");
    assertThat(ids(new Listing(List.of(reuters, world, ukraine), null, null))).containsExactly("r1");
    Instant jan2 = Instant.parse("2022-01-02T00:00:00Z");
    Instant jan2noon = Instant.parse("2022-01-02T12:00:00Z");
    assertThat(ids(new Listing(List.of(), jan2, jan2noon))).containsExactly("r2", "a1");
    assertThat(ids(new Listing(List.of(reuters), jan2, null))).containsExactly("r3", "r2");
    assertThat(ids(new Listing(List.of(reuters), null, jan2noon))).containsExactly("r2", "r1");
    assertThat(ids(new Listing(List.of(ukraine, world), jan2, jan2))).containsExactly("a1");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7})
  void pagesThroughAFilteredListAcrossMonthsAndYearsExactlyOnce(int limit) {
    List<String> expected = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      // Spread over two years and several months, some months empty, with a tie on one instant.
      String published = (2020 + i / 6) + "-" + String.format("%02d", 1 + (i * 5) % 12) + "-1" + (i == 7 ? 0 : i % 10);
      String publisher = i % 3 == 0 ? "AP" : "Reuters";
      store.put(faceted("p" + i, published, publisher, "World", "en", List.of(), List.of()), AT);
    }
    for (Listing listing : List.of(Listing.ALL, listing(Facet.Kind.PUBLISHER, "reuters"))) {
      List<String> byTime = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        if (listing == Listing.ALL || i % 3 != 0) {
          byTime.add("p" + i);
        }
      }
      List<String> newestFirst = store.list(listing, null, 100).items().stream().map(ArticleSummary::id).toList();
      assertThat(newestFirst).containsExactlyInAnyOrderElementsOf(byTime);

      List<String> seen = new ArrayList<>();
      String after = null;
      int pages = 0;
      do {
        SummaryPage page = store.list(listing, after, limit);
        assertThat(page.items()).isNotEmpty().hasSizeLessThanOrEqualTo(limit);
        page.items().forEach(item -> seen.add(item.id()));
        after = page.next();
      } while (after != null && ++pages < 100);
      assertThat(seen).as("limit " + limit + " " + listing).containsExactlyElementsOf(newestFirst);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 20})
  void pagesAcrossMonthBoundariesAndOverEmptyMonthsExactlyOnce(int limit) {
    // Two stories early in November, three at the end of October, none in September or August, two in
    // July, one the year before; the clock a few hours into November.
    List<String> newestFirst = List.of("n2", "n1", "o3", "o2", "o1", "j2", "j1", "y1");
    Map<String, String> published = Map.of("n2", "2022-11-01T05:00:00Z", "n1", "2022-11-01T00:00:00Z",
        "o3", "2022-10-31T23:59:59.999Z", "o2", "2022-10-31T12:00:00Z", "o1", "2022-10-02",
        "j2", "2022-07-31", "j1", "2022-07-01", "y1", "2021-12-31T23:00:00Z");
    published.forEach((id, time) -> store.put(published(id, time), AT));
    clock.set("2022-11-01T06:00:00Z");

    assertThat(pageThrough(Listing.ALL, limit)).containsExactlyElementsOf(newestFirst);
    // A reader early in a month that has no story yet sees the previous months.
    clock.set("2022-12-01T00:01:00Z");
    assertThat(pageThrough(Listing.ALL, limit)).containsExactlyElementsOf(newestFirst);
    // Pages bounded to an empty stretch of months, and ones that start in it.
    clock.set("2023-05-01T00:00:00Z");
    assertThat(pageThrough(new Listing(List.of(), Instant.parse("2022-08-01T00:00:00Z"),
        Instant.parse("2022-09-30T23:59:59Z")), limit)).isEmpty();
    assertThat(pageThrough(new Listing(List.of(), null, Instant.parse("2022-09-30T00:00:00Z")), limit))
        .containsExactly("j2", "j1", "y1");
  }

  @Test
  void listsAStoryDatedAfterNowOnceItsTimeHasCome() {
    store.put(faceted("soon", "2022-03-01T09:00:00Z", "Reuters", "World", "en", List.of(), List.of()), AT);
    store.put(faceted("later", "2023-01-01", "Reuters", "World", "en", List.of(), List.of()), AT);
    store.put(faceted("past", "2022-01-05", "Reuters", "World", "en", List.of(), List.of()), AT);
    Listing reuters = listing(Facet.Kind.PUBLISHER, "Reuters");

    clock.set("2022-01-10T00:00:00Z");
    assertThat(ids(Listing.ALL)).containsExactly("past");
    assertThat(ids(reuters)).containsExactly("past");
    clock.set("2022-03-01T09:00:00Z");
    assertThat(ids(Listing.ALL)).containsExactly("soon", "past");
    assertThat(ids(reuters)).containsExactly("soon", "past");
    clock.set("2023-01-01T00:00:00Z");
    assertThat(ids(Listing.ALL)).containsExactly("later", "soon", "past");
    assertThat(ids(new Listing(List.of(), null, Instant.parse("2022-12-31T00:00:00Z")))).containsExactly("soon", "past");
    assertThat(store.get("later")).isPresent();
    // Ingest looks for near-duplicates among every stored text, whatever date it claims.
    store.put(edited(published("wire", "2030-01-01"), ArticleFixtures.WIRE_STORY), AT);
    assertThat(ids(listing(Facet.Kind.BAND, Fingerprint.bands(ArticleFixtures.WIRE_STORY).get(0)))).contains("wire");
  }

  private List<String> pageThrough(Listing listing, int limit) {
    List<String> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      SummaryPage page = store.list(listing, after, limit);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
      if (page.next() != null) {
        assertThat(page.items()).as("a page with a next is not empty here").isNotEmpty();
      }
      page.items().forEach(item -> seen.add(item.id()));
      after = page.next();
    } while (after != null && ++pages < 100);
    return seen;
  }

  @Test
  void anUpdateMovesTheArticlesEntriesAndCounts() {
    store.put(faceted("a1", "2022-01-01", "Reuters", "World", "en", List.of("A"), List.of("x")), AT);
    store.put(faceted("a2", "2022-01-02", "Reuters", "World", "en", List.of("A"), List.of("x")), AT);

    assertThat(store.put(faceted("a1", "2022-03-01", "AP", "Business", "en", List.of("B"), List.of("y")), AT))
        .isEqualTo(PutOutcome.UPDATED);
    assertThat(store.put(faceted("a1", "2022-03-01", "AP", "Business", "en", List.of("B"), List.of("y")), AT))
        .isEqualTo(PutOutcome.UNCHANGED);

    assertThat(ids(listing(Facet.Kind.PUBLISHER, "Reuters"))).containsExactly("a2");
    assertThat(ids(listing(Facet.Kind.PUBLISHER, "AP"))).containsExactly("a1");
    assertThat(ids(listing(Facet.Kind.TAG, "x"))).containsExactly("a2");
    assertThat(ids(listing(Facet.Kind.AUTHOR, "B"))).containsExactly("a1");
    assertThat(ids(Listing.ALL)).containsExactly("a1", "a2");
    assertThat(store.counts(Facet.Kind.PUBLISHER, 100))
        .containsExactly(new FacetCount("AP", 1), new FacetCount("Reuters", 1));
    assertThat(store.counts(Facet.Kind.SECTION, 100))
        .containsExactly(new FacetCount("Business", 1), new FacetCount("World", 1));

    store.put(faceted("a2", "2022-01-02", "AP", "World", "en", List.of("A"), List.of("x")), AT);
    assertThat(store.counts(Facet.Kind.PUBLISHER, 100)).containsExactly(new FacetCount("AP", 2));
  }

  @Test
  void countsPublishersAndSectionsOncePerArticle() {
    Article article = faceted("a1", "2022-01-01", "Reuters", "World", "en", List.of(), List.of());
    store.put(article, AT);
    store.put(article, AT);
    store.put(faceted("a2", "2022-01-01", "reuters", null, "en", List.of(), List.of()), AT);

    assertThat(store.counts(Facet.Kind.PUBLISHER, 100)).singleElement()
        .satisfies(count -> assertThat(count.count()).isEqualTo(2));
    assertThat(store.counts(Facet.Kind.SECTION, 100)).containsExactly(new FacetCount("World", 1));
    assertThat(store.counts(Facet.Kind.SECTION, 0 + 1)).hasSize(1);
  }

  @Test
  void listsAStoryWithItsCopiesAndFindsTextsByBand() {
    Article original = edited(published("wire", "2022-01-01"), ArticleFixtures.WIRE_STORY).withDuplicateOf(null);
    Article copy = edited(published("copy", "2022-01-02"), ArticleFixtures.WIRE_COPY).withDuplicateOf("wire");
    Article other = edited(published("other", "2022-01-03"), ArticleFixtures.SAME_TOPIC_STORY).withDuplicateOf(null);
    store.put(original, AT);
    store.put(copy, AT);
    store.put(other, AT);

    assertThat(ids(listing(Facet.Kind.COPY, "wire"))).containsExactly("copy", "wire");
    assertThat(ids(listing(Facet.Kind.COPY, "other"))).containsExactly("other");
    String band = Fingerprint.bands(ArticleFixtures.WIRE_STORY).get(0);
    assertThat(ids(listing(Facet.Kind.BAND, band))).contains("wire").doesNotContain("other");

    // The copy is re-edited into a story of its own: it leaves the original's list and its bands.
    store.put(edited(copy, ArticleFixtures.SAME_TOPIC_STORY).withDuplicateOf(null), AT);
    assertThat(ids(listing(Facet.Kind.COPY, "wire"))).containsExactly("wire");
    for (String copyBand : Fingerprint.bands(ArticleFixtures.WIRE_COPY)) {
      assertThat(ids(listing(Facet.Kind.BAND, copyBand))).doesNotContain("copy");
    }
  }

  /** The near-duplicate check reads every band at once: the same pages, in order, as one by one. */
  @Test
  void listsReadsTheFirstPageOfEachListingInOrder() {
    store.put(edited(published("wire", "2022-01-01"), ArticleFixtures.WIRE_STORY).withDuplicateOf(null), AT);
    store.put(edited(published("other", "2022-01-03"), ArticleFixtures.SAME_TOPIC_STORY).withDuplicateOf(null), AT);
    List<Listing> listings = new ArrayList<>();
    for (String band : Fingerprint.bands(ArticleFixtures.WIRE_STORY)) {
      listings.add(new Listing(List.of(Facet.of(Facet.Kind.BAND, band)), null, null));
    }
    listings.add(new Listing(List.of(Facet.of(Facet.Kind.COPY, "nothing")), null, null));
    listings.add(Listing.ALL);

    List<SummaryPage> pages = store.lists(listings, 1);

    assertThat(pages).hasSize(listings.size());
    for (int i = 0; i < listings.size(); i++) {
      assertThat(pages.get(i)).isEqualTo(store.list(listings.get(i), null, 1));
    }
    assertThat(pages.get(0).items()).extracting(summary -> summary.id()).containsExactly("wire");
    assertThat(pages.get(listings.size() - 2).items()).isEmpty();
    assertThat(pages.get(listings.size() - 1).next()).isNotNull();
  }

  @Test
  void rejectsAPositionItDidNotIssue() {
    assertThatThrownBy(() -> store.list("not-a-position", 5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void largeBodyRoundTrips() {
    Article large = ArticleFixtures.large("big", 1_500_000);
    assertThat(large.text().length()).isGreaterThanOrEqualTo(1_500_000);

    assertThat(store.put(large, AT)).isEqualTo(PutOutcome.STORED);

    assertThat(store.get("big")).contains(large);
  }

  @Test
  void refusesAnArticleTooLargeEvenCompressed() {
    // Random hex does not compress below half its size: 1.5 MB of it is far over the limit.
    StringBuilder noise = new StringBuilder();
    java.util.Random random = new java.util.Random(42);
    while (noise.length() < 1_500_000) {
      noise.append(Long.toHexString(random.nextLong()));
    }
    Article huge = edited(full("huge"), noise.toString());

    assertThatThrownBy(() -> store.put(huge, AT)).isInstanceOf(ArticleTooLargeException.class);
    assertThat(store.get("huge")).isEmpty();
  }

  @Test
  void sourceRecordsAreReplaced() {
    assertThat(store.source("b/k")).isEmpty();
    store.putSource(new SourceRecord("b/k", "v1", "\"e1\"", "a1", null, "2022-02-01T10:00:00Z"));
    SourceRecord rejected = new SourceRecord("b/k", null, "\"e2\"", null, "not-article", "2022-02-01T11:00:00Z");

    store.putSource(rejected);

    assertThat(store.source("b/k")).contains(rejected);
    assertThat(store.source("b/other")).isEmpty();
  }

  @Test
  void rejectionsAreIdempotentPerObjectVersionAndNewestFirst() {
    Rejection older = rejection("incoming/a.html", "v1", "2022-02-01T10:00:00Z");
    Rejection newer = rejection("incoming/b.html", null, "2022-02-01T11:00:00Z");
    Rejection newest = rejection("incoming/a.html", "v2", "2022-02-01T12:00:00.5Z");

    store.putRejection(older);
    store.putRejection(newer);
    store.putRejection(newest);
    store.putRejection(older);
    store.putRejection(rejection("incoming/b.html", null, "2022-02-01T13:00:00Z"));

    assertThat(store.rejections(10)).containsExactly(newest, newer, older);
    assertThat(store.rejections(2)).containsExactly(newest, newer);
  }

  @Test
  void pagesThroughRejectionsNewestFirstIncludingTwoVersionsAtOneInstant() {
    List<Rejection> all = List.of(
        rejection("incoming/e.html", null, "2022-02-01T15:00:00Z"),
        rejection("incoming/d.html", "v2", "2022-02-01T14:00:00Z"),
        rejection("incoming/d.html", "v1", "2022-02-01T14:00:00Z"),
        rejection("incoming/c#1.html", null, "2022-02-01T13:00:00Z"),
        rejection("incoming/b.html", "v1", "2022-02-01T12:00:00Z"));
    all.forEach(store::putRejection);

    List<Rejection> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      RejectionPage page = store.rejections(after, 2);
      seen.addAll(page.items());
      after = page.next();
    } while (after != null && ++pages < 10);

    assertThat(seen).containsExactlyElementsOf(all);
    assertThat(pages).isEqualTo(2);
    assertThatThrownBy(() -> store.rejections("not-a-position", 2)).isInstanceOf(IllegalArgumentException.class);
  }

  private static Listing listing(Facet.Kind kind, String value) {
    return new Listing(List.of(Facet.of(kind, value)), null, null);
  }

  private List<String> ids(Listing listing) {
    return store.list(listing, null, 100).items().stream().map(ArticleSummary::id).toList();
  }

  private static Rejection rejection(String key, String versionId, String at) {
    return new Rejection(new Source("raw", key, versionId, "\"e\"", "text/html", null, null),
        "not-article", "an index page", "2.1.0", at);
  }
}
