package newsdesk.function;

import java.util.LinkedHashMap;
import java.util.Map;
import newsdesk.aws.telemetry.Telemetry;

/**
 * Ingest's priming (extraction of a built-in page, the DynamoDB call models) on a daemon thread,
 * started as the handler is constructed, so that it runs while the main thread builds the clients
 * and waits on its first calls: on a machine with a spare core the first event then finds
 * extraction warm. Correct at any timing: the first event may extract while priming still does
 * (extraction shares nothing mutable but thread-safe memos), and a failure here is logged and
 * never reaches an event. What it buys on Lambda is small: below 1,769 MB a function has less than
 * one vCPU, so the two threads share it and only the time spent waiting on the network is won;
 * published versions with SnapStart are primed in the snapshot anyway ({@link #await} first).
 */
final class BackgroundPriming {

  private final Thread thread;

  private BackgroundPriming(Runnable work, Telemetry telemetry) {
    thread = new Thread(() -> {
      long start = System.nanoTime();
      try {
        work.run();
      } catch (RuntimeException | Error e) {
        // Priming is an optimisation: the first event does the same work itself, and fails (or not) on its own.
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("error", e.getClass().getName());
        fields.put("detail", e.getMessage());
        fields.put("durationMs", Telemetry.millisSince(start));
        telemetry.log("WARN", "priming failed", fields);
      }
    }, "ingest-priming");
    thread.setDaemon(true);
  }

  /** Starts {@code work} on its own daemon thread; a failure of it is logged to {@code telemetry}. */
  static BackgroundPriming start(Runnable work, Telemetry telemetry) {
    BackgroundPriming priming = new BackgroundPriming(work, telemetry);
    priming.thread.start();
    return priming;
  }

  /**
   * Waits until the priming has ended, done or failed: a SnapStart snapshot must not catch it half
   * way (a thread stopped mid-extraction, and the snapshot not as warm as it could be).
   */
  void await() {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
