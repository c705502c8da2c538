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
 * batch, the source record beside the token removals; and, through {@link #threads()}, the raw
 * object's read beside the source check and the stored article's beside the band Queries). The
 * first call runs on the caller's thread, the others on a few shared daemon threads, and every
 * call has ended, done or failed, before {@link #all} returns or throws, so nothing of a round is
 * still in flight when the next write starts. At most {@link #MAX_AT_ONCE} calls of a round run at
 * once, and one beside it: the JDK keeps 5 idle connections per host, so a round's connections are
 * all reused by the next one instead of being opened again (each new one is a TLS handshake
 * against DynamoDB).
 */
public final class CallsAtOnce {

  /** Calls of one round at once, the caller's included. */
  static final int MAX_AT_ONCE = 4;

  /**
   * A round's calls but the caller's, and one for a call started beside a round ({@link #threads()}):
   * at most five in flight, which the JDK's five kept connections a host still all keep. Threads end
   * after a minute without work; a warm Lambda that keeps ingesting keeps them.
   */
  private static final ThreadPoolExecutor THREADS = new ThreadPoolExecutor(MAX_AT_ONCE, MAX_AT_ONCE,
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
   * The same threads for a call the caller starts and waits for itself (Ingest's read of the raw
   * object while it checks the source record, of the stored article while the band Queries run):
   * a cold start spins no second pool for it. One such call at a time beside a round.
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
