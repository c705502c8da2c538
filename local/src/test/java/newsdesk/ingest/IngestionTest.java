package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import newsdesk.extract.Extractor;
import newsdesk.extract.SharedFolder;
import newsdesk.ingest.IngestResult.Outcome;
import newsdesk.local.InboxObjects;
import newsdesk.local.store.EmbeddedArticleStore;
import newsdesk.local.store.EmbeddedDatabase;
import newsdesk.store.ArticleFixtures;
import newsdesk.testing.HostilePages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingestion over real parts (the embedded store, the inbox folder as the bucket, the real
 * extractor): every object ends as an article or a recorded rejection, and nothing is done twice.
 */
class IngestionTest {

  @TempDir Path inbox;
  private EmbeddedDatabase db;
  private EmbeddedArticleStore store;
  private Ingestion ingestion;

  @BeforeEach
  void open() {
    db = EmbeddedDatabase.inMemory("ingestion-" + System.nanoTime());
    store = new EmbeddedArticleStore(db);
    ingestion = new Ingestion(new InboxObjects(inbox), store, new Extractor(),
        Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theSeedIsStoredOnceHoweverOftenItArrives() throws IOException {
    Files.copy(seed(), inbox.resolve("seed.txt"));
    String etag = InboxObjects.etag(inbox.resolve("seed.txt"));

    IngestResult first = ingestion.ingest(new ObjectRef(InboxObjects.BUCKET, "seed.txt", null, etag));
    IngestResult again = ingestion.ingest(new ObjectRef(InboxObjects.BUCKET, "seed.txt", null, etag));
    IngestResult withoutEtag = ingestion.ingest(new ObjectRef(InboxObjects.BUCKET, "seed.txt", null, null));

    assertThat(first.outcome()).isEqualTo(Outcome.STORED);
    assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(withoutEtag.outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(again.articleId()).isEqualTo(first.articleId());
    assertThat(store.list(null, 100).items()).hasSize(1);
    assertThat(store.get(first.articleId())).hasValueSatisfying(a -> {
      assertThat(a.title()).isEqualTo("Russia, U.S. keep door open to Ukraine diplomacy, but big gaps remain");
      assertThat(a.source().bucket()).isEqualTo("inbox");
      assertThat(a.source().key()).isEqualTo("seed.txt");
      assertThat(a.source().etag()).isEqualTo(etag);
    });
  }

  @Test
  void changedContentUnderTheSameKeyUpdatesTheSameArticle() throws IOException {
    String seed = Files.readString(seed());
    Path file = inbox.resolve("story.txt");
    Files.writeString(file, seed);
    IngestResult first = ingest("story.txt");

    // A corrected headline changes what the id would be derived from: the article keeps its identity.
    Files.writeString(file, seed.replace("but big gaps remain", "but wide gaps remain"));
    IngestResult second = ingest("story.txt");

    assertThat(second.outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(second.articleId()).isEqualTo(first.articleId());
    assertThat(store.list(null, 100).items()).singleElement()
        .satisfies(s -> assertThat(s.title()).endsWith("but wide gaps remain"));
  }

  @Test
  void aSyndicatedCopyPointsAtTheOriginalAndAnotherStoryOnTheTopicDoesNot() throws IOException {
    page("wire.html", "https://wire.example/bridge", "Council votes to close harbour bridge to cars", ArticleFixtures.WIRE_STORY);
    page("copy.html", "https://paper.example/news/bridge", "Harbour bridge to close to cars", ArticleFixtures.WIRE_COPY);
    page("other.html", "https://paper.example/news/queues", "Queues as bridge shuts for inspection",
        ArticleFixtures.SAME_TOPIC_STORY);
    page("copy-of-copy.html", "https://aggregator.example/a/1", "Bridge closing", ArticleFixtures.WIRE_COPY);

    IngestResult wire = ingest("wire.html");
    IngestResult copy = ingest("copy.html");
    IngestResult other = ingest("other.html");
    IngestResult copyOfCopy = ingest("copy-of-copy.html");

    assertThat(List.of(wire, copy, other, copyOfCopy)).extracting(IngestResult::outcome).containsOnly(Outcome.STORED);
    assertThat(store.get(wire.articleId()).orElseThrow().duplicateOf()).isNull();
    assertThat(store.get(copy.articleId()).orElseThrow().duplicateOf()).isEqualTo(wire.articleId());
    assertThat(store.get(other.articleId()).orElseThrow().duplicateOf()).isNull();
    assertThat(store.get(copyOfCopy.articleId()).orElseThrow().duplicateOf()).as("the original, not the copy")
        .isEqualTo(wire.articleId());
  }

  private void page(String file, String url, String title, String text) throws IOException {
    StringBuilder html = new StringBuilder("<!doctype html><html lang=en><head><title>" + title
        + "</title><link rel=canonical href=\"" + url + "\"></head><body><article><h1>" + title + "</h1>");
    for (String sentence : text.split("(?<=\\.) ")) {
      html.append("<p>").append(sentence).append("</p>");
    }
    Files.writeString(inbox.resolve(file), html.append("</article></body></html>"));
  }

  @Test
  void garbageIsARecordedRejectionAndTheObjectStays() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Files.write(inbox.resolve("picture.html"), png);

    IngestResult result = ingest("picture.html");

    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(result.reason()).isEqualTo("binary");
    assertThat(store.rejections(10)).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo("binary");
      assertThat(r.detail()).isNotBlank();
      assertThat(r.source().key()).isEqualTo("picture.html");
      assertThat(r.extractorVersion()).isEqualTo(Extractor.VERSION);
    });
    assertThat(inbox.resolve("picture.html")).exists();
    assertThat(ingest("picture.html").outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(store.rejections(10)).hasSize(1);
  }

  /**
   * The object is read while its source record is checked (on another thread in the cloud, before
   * it locally): a redelivered event is still known by the record whatever the read found, so an
   * object deleted since, or one the bucket fails to serve, is a duplicate, not a rejection.
   */
  @Test
  void aRedeliveryIsADuplicateWhateverTheReadBesideTheCheckFinds() throws IOException {
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      for (Executor beside : List.<Executor>of(Runnable::run, thread)) {
        Path inbox = Files.createTempDirectory(this.inbox, "beside");
        Files.copy(seed(), inbox.resolve("seed.txt"));
        String etag = InboxObjects.etag(inbox.resolve("seed.txt"));
        ObjectRef ref = new ObjectRef(InboxObjects.BUCKET, "seed.txt", null, etag);
        InboxObjects present = new InboxObjects(inbox);
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
        IngestResult first = new Ingestion(present, store, new Extractor(), clock, beside).ingest(ref);
        Files.delete(inbox.resolve("seed.txt"));
        IngestResult gone = new Ingestion(present, store, new Extractor(), clock, beside).ingest(ref);
        RawObjects failing = (bucket, key, version, max) -> {
          throw new IOException("the bucket is unreachable");
        };
        IngestResult unreadable = new Ingestion(failing, store, new Extractor(), clock, beside).ingest(ref);

        assertThat(first.outcome()).isIn(Outcome.STORED, Outcome.DUPLICATE);
        assertThat(List.of(gone, unreadable)).allSatisfy(result -> {
          assertThat(result.outcome()).isEqualTo(Outcome.DUPLICATE);
          assertThat(result.articleId()).isEqualTo(first.articleId());
        });
        // A new object whose read fails is still a transient failure, not a rejection.
        assertThatThrownBy(() -> new Ingestion(failing, store, new Extractor(), clock, beside)
            .ingest(new ObjectRef(InboxObjects.BUCKET, "other.txt", null, "x"))).isInstanceOf(IOException.class);
      }
      assertThat(store.rejections(10)).isEmpty();
    } finally {
      thread.shutdown();
    }
  }

  @Test
  void anEmptyUploadAndAVanishedOneAreRejectionsWithTheirReasons() throws IOException {
    Files.write(inbox.resolve("empty.txt"), new byte[0]);

    assertThat(ingest("empty.txt").reason()).isEqualTo("empty");
    IngestResult gone = ingestion.ingest(new ObjectRef(InboxObjects.BUCKET, "never-there.txt", null, null));
    assertThat(gone.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(gone.reason()).isEqualTo("missing");
  }

  @Test
  void anArticleTooLargeToStoreIsARejectionNotAFailure() throws IOException {
    // Random words barely compress: about 2 MB of them is far past the stored document's limit.
    Random random = new Random(7);
    StringBuilder page = new StringBuilder("Long Story Headline For The Test\n\nBy Jane Writer\n\n");
    while (page.length() < 2_000_000) {
      for (int w = 0; w < 60; w++) {
        int length = 3 + random.nextInt(8);
        for (int c = 0; c < length; c++) {
          page.append((char) ('a' + random.nextInt(26)));
        }
        page.append(w == 59 ? ".\n\n" : " ");
      }
    }
    Files.writeString(inbox.resolve("huge.txt"), page, StandardCharsets.UTF_8);

    IngestResult result = ingest("huge.txt");

    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(result.reason()).isEqualTo("too-large");
    assertThat(store.rejections(10)).singleElement().satisfies(r -> assertThat(r.detail()).contains("compressed"));
    assertThat(store.list(null, 10).items()).isEmpty();
  }

  @Test
  void aPageThatOutlastsItsBudgetIsARecordedRejection() throws IOException {
    HostilePages.Case dump = HostilePages.all(1 << 20).stream()
        .filter(c -> c.name().startsWith("text dump of short lines")).findFirst().orElseThrow();
    Files.write(inbox.resolve("dump.txt"), dump.bytes().get());
    Ingestion impatient = new Ingestion(new InboxObjects(inbox), store, new Extractor(Duration.ZERO),
        Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC));

    IngestResult result = impatient.ingest(new ObjectRef(InboxObjects.BUCKET, "dump.txt", null,
        InboxObjects.etag(inbox.resolve("dump.txt"))));

    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(result.reason()).isEqualTo("too-complex");
    assertThat(store.rejections(10)).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo("too-complex");
      assertThat(r.detail()).isEqualTo("extraction exceeded its 0 ms budget");
      assertThat(r.source().key()).isEqualTo("dump.txt");
    });
    // Recorded as done: a redelivery of the event does not spend the time again.
    assertThat(ingest("dump.txt").outcome()).isEqualTo(Outcome.DUPLICATE);
  }

  @Test
  void anInvocationNearItsEndLeavesTheObjectForTheRetry() throws IOException {
    Files.copy(seed(), inbox.resolve("seed.txt"));
    ObjectRef ref = new ObjectRef(InboxObjects.BUCKET, "seed.txt", null, InboxObjects.etag(inbox.resolve("seed.txt")));

    assertThatThrownBy(() -> ingestion.ingest(ref, Ingestion.STORE_MARGIN.plusMillis(500)))
        .isInstanceOf(IOException.class).hasMessageContaining("left in the invocation");
    assertThat(store.rejections(10)).isEmpty();

    // With the time a fresh invocation has, the same object becomes its article.
    assertThat(ingestion.ingest(ref, Duration.ofSeconds(60)).outcome()).isEqualTo(Outcome.STORED);
  }

  private static Path seed() {
    return SharedFolder.require("seed/000_2bbcad7a53690741.txt");
  }

  private IngestResult ingest(String key) throws IOException {
    return ingestion.ingest(new ObjectRef(InboxObjects.BUCKET, key, null, InboxObjects.etag(inbox.resolve(key))));
  }
}
