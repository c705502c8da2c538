package newsdesk.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import newsdesk.aws.AwsClients;
import newsdesk.article.PlainJson;
import newsdesk.aws.SqsPollQueue;
import newsdesk.aws.telemetry.Metric;
import newsdesk.aws.telemetry.Telemetry;
import newsdesk.feed.PollQueue;
import newsdesk.feed.PollReport;
import newsdesk.feed.Poller;
import org.crac.Core;
import org.crac.Resource;

/**
 * The Lambda entry point for the polling schedule: runs one {@link Poller} pass that must end
 * before the invocation times out. The deadline leaves a safety margin so the run can write back
 * the state of the feed in hand and report, instead of being killed mid-write; feeds not reached
 * stay due and are taken by the next run.
 *
 * <p>In Lambda the stream signature is the one invoked (the runtime prefers it to the typed one),
 * which spares the cold start the runtime's own event serializer; see {@link PlainJson}.
 */
public final class PollerHandler implements RequestHandler<ScheduledEvent, String>, RequestStreamHandler, Resource {

  static final String FUNCTION = "poller";

  /** Time kept back from the invocation's remaining time: enough to finish one feed and report. */
  static final Duration SAFETY_MARGIN = Duration.ofSeconds(10);

  private final Poller poller;
  private final Clock clock;
  private final Telemetry telemetry;

  /**
   * What Lambda calls: wires the DynamoDB feed store from the environment once, at init, and
   * registers for SnapStart's checkpoint so the snapshot also holds the clients a run builds lazily.
   */
  public PollerHandler() {
    this(fromEnvironment(System.getenv()));
    Core.getGlobalContext().register(this);
  }

  /** Before a SnapStart snapshot: build what an idle cold start defers (HTTP client, S3 client). */
  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
    poller.prime();
  }

  @Override
  public void afterRestore(org.crac.Context<? extends Resource> context) {
    // Nothing to renew: the clients hold no time- or identity-bound state captured at init.
  }

  public PollerHandler(Poller poller) {
    this(poller, Clock.systemUTC(), Telemetry.toStdout(FUNCTION));
  }

  public PollerHandler(Poller poller, Clock clock, Telemetry telemetry) {
    this.poller = Objects.requireNonNull(poller);
    this.clock = Objects.requireNonNull(clock);
    this.telemetry = Objects.requireNonNull(telemetry);
  }

  /**
   * The scheduled function's wiring ({@link PollWiring}); with {@code POLL_QUEUE_URL} set (the
   * template sets it), a run that finds more than {@link Poller#FAN_OUT_ABOVE} due feeds sends them
   * to the poll workers through that queue instead of polling them itself.
   */
  static Poller fromEnvironment(Map<String, String> env) {
    AwsClients clients = AwsClients.fromEnvironment(env);
    String queueUrl = env.get("POLL_QUEUE_URL");
    PollQueue queue = queueUrl == null || queueUrl.isBlank() ? null : SqsPollQueue.of(clients, queueUrl);
    return PollWiring.poller(env, clients, queue, Poller.FAN_OUT_ABOVE);
  }

  /** What Lambda invokes: of the schedule's event only its time is used, for the log. */
  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    PlainJson.write(output, run(PlainJson.text(PlainJson.object(PlainJson.read(input)), "time"), context));
  }

  @Override
  public String handleRequest(ScheduledEvent event, Context context) {
    return run(event == null || event.getTime() == null
        ? null : Instant.ofEpochMilli(event.getTime().getMillis()).toString(), context);
  }

  private String run(String scheduledAt, Context context) {
    long start = System.nanoTime();
    Instant deadline = deadline(clock.instant(), context.getRemainingTimeInMillis());
    PollReport report = poller.run(deadline);
    long durationMs = Telemetry.millisSince(start);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("requestId", context.getAwsRequestId());
    fields.put("scheduledAt", scheduledAt);
    fields.put("deadline", deadline.toString());
    fields.put("due", report.due());
    fields.put("polled", report.polled());
    fields.put("failed", report.failed());
    fields.put("notModified", report.notModified());
    fields.put("deferred", report.deferred());
    fields.put("archived", report.archived());
    fields.put("dispatched", report.dispatched());
    fields.put("durationMs", durationMs);
    telemetry.log(report.failed() > 0 ? "WARN" : "INFO", "poll run", fields);
    telemetry.metrics(Map.of(), List.of(
        Metric.count("Due", report.due()),
        Metric.count("Polled", report.polled()),
        Metric.count("Failed", report.failed()),
        Metric.count("Deferred", report.deferred()),
        Metric.count("Archived", report.archived()),
        Metric.count("Dispatched", report.dispatched()),
        Metric.milliseconds("DurationMs", durationMs)));
    return "due=" + report.due() + " polled=" + report.polled() + " failed=" + report.failed()
        + " archived=" + report.archived() + (report.dispatched() > 0 ? " dispatched=" + report.dispatched() : "");
  }

  /**
   * Now plus the remaining time, less the safety margin; with little time left, less a quarter of
   * it instead, so a short timeout still gets a run rather than an already-passed deadline.
   */
  static Instant deadline(Instant now, long remainingMillis) {
    long margin = Math.min(SAFETY_MARGIN.toMillis(), remainingMillis / 4);
    return now.plusMillis(remainingMillis - margin);
  }
}
