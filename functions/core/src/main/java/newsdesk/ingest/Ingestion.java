package newsdesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import newsdesk.article.Article;
import newsdesk.article.ArticleSummary;
import newsdesk.article.Rejection;
import newsdesk.article.Source;
import newsdesk.extract.Extraction;
import newsdesk.extract.Extractor;
import newsdesk.extract.PageDecoder;
import newsdesk.extract.RawPage;
import newsdesk.extract.RejectReason;
import newsdesk.store.ArticleStore;
import newsdesk.store.ArticleTooLargeException;
import newsdesk.store.Facet;
import newsdesk.store.Fingerprint;
import newsdesk.store.Listing;
import newsdesk.store.PutOutcome;
import newsdesk.store.SourceRecord;
import newsdesk.store.StoredArticle;
import newsdesk.store.SummaryPage;

/**
 * Turns one raw object into a stored article or a recorded rejection. Every object ends as one of
 * the two; the raw object itself is never changed or deleted. Safe to run any number of times for
 * the same object: a redelivered event is recognised by the source record (same version or ETag)
 * and changes nothing, and a crash part-way is repaired by the retry because the article is
 * written before the source record that marks the object as done.
 */
public final class Ingestion {

  /**
   * Objects larger than this are rejected as {@code too-large} without being read whole: a news
   * page, even with inline scripts, is far below it, and the limit keeps a Lambda's memory bounded.
   */
  public static final long MAX_OBJECT_BYTES = PageDecoder.MAX_BYTES;
  /**
   * Time kept back from extraction for what follows it in the same invocation: the store's reads
   * and writes (several DynamoDB calls, with the SDK's retries) and recording a rejection. Without
   * it a page whose extraction used the last of the time would still time out before being recorded.
   */
  public static final Duration STORE_MARGIN = Duration.ofSeconds(10);
  /**
   * Less time than this for extraction is the invocation's shortage, not the page's fault: the
   * object is left for Lambda's retry (a fresh invocation) rather than rejected as too complex.
   */
  public static final Duration MIN_EXTRACTION = Duration.ofSeconds(1);
  /** Stories compared per band at most: a band shared by more is boilerplate, not a story. */
  static final int MAX_CANDIDATES = 10;

  private final RawObjects objects;
  private final ArticleStore store;
  private final Extractor extractor;
  private final Clock clock;
  private final Executor beside;

  /** Reads the object on the caller's thread, before the source record is checked. */
  public Ingestion(RawObjects objects, ArticleStore store, Extractor extractor, Clock clock) {
    this(objects, store, extractor, clock, Runnable::run);
  }

  /**
   * {@code beside} runs the object's read while the caller's thread checks the source record, and
   * the read of the stored article while the near-duplicate check reads its bands (a thread of its
   * own where these are round trips; {@code Runnable::run} reads first, on the caller's thread).
   */
  public Ingestion(RawObjects objects, ArticleStore store, Extractor extractor, Clock clock, Executor beside) {
    this.objects = Objects.requireNonNull(objects);
    this.store = Objects.requireNonNull(store);
    this.extractor = Objects.requireNonNull(extractor);
    this.clock = Objects.requireNonNull(clock);
    this.beside = Objects.requireNonNull(beside);
  }

  /**
   * Runs the work of an upload once on a built-in page, touching neither the bucket nor the store:
   * the HTML page extracted, and its article in the stored form and as plain text. A SnapStart
   * snapshot taken after this holds the parsers and extraction warm (classes loaded, first-use
   * tables built), so a restored function does not pay for them on its first event.
   *
   * @return how many of the built-in pages became articles (all of them, or priming missed its point)
   */
  public int prime() {
    return prime(extractor, clock);
  }

  /**
   * {@link #prime()} with only what it uses, neither bucket nor store. Safe beside any extraction
   * on another thread: extraction shares no mutable state between calls but thread-safe memos.
   */
  public static int prime(Extractor extractor, Clock clock) {
    int articles = 0;
    for (RawPage page : List.of(primingPage("priming-page.html", "text/html; charset=utf-8"),
        primingPage("priming-page.html", "text/plain; charset=utf-8"))) {
      if (extractor.extract(page) instanceof Extraction.Extracted extracted) {
        StoredArticle.of(extracted.article(), clock.instant());
        articles++;
      }
    }
    return articles;
  }

  private static RawPage primingPage(String resource, String contentType) {
    try (InputStream in = Ingestion.class.getResourceAsStream(resource)) {
      byte[] bytes = Objects.requireNonNull(in, resource).readAllBytes();
      if (contentType.startsWith("text/plain")) {
        // The page's text as a plain-text dump: the other way pages arrive.
        bytes = org.jsoup.Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).body().wholeText()
            .getBytes(StandardCharsets.UTF_8);
      }
      return new RawPage(bytes, contentType, null, "incoming/priming/" + resource, "https://priming.invalid/");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ingests the object with no time limit but the extractor's own budget.
   *
   * @throws IOException a transient failure of the bucket or the store; retrying is safe
   */
  public IngestResult ingest(ObjectRef ref) throws IOException {
    return ingest(ref, null);
  }

  /**
   * Ingests the object within {@code timeLeft} (the invocation's remaining time; null for none):
   * extraction gets the extractor's budget or, when less is left, {@code timeLeft} minus
   * {@link #STORE_MARGIN}, so that even a page too complex to finish is recorded as a rejection.
   *
   * @throws IOException a transient failure of the bucket or the store, or less than
   *     {@link #MIN_EXTRACTION} left to extract in; retrying is safe
   */
  public IngestResult ingest(ObjectRef ref, Duration timeLeft) throws IOException {
    String objectKey = new Source(ref.bucket(), ref.key(), null, null, null, null, null).objectKey();
    // The object is read while the source record is checked (both need only the event): on a new
    // object that is one round trip fewer, and the two connections' first-use costs overlap. A
    // redelivered event reads its object for nothing, which is rare and cheaper than a round trip.
    FutureTask<RawObjects.RawObject> read = new FutureTask<>(
        () -> objects.read(ref.bucket(), ref.key(), ref.versionId(), MAX_OBJECT_BYTES));
    beside.execute(read);
    Optional<SourceRecord> prior;
    try {
      prior = store.source(objectKey);
    } catch (RuntimeException | Error e) {
      ended(read);
      throw e;
    }
    if (prior.isPresent() && sameVersion(prior.get(), ref.versionId(), ref.etag())) {
      // The read's outcome does not matter (the object may be gone by now); it has ended all the same.
      ended(read);
      return duplicate(prior.get());
    }

    RawObjects.RawObject object;
    try {
      object = objectOf(read);
    } catch (RawObjects.ObjectMissingException | RawObjects.ObjectTooLargeException e) {
      // Only what the event said is known of an object that cannot be read.
      Source source = new Source(ref.bucket(), ref.key(), ref.versionId(), ref.etag(), null, null, null);
      RejectReason reason = e instanceof RawObjects.ObjectMissingException ? RejectReason.MISSING : RejectReason.TOO_LARGE;
      return reject(source, objectKey, reason, e.getMessage());
    }

    String versionId = firstNonNull(object.versionId(), ref.versionId());
    String etag = firstNonNull(object.etag(), ref.etag());
    // The event may lack a version or ETag that the read revealed: check for a redelivery again.
    if (prior.isPresent() && sameVersion(prior.get(), versionId, etag)) {
      return duplicate(prior.get());
    }

    Map<String, String> metadata = object.metadata() == null ? Map.of() : object.metadata();
    String pageUrl = firstNonNull(metadata.get("page-url"), metadata.get("url"));
    Source source = new Source(ref.bucket(), ref.key(), versionId, etag, object.contentType(), pageUrl,
        metadata.get("feed-id"));
    RawPage page = new RawPage(object.bytes(), object.contentType(), object.contentEncoding(), ref.key(), pageUrl);

    Extraction extraction = extractor.extract(page, extractionBudget(timeLeft, ref));
    if (extraction instanceof Extraction.Rejected rejected) {
      return reject(source, objectKey, rejected.reason(), rejected.detail());
    }
    Article article = withFeedDates(((Extraction.Extracted) extraction).article().withSource(source), metadata);
    // An object that produced an article before keeps that article's identity when its content
    // changes (a corrected headline must not leave the old version behind as a second story).
    if (prior.isPresent() && prior.get().articleId() != null && !prior.get().articleId().equals(article.id())) {
      article = article.withId(prior.get().articleId());
    }
    // The stored version the put compares with is read while the bands are: it needs only the id,
    // which the near-duplicate check does not change, and it is read before any write of the put.
    String id = article.id();
    FutureTask<ArticleStore.Stored> stored = new FutureTask<>(() -> store.stored(id));
    beside.execute(stored);
    try {
      article = withOriginal(article);
    } catch (RuntimeException | Error e) {
      ended(stored);
      throw e;
    }
    Instant now = clock.instant();
    PutOutcome outcome;
    try {
      // The source record is written only once the article is stored (ArticleStore#put's contract).
      outcome = store.put(article, now, new SourceRecord(objectKey, versionId, etag, id, null, now.toString()),
          resultOf(stored));
    } catch (ArticleTooLargeException e) {
      // Retrying cannot help: record it, like any other page that cannot become a stored article.
      return reject(source, objectKey, RejectReason.TOO_LARGE, e.getMessage());
    }
    return new IngestResult(switch (outcome) {
      case STORED -> IngestResult.Outcome.STORED;
      case UPDATED -> IngestResult.Outcome.UPDATED;
      case UNCHANGED -> IngestResult.Outcome.DUPLICATE;
    }, article.id(), null, null);
  }

  /**
   * The article marked as a copy of an earlier story when one carries near-duplicate text: the
   * candidates are the stories sharing a band of its {@link Fingerprint} (a few Queries, never a
   * pass over all articles), each confirmed by the exact similarity of the two texts. A copy points
   * at the original, never at another copy, so a story's copies all share one id.
   */
  private Article withOriginal(Article article) {
    if (article.duplicateOf() != null) {
      return article;
    }
    Set<String> compared = new HashSet<>();
    compared.add(article.id());
    List<Listing> bands = new ArrayList<>();
    for (String band : Fingerprint.bands(article.text())) {
      bands.add(new Listing(List.of(Facet.of(Facet.Kind.BAND, band)), null, null));
    }
    // All bands are read before any is compared (at once where the store can): the Queries of a
    // band after the one holding the original are the price of one round trip instead of four.
    for (SummaryPage sharing : store.lists(bands, MAX_CANDIDATES)) {
      for (ArticleSummary candidate : sharing.items()) {
        if (!compared.add(candidate.id())) {
          continue;
        }
        Optional<Article> other = store.get(candidate.id());
        if (other.isPresent() && Fingerprint.similarity(article.text(), other.get().text()) >= Fingerprint.NEAR) {
          String original = other.get().duplicateOf() != null ? other.get().duplicateOf() : other.get().id();
          return original.equals(article.id()) ? article : article.withDuplicateOf(original);
        }
      }
    }
    return article;
  }

  /** Waits for a read to end, whatever its outcome, so that nothing of this ingestion is left in flight. */
  private static void ended(FutureTask<?> read) {
    try {
      awaited(read);
    } catch (ExecutionException e) {
      // Its outcome is not wanted, only its end; but an Error (out of memory) is the JVM's, not the read's.
      if (e.getCause() instanceof Error error) {
        throw error;
      }
    }
  }

  /** The read's object, or what it threw. */
  private static RawObjects.RawObject objectOf(FutureTask<RawObjects.RawObject> read)
      throws IOException, RawObjects.ObjectMissingException, RawObjects.ObjectTooLargeException {
    try {
      return awaited(read);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RawObjects.ObjectMissingException missing) {
        throw missing;
      }
      if (cause instanceof RawObjects.ObjectTooLargeException tooLarge) {
        throw tooLarge;
      }
      throw unchecked(cause);
    }
  }

  /** A store read's result, or what it threw (a store throws unchecked: an SDK exception stays one). */
  private static <T> T resultOf(FutureTask<T> read) {
    try {
      return awaited(read);
    } catch (ExecutionException e) {
      throw unchecked(e.getCause());
    }
  }

  private static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }

  /** The task's end: a read already in flight is waited for even when interrupted, and the interrupt kept. */
  private static <T> T awaited(FutureTask<T> task) throws ExecutionException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Duration extractionBudget(Duration timeLeft, ObjectRef ref) throws IOException {
    if (timeLeft == null) {
      return extractor.budget();
    }
    Duration spare = timeLeft.minus(STORE_MARGIN);
    if (spare.compareTo(MIN_EXTRACTION) < 0) {
      throw new IOException("only " + timeLeft.toMillis() + " ms left in the invocation: too little to extract "
          + ref.key() + " and record the outcome");
    }
    return spare.compareTo(extractor.budget()) < 0 ? spare : extractor.budget();
  }

  private IngestResult reject(Source source, String objectKey, RejectReason reason, String detail) {
    String at = clock.instant().toString();
    store.putRejection(new Rejection(source, reason.code(), detail, Extractor.VERSION, at));
    store.putSource(new SourceRecord(objectKey, source.versionId(), source.etag(), null, reason.code(), at));
    return new IngestResult(IngestResult.Outcome.REJECTED, null, reason.code(), detail);
  }

  /**
   * Fills the dates the page itself lacks from the feed item's ({@code item-published},
   * {@code item-updated}, written by the poller): the feed is a hint, so a date found in the page
   * always wins.
   */
  static Article withFeedDates(Article article, Map<String, String> metadata) {
    String published = firstNonNull(article.published(), metadata.get("item-published"));
    String updated = firstNonNull(article.updated(), metadata.get("item-updated"));
    if (Objects.equals(published, article.published()) && Objects.equals(updated, article.updated())) {
      return article;
    }
    return article.withDates(published, updated);
  }

  private static IngestResult duplicate(SourceRecord prior) {
    return new IngestResult(IngestResult.Outcome.DUPLICATE, prior.articleId(), prior.rejectedReason(), null);
  }

  /** Versions identify an object revision where the bucket has them; otherwise the ETag does. */
  private static boolean sameVersion(SourceRecord prior, String versionId, String etag) {
    if (present(versionId) && present(prior.versionId())) {
      return versionId.equals(prior.versionId());
    }
    return present(etag) && etag.equals(prior.etag());
  }

  private static boolean present(String value) {
    return value != null && !value.isEmpty();
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
