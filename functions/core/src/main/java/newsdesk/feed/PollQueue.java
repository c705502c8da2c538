package newsdesk.feed;

import java.io.IOException;
import java.util.List;

/**
 * The port through which a scheduled poll run hands due feeds to poll workers when there are more
 * than one run should poll itself ({@link Poller#run}): SQS in the cloud, an in-memory queue feeding
 * the worker handler in the local stack. Each {@link PollOrder} is one message; delivery is at
 * least once, which the orders' claims make harmless.
 */
public interface PollQueue {

  /** Orders a dispatching run collects before sending: SQS's SendMessageBatch takes ten at most. */
  int BATCH = 10;

  /**
   * Sends every order, or throws {@link SendFailed} naming those it did not send, so that the
   * caller can release their claims.
   */
  void send(List<PollOrder> orders) throws SendFailed;

  /** Why {@link #send} failed, and the orders it did not send. */
  final class SendFailed extends IOException {
    private final transient List<PollOrder> unsent;

    public SendFailed(String message, List<PollOrder> unsent, Throwable cause) {
      super(message, cause);
      this.unsent = List.copyOf(unsent);
    }

    public List<PollOrder> unsent() {
      return unsent;
    }
  }
}
