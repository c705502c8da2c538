package newsdesk.aws;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Independent DynamoDB calls made at the same time instead of one after another: a round trip each
 * is what an ingestion mostly waits for (the band Queries, the counter moves beside the entries'
 * batch, the source record beside the token removals; and, through {@link #threads()}, what Ingest
 * prepares beside the source check and the stored article's read beside the band Queries). The
 * first call runs on the caller's thread, the others on a few shared daemon threads, and every
 * call has ended, done or failed, before {@link #all} returns or throws, so nothing of a round is
 * still in flight when the next write starts. At most {@link #MAX_AT_ONCE} calls of a round run at
 * once: the JDK keeps 5 idle connections per host, so the write rounds' connections are all reused
 * by the next one instead of being opened again (each new one is a TLS handshake against DynamoDB).
 */
public final class CallsAtOnce {

  /** Calls of one round at once, the caller's included. */
  static final int MAX_AT_ONCE = 4;

  /**
   * A round's calls but the caller's, one for a call started beside a round, and one for the work
   * Ingest prepares beside its source check (which is itself the caller of the band round and
   * starts the stored article's read): a new object's first round has the source check, four band
   * Queries and that read in flight, six calls, of which the JDK keeps five connections for the
   * rounds after it (they make at most three calls at once). Threads end after a minute without
   * work; a warm Lambda that keeps ingesting keeps them.
   */
  private static final ThreadPoolExecutor THREADS = new ThreadPoolExecutor(MAX_AT_ONCE + 1, MAX_AT_ONCE + 1,
      60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
        Thread thread = new Thread(task, "dynamodb-call");
        thread.setDaemon(true);
        return thread;
      });

  static {
    THREADS.allowCoreThreadTimeOut(true);
  }

  private CallsAtOnce() {}

  /**
   * The same threads for work the caller starts and waits for itself (what Ingest prepares while it
   * checks the source record, the stored article's read while the band Queries run): a cold start
   * spins no second pool for it. Two such at a time beside a round, one inside the other.
   */
  public static Executor threads() {
    return THREADS;
  }

  /**
   * The calls' results in their order. A failure is rethrown as it was thrown (an SDK exception
   * stays one, so the handler still sees a transient failure), the first one in the calls' order
   * when several fail, once all have ended.
   */
  static <T> List<T> all(List<Supplier<T>> calls) {
    if (calls.size() == 1) {
      // Results may be null (a write answers nothing): no List.of here.
      return Collections.singletonList(calls.get(0).get());
    }
    List<T> results = new ArrayList<>(calls.size());
    for (int from = 0; from < calls.size(); from += MAX_AT_ONCE) {
      results.addAll(round(calls.subList(from, Math.min(calls.size(), from + MAX_AT_ONCE))));
    }
    return results;
  }

  private static <T> List<T> round(List<Supplier<T>> calls) {
    List<Future<T>> others = new ArrayList<>(calls.size() - 1);
    for (Supplier<T> call : calls.subList(1, calls.size())) {
      others.add(THREADS.submit(call::get));
    }
    List<T> results = new ArrayList<>(calls.size());
    Throwable failure = null;
    try {
      results.add(calls.get(0).get());
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    boolean interrupted = false;
    for (Future<T> other : others) {
      while (true) {
        try {
          results.add(other.get());
          break;
        } catch (InterruptedException e) {
          // The call is already in flight: wait for its end all the same, and keep the interrupt.
          interrupted = true;
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = e.getCause();
          }
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
    return results;
  }
}
