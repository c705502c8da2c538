package newsdesk.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import newsdesk.aws.AwsClients;
import newsdesk.aws.CallsAtOnce;
import newsdesk.aws.DynamoArticleStore;
import newsdesk.aws.PlainJson;
import newsdesk.aws.telemetry.Metric;
import newsdesk.aws.telemetry.Telemetry;
import newsdesk.extract.Extractor;
import newsdesk.ingest.IngestResult;
import newsdesk.ingest.IngestResult.Outcome;
import newsdesk.ingest.Ingestion;
import newsdesk.ingest.ObjectRef;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The Lambda entry point for S3 {@code ObjectCreated} notifications on {@code incoming/}: decodes
 * each record's object reference and hands it to {@link Ingestion}. Records are independent: one
 * that fails does not stop the others. An infrastructure failure is rethrown after the other records
 * ran, so Lambda retries the event (safe: ingestion is idempotent) and, past the retries, parks it in
 * the failure queue: an {@link IOException} from the bucket, or an AWS SDK exception from the store,
 * whose port cannot declare one (DynamoDB throttling or an outage must not drop uploads). Every
 * other failure is a bug or a bad record: it is logged as an outcome and not retried, since a retry
 * would fail the same way and only delay the records behind it.
 *
 * <p>In Lambda the stream signature is the one invoked (the runtime prefers it to the typed one),
 * which spares the cold start the runtime's own event serializer and Joda-Time; see {@link PlainJson}.
 * Both signatures read the same object references and give the same outcomes.
 */
public final class IngestHandler implements RequestHandler<S3Event, String>, RequestStreamHandler, Resource {

  static final String FUNCTION = "ingest";

  private final Ingestion ingestion;
  private final Telemetry telemetry;

  /**
   * What Lambda calls: wires the AWS adapters from the environment once, at init, and registers
   * for SnapStart's checkpoint so the snapshot also holds extraction and the call models warm.
   * Nothing is primed here: without a snapshot, priming beside the first event competed with it
   * for the one vCPU a function below 1,769 MB has (see docs/cold-start.md).
   */
  public IngestHandler() {
    this(System.getenv(), Telemetry.toStdout(FUNCTION));
  }

  /** The Lambda constructor's work with the environment and telemetry given. */
  IngestHandler(Map<String, String> env, Telemetry telemetry) {
    this(fromEnvironment(env), telemetry);
    Core.getGlobalContext().register(this);
  }

  /**
   * Before a SnapStart snapshot: extract a built-in page, build the DynamoDB call models, and read
   * and write an event's JSON (a notification without records), touching neither bucket nor table.
   */
  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
    ingestion.prime();
    DynamoArticleStore.loadCallModels();
    try {
      PlainJson.write(OutputStream.nullOutputStream(),
          PlainJson.read(new ByteArrayInputStream("{\"Records\": []}".getBytes(StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory streams do not fail", e);
    }
  }

  @Override
  public void afterRestore(org.crac.Context<? extends Resource> context) {
    // Nothing to renew: priming leaves no time- or identity-bound state behind.
  }

  public IngestHandler(Ingestion ingestion) {
    this(ingestion, Telemetry.toStdout(FUNCTION));
  }

  public IngestHandler(Ingestion ingestion, Telemetry telemetry) {
    this.ingestion = Objects.requireNonNull(ingestion);
    this.telemetry = Objects.requireNonNull(telemetry);
  }

  /**
   * The cloud wiring: S3 for raw objects (a signed GET, no S3 client: see {@link AwsClients#rawObjects()}),
   * DynamoDB for the store, clients built once here at init
   * (before a SnapStart snapshot) and nothing per-invocation.
   */
  static Ingestion fromEnvironment(Map<String, String> env) {
    String table = Objects.requireNonNull(env.get("TABLE_NAME"), "TABLE_NAME is not set");
    AwsClients clients = AwsClients.fromEnvironment(env);
    // The store's call threads also make Ingestion's reads beside others: the raw object while the
    // source record is checked, the stored article while the band Queries run.
    return new Ingestion(clients.rawObjects(), new DynamoArticleStore(clients.dynamo(), table),
        new Extractor(), Clock.systemUTC(), CallsAtOnce.threads());
  }

  /** What Lambda invokes: the notification's records read with {@link PlainJson}. */
  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    List<Supplier<ObjectRef>> records = new ArrayList<>();
    if (PlainJson.object(PlainJson.read(input)).get("Records") instanceof List<?> list) {
      for (Object record : list) {
        records.add(() -> objectRef(PlainJson.object(record)));
      }
    }
    PlainJson.write(output, ingest(records, context));
  }

  @Override
  public String handleRequest(S3Event event, Context context) {
    List<Supplier<ObjectRef>> records = new ArrayList<>();
    if (event != null && event.getRecords() != null) {
      for (S3EventNotificationRecord record : event.getRecords()) {
        records.add(() -> objectRef(record));
      }
    }
    return ingest(records, context);
  }

  /**
   * Ingests each record's object in turn. A record is read inside its own try, so a malformed one
   * is a failed outcome like any other bug, not a failure of the whole event.
   */
  private String ingest(List<Supplier<ObjectRef>> records, Context context) {
    long start = System.nanoTime();
    String requestId = context == null ? null : context.getAwsRequestId();
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    int failed = 0;
    RuntimeException transientFailure = null;
    for (Supplier<ObjectRef> record : records) {
      long recordStart = System.nanoTime();
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("requestId", requestId);
      try {
        ObjectRef ref = record.get();
        fields.put("bucket", ref.bucket());
        fields.put("key", ref.key());
        fields.put("versionId", ref.versionId());
        IngestResult result = ingestion.ingest(ref, timeLeft(context));
        outcomes.put(result.outcome(), outcomes.getOrDefault(result.outcome(), 0) + 1);
        fields.put("outcome", result.outcome().name());
        fields.put("articleId", result.articleId());
        fields.put("reason", result.reason());
        fields.put("detail", result.detail());
        fields.put("durationMs", Telemetry.millisSince(recordStart));
        telemetry.log("INFO", "ingested", fields);
      } catch (IOException e) {
        // Transient: Lambda's retry will run this record again (and see the others as duplicates).
        if (transientFailure == null) {
          transientFailure = new UncheckedIOException("transient failure; the event will be retried", e);
        }
        failed++;
        failure(fields, "RETRY", e, recordStart);
      } catch (SdkException e) {
        if (transientFailure == null) {
          transientFailure = e;
        }
        failed++;
        failure(fields, "RETRY", e, recordStart);
      } catch (RuntimeException e) {
        // A bug or a malformed record: retrying cannot help, so it ends here, visible in logs and metrics.
        failed++;
        failure(fields, "FAILED", e, recordStart);
      }
    }
    telemetry.metrics(Map.of(), List.of(
        Metric.count("Stored", outcomes.getOrDefault(Outcome.STORED, 0)),
        Metric.count("Updated", outcomes.getOrDefault(Outcome.UPDATED, 0)),
        Metric.count("Duplicate", outcomes.getOrDefault(Outcome.DUPLICATE, 0)),
        Metric.count("Rejected", outcomes.getOrDefault(Outcome.REJECTED, 0)),
        Metric.count("Failed", failed),
        Metric.milliseconds("DurationMs", Telemetry.millisSince(start))));
    if (transientFailure != null) {
      throw transientFailure;
    }
    return summary(records.size(), outcomes, failed);
  }

  /** What is left of the invocation, read per record as earlier records spend it; unknown without a context. */
  private static Duration timeLeft(Context context) {
    return context == null ? null : Duration.ofMillis(context.getRemainingTimeInMillis());
  }

  /**
   * The object a record points at. S3 delivers keys form-encoded ({@code +} for a space,
   * {@code %2B} for a plus), which is exactly what {@link URLDecoder} undoes.
   */
  static ObjectRef objectRef(S3EventNotificationRecord record) {
    S3ObjectEntity object = record.getS3().getObject();
    String key = URLDecoder.decode(object.getKey(), StandardCharsets.UTF_8);
    return new ObjectRef(record.getS3().getBucket().getName(), key, absentIfEmpty(object.getVersionId()),
        absentIfEmpty(object.geteTag()));
  }

  /** The same reference from the record's JSON, as S3 sends it (see {@link #objectRef(S3EventNotificationRecord)}). */
  static ObjectRef objectRef(Map<String, Object> record) {
    Map<String, Object> s3 = PlainJson.object(record.get("s3"));
    Map<String, Object> object = PlainJson.object(s3.get("object"));
    String bucket = PlainJson.text(PlainJson.object(s3.get("bucket")), "name");
    String key = PlainJson.text(object, "key");
    if (bucket == null || key == null) {
      throw new IllegalArgumentException("S3 record without s3.bucket.name or s3.object.key");
    }
    return new ObjectRef(bucket, URLDecoder.decode(key, StandardCharsets.UTF_8),
        absentIfEmpty(PlainJson.text(object, "versionId")), absentIfEmpty(PlainJson.text(object, "eTag")));
  }

  /** The runtime's serializer delivers a missing versionId (unversioned bucket) as "", not null. */
  private static String absentIfEmpty(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private void failure(Map<String, Object> fields, String outcome, Exception e, long recordStart) {
    fields.put("outcome", outcome);
    fields.put("error", e.getClass().getName());
    fields.put("detail", e.getMessage());
    fields.put("durationMs", Telemetry.millisSince(recordStart));
    telemetry.log("ERROR", "ingest failed", fields);
  }

  private static String summary(int records, Map<Outcome, Integer> outcomes, int failed) {
    StringBuilder text = new StringBuilder().append(records).append(" record(s):");
    for (Outcome outcome : Outcome.values()) {
      text.append(' ').append(outcome.name().toLowerCase(Locale.ROOT)).append('=')
          .append(outcomes.getOrDefault(outcome, 0));
    }
    return text.append(" failed=").append(failed).toString();
  }
}
