package newsdesk.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newsdesk.article.ArticleJson;

/**
 * The local EventBridge schedule: invokes the poller handler with a {@code Scheduled Event}, built
 * as EventBridge sends it and read through the Lambda runtime's serializer, once at start and then
 * at a fixed delay. One run at a time, as with a reserved concurrency of one, and a run's timeout
 * is the interval (at most five minutes), so a slow run delays the next instead of overlapping it.
 */
public final class PollSchedule implements AutoCloseable {

  static final String FUNCTION = "newsdesk-poller";
  static final String RULE = "newsdesk-poll";
  private static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);

  private final RequestHandler<ScheduledEvent, String> poller;
  private final Duration interval;
  private final Log log;
  private ScheduledExecutorService timer;

  public PollSchedule(RequestHandler<ScheduledEvent, String> poller, Duration interval, Log log) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the poll interval must be positive, not " + interval);
    }
    this.poller = poller;
    this.interval = interval;
    this.log = log;
  }

  public synchronized void start() {
    timer = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "newsdesk-poller");
      thread.setDaemon(true);
      return thread;
    });
    timer.scheduleWithFixedDelay(this::run, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      // shutdown, not shutdownNow: a run in progress writes feed state and should finish.
      timer.shutdown();
      try {
        timer.awaitTermination(MAX_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      timer = null;
    }
  }

  void run() {
    long start = System.nanoTime();
    try {
      Duration timeout = interval.compareTo(MAX_TIMEOUT) < 0 ? interval : MAX_TIMEOUT;
      ScheduledEvent event = LambdaJson.read(event(Instant.now()), ScheduledEvent.class);
      String outcome = poller.handleRequest(event, new LocalContext(FUNCTION, timeout));
      log.info("poller", outcome + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    } catch (RuntimeException e) {
      // An exception would cancel every later run of a scheduled task: report it and carry on.
      log.error("poller", "run failed", e);
    }
  }

  /** The event EventBridge sends for a schedule rule. */
  static String event(Instant time) {
    ObjectNode event = ArticleJson.MAPPER.createObjectNode()
        .put("version", "0")
        .put("id", UUID.randomUUID().toString())
        .put("detail-type", "Scheduled Event")
        .put("source", "aws.events")
        .put("account", "000000000000")
        .put("time", time.truncatedTo(ChronoUnit.SECONDS).toString())
        .put("region", "us-east-1");
    event.putArray("resources").add("arn:aws:events:us-east-1:000000000000:rule/" + RULE);
    event.putObject("detail");
    return ArticleJson.write(event);
  }
}
