package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.local.store.EmbeddedDatabase;
import newsdesk.local.store.EmbeddedFeedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry's operations on the embedded store. */
class FeedRegistryTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private EmbeddedDatabase db;
  private FeedStore store;
  private FeedRegistry registry;

  @BeforeEach
  void open() {
    db = EmbeddedDatabase.inMemory("registry" + DATABASES.incrementAndGet());
    store = new EmbeddedFeedStore(db);
    registry = new FeedRegistry(store);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void addIsIdempotentByUrlAndTheNewFeedIsDueAtOnce() {
    FeedRegistry.Added first = registry.add("https://www.example.com/feed.xml", "Example", null);
    FeedRegistry.Added again = registry.add(" https://www.example.com/feed.xml ", "Other title", null);

    assertThat(first.created()).isTrue();
    assertThat(first.feed().id()).matches("example\\.com-[0-9a-f]{8}");
    assertThat(again.created()).isFalse();
    assertThat(again.feed()).isEqualTo(first.feed());
    assertThat(registry.list()).containsExactly(first.feed());
    assertThat(store.due(java.time.Instant.EPOCH, 10)).extracting(Feed::id).containsExactly(first.feed().id());
  }

  @Test
  void anExplicitIdIsKeptAndBadUrlsAreRefused() {
    assertThat(registry.add("http://example.com/rss", null, "reuters").feed().id()).isEqualTo("reuters");
    assertThatThrownBy(() -> registry.add("ftp://example.com/rss", null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> registry.add("/relative", null, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void removeSaysWhetherTheFeedWasThere() {
    String id = registry.add("https://example.com/a", null, null).feed().id();
    assertThat(registry.remove(id)).isTrue();
    assertThat(registry.remove(id)).isFalse();
    assertThat(registry.list()).isEmpty();
  }

  @Test
  void opmlImportTakesNestedOutlinesOnceAndExportRoundTrips() {
    String opml = """
        <?xml version="1.0"?>
        <opml version="2.0"><head><title>mine</title></head><body>
          <outline text="News">
            <outline type="rss" text="Example &amp; Co" xmlUrl="https://example.com/feed.xml"/>
            <outline type="rss" text="Other" title="Other title" xmlUrl="https://other.example/atom"/>
          </outline>
          <outline type="link" text="just a page" url="https://example.com/"/>
          <outline type="rss" text="Bad" xmlUrl="file:///etc/passwd"/>
        </body></opml>""";

    FeedRegistry.Imported first = registry.importOpml(opml);
    FeedRegistry.Imported second = registry.importOpml(opml);

    assertThat(first.added()).extracting(Feed::title).containsExactlyInAnyOrder("Example & Co", "Other title");
    assertThat(first.refused()).singleElement().satisfies(r -> assertThat(r).startsWith("file:///etc/passwd"));
    assertThat(second.added()).isEmpty();
    assertThat(second.existing()).hasSize(2);

    registry.add("https://quotes.example/feed?a=1&b=2", "Say \"hi\" <now>", null);
    String exported = registry.exportOpml();
    assertThat(exported).contains("xmlUrl=\"https://example.com/feed.xml\"").contains("text=\"Example &amp; Co\"");

    EmbeddedDatabase other = EmbeddedDatabase.inMemory("registry-copy" + DATABASES.incrementAndGet());
    try {
      FeedRegistry copy = new FeedRegistry(new EmbeddedFeedStore(other));
      assertThat(copy.importOpml(exported).added()).hasSize(3);
      assertThat(copy.list()).isEqualTo(registry.list());
    } finally {
      other.close();
    }
  }

  @Test
  void enableClearsTheDisabledStateAndMakesTheFeedDue() {
    store.put(new Feed("f", "https://example.com/f", null, null, null, "2022-02-01T09:00:00Z", "2022-02-02T09:00:00Z",
        10, "HTTP 500", "disabled after 10 consecutive errors; last: HTTP 500"));

    Feed enabled = registry.enable("f").orElseThrow();

    assertThat(enabled.disabledReason()).isNull();
    assertThat(enabled.consecutiveErrors()).isZero();
    assertThat(enabled.lastError()).isEqualTo("HTTP 500"); // history stays visible until the next poll
    assertThat(store.due(java.time.Instant.EPOCH, 10)).extracting(Feed::id).containsExactly("f");
    assertThat(registry.enable("unknown")).isEmpty();
  }

  @Test
  void somethingThatIsNotOpmlIsRefused() {
    assertThatThrownBy(() -> registry.importOpml("<rss><channel/></rss>")).isInstanceOf(IllegalArgumentException.class);
  }
}
