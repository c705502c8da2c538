package newsdesk.extract;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The time one extraction may take. A page that could outlast its Lambda invocation would be
 * retried and end in the failure queue instead of as a recorded rejection, so the engines call
 * {@link #check()} at their loop points and, once the budget is spent, the page is rejected as
 * {@link RejectReason#TOO_COMPLEX}. The deadline is bound to the extracting thread by
 * {@link #within} rather than passed down as a parameter, so the many loops that check it keep
 * their signatures; outside {@code within} a check does nothing.
 */
public final class Deadline {

  /** Reading the clock every call would cost more than some loop bodies; every 16th is enough, as each loop body that checks does far more work than reading it. */
  private static final int CHECK_EVERY = 16;
  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

  private final Duration budget;
  private final long endNanos;
  private int calls;

  private Deadline(Duration budget) {
    this.budget = budget;
    this.endNanos = System.nanoTime() + Math.max(0, Math.min(budget.toNanos(), Long.MAX_VALUE / 4));
  }

  /** Runs {@code work} on this thread with {@code budget} to spend, restoring any outer deadline after. */
  static <T> T within(Duration budget, Supplier<T> work) {
    Deadline outer = CURRENT.get();
    CURRENT.set(new Deadline(budget));
    try {
      return work.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /**
   * Rejects the page being extracted when its budget is spent.
   *
   * @throws PageRejected {@link RejectReason#TOO_COMPLEX} once the deadline has passed
   */
  public static void check() {
    Deadline d = CURRENT.get();
    if (d != null && d.calls++ % CHECK_EVERY == 0 && System.nanoTime() - d.endNanos >= 0) {
      throw new PageRejected(RejectReason.TOO_COMPLEX, "extraction exceeded its " + describe(d.budget) + " budget");
    }
  }

  /** "20 s" or "250 ms": the unit a reader of the rejection expects for that size. */
  static String describe(Duration budget) {
    long millis = budget.toMillis();
    return millis >= 1000 && millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
