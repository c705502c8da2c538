package newsdesk.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import newsdesk.aws.AwsClients;
import newsdesk.article.PlainJson;
import newsdesk.aws.telemetry.Metric;
import newsdesk.aws.telemetry.Telemetry;
import newsdesk.feed.PollOrder;
import newsdesk.feed.Poller;
import org.crac.Core;
import org.crac.Resource;

/**
 * The Lambda entry point of the poll workers, fed by the poll queue's SQS event source: each message
 * is one {@link PollOrder} (one host's due feeds, claimed by the scheduled run), polled through
 * {@link Poller#work} before the invocation's deadline. The response names, as batch item
 * failures, only the messages to deliver again — an order with a feed not reached in time or hit by
 * a store error, or a body that is not an order (after the queue's retries it lands in the dead
 * letter queue, kept for inspection) — so the rest of the batch is deleted. A feed that fails to
 * fetch is not such a failure: its error and backoff are recorded in its state, as in a run.
 */
public final class PollWorkerHandler
    implements RequestHandler<SQSEvent, SQSBatchResponse>, RequestStreamHandler, Resource {

  static final String FUNCTION = "poll-worker";

  private final Poller poller;
  private final Clock clock;
  private final Telemetry telemetry;

  /** What Lambda calls: the shared poll wiring, built at init, and primed before a SnapStart snapshot. */
  public PollWorkerHandler() {
    this(fromEnvironment(System.getenv()));
    Core.getGlobalContext().register(this);
  }

  public PollWorkerHandler(Poller poller) {
    this(poller, Clock.systemUTC(), Telemetry.toStdout(FUNCTION));
  }

  public PollWorkerHandler(Poller poller, Clock clock, Telemetry telemetry) {
    this.poller = Objects.requireNonNull(poller);
    this.clock = Objects.requireNonNull(clock);
    this.telemetry = Objects.requireNonNull(telemetry);
  }

  /** A worker never fans out further: it polls what it is given. */
  static Poller fromEnvironment(Map<String, String> env) {
    return PollWiring.poller(env, AwsClients.fromEnvironment(env), null, Integer.MAX_VALUE);
  }

  /** Before a SnapStart snapshot: build what the first order would (HTTP client, S3 client). */
  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
    poller.prime();
  }

  @Override
  public void afterRestore(org.crac.Context<? extends Resource> context) {
    // Nothing to renew: the clients hold no time- or identity-bound state captured at init.
  }

  /** One delivered message: all the worker reads of it. */
  private record Message(String id, String body) {}

  /**
   * What Lambda invokes: the batch read with {@link PlainJson}, the response written as the runtime
   * would write an {@link SQSBatchResponse}, so the first batch does not load the runtime's own event
   * serializer (a shaded Jackson, ≈ 900 classes), as with the other handlers.
   */
  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    List<Message> messages = new ArrayList<>();
    if (PlainJson.object(PlainJson.read(input)).get("Records") instanceof List<?> records) {
      for (Object record : records) {
        Map<String, Object> fields = PlainJson.object(record);
        messages.add(new Message(PlainJson.text(fields, "messageId"), PlainJson.text(fields, "body")));
      }
    }
    List<Map<String, Object>> failures = new ArrayList<>();
    for (String id : work(messages, context)) {
      failures.add(Map.of("itemIdentifier", id));
    }
    PlainJson.write(output, Map.of("batchItemFailures", failures));
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    List<Message> messages = new ArrayList<>();
    if (event != null && event.getRecords() != null) {
      for (SQSEvent.SQSMessage message : event.getRecords()) {
        messages.add(new Message(message.getMessageId(), message.getBody()));
      }
    }
    return new SQSBatchResponse(work(messages, context).stream().map(SQSBatchResponse.BatchItemFailure::new).toList());
  }

  /** Polls the batch's orders; returns the ids of the messages to deliver again. */
  private List<String> work(List<Message> messages, Context context) {
    long start = System.nanoTime();
    Instant deadline = PollerHandler.deadline(clock.instant(), context.getRemainingTimeInMillis());
    List<PollOrder> orders = new ArrayList<>();
    List<String> orderMessages = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Message message : messages) {
      try {
        orders.add(PollOrder.fromJson(message.body()));
        orderMessages.add(message.id());
      } catch (IllegalArgumentException e) {
        failures.add(message.id());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("requestId", context.getAwsRequestId());
        fields.put("messageId", message.id());
        fields.put("error", e.getMessage());
        telemetry.log("ERROR", "not a poll order", fields);
      }
    }
    int malformed = failures.size();
    Poller.WorkReport work = poller.work(orders, deadline);
    for (int i : work.unfinished()) {
      failures.add(orderMessages.get(i));
    }
    long durationMs = Telemetry.millisSince(start);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("requestId", context.getAwsRequestId());
    fields.put("messages", messages.size());
    fields.put("deadline", deadline.toString());
    fields.put("feeds", work.report().due());
    fields.put("polled", work.report().polled());
    fields.put("failed", work.report().failed());
    fields.put("notModified", work.report().notModified());
    fields.put("skipped", work.skipped());
    fields.put("deferred", work.report().deferred());
    fields.put("archived", work.report().archived());
    fields.put("retried", failures.size());
    fields.put("durationMs", durationMs);
    telemetry.log(failures.isEmpty() && work.report().failed() == 0 ? "INFO" : "WARN", "poll orders", fields);
    telemetry.metrics(Map.of(), List.of(
        Metric.count("Orders", messages.size()),
        Metric.count("Polled", work.report().polled()),
        Metric.count("Failed", work.report().failed()),
        Metric.count("Skipped", work.skipped()),
        Metric.count("Deferred", work.report().deferred()),
        Metric.count("Archived", work.report().archived()),
        Metric.count("Retried", failures.size() - malformed),
        Metric.count("Malformed", malformed),
        Metric.milliseconds("DurationMs", durationMs)));
    return failures;
  }
}
