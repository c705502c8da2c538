package newsdesk.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import newsdesk.feed.PollOrder;
import newsdesk.feed.PollQueue;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * {@link PollQueue} on SQS: each order is one message (its JSON as the body), sent ten at a time
 * with SendMessageBatch. Entries SQS refuses individually (throttling, an internal error) are sent
 * once more; what still fails is reported as unsent, so the dispatching run releases those claims.
 * The client is supplied on first use: a run that never fans out never builds it.
 */
public final class SqsPollQueue implements PollQueue {

  /** The environment variable that points the SQS client at an emulator or another endpoint. */
  public static final String ENDPOINT = "SQS_ENDPOINT";

  private final Supplier<SqsClient> sqs;
  private final String queueUrl;

  public SqsPollQueue(Supplier<SqsClient> sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  /** The queue at {@code queueUrl}, with a client configured like the others of {@code clients}, built once on first send. */
  public static SqsPollQueue of(AwsClients clients, String queueUrl) {
    return new SqsPollQueue(new Supplier<>() {
      private SqsClient client;

      @Override
      public synchronized SqsClient get() {
        if (client == null) {
          client = clients.configure(SqsClient.builder(), ENDPOINT).build();
        }
        return client;
      }
    }, queueUrl);
  }

  @Override
  public void send(List<PollOrder> orders) throws SendFailed {
    List<PollOrder> unsent = new ArrayList<>();
    SdkException cause = null;
    for (int from = 0; from < orders.size(); from += BATCH) {
      List<PollOrder> batch = orders.subList(from, Math.min(orders.size(), from + BATCH));
      try {
        List<PollOrder> refused = sendBatch(batch);
        if (!refused.isEmpty()) {
          unsent.addAll(sendBatch(refused));
        }
      } catch (SdkException e) {
        cause = e;
        unsent.addAll(batch);
      }
    }
    if (!unsent.isEmpty()) {
      throw new SendFailed("SQS refused " + unsent.size() + " of " + orders.size() + " poll orders"
          + (cause == null ? "" : ": " + cause.getMessage()), unsent, cause);
    }
  }

  /** One SendMessageBatch; returns the orders SQS refused. Entry ids are positions in {@code batch}. */
  private List<PollOrder> sendBatch(List<PollOrder> batch) {
    List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(batch.get(i).toJson()).build());
    }
    SendMessageBatchResponse response = sqs.get().sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
    List<PollOrder> refused = new ArrayList<>();
    for (BatchResultErrorEntry error : response.failed()) {
      refused.add(batch.get(Integer.parseInt(error.id())));
    }
    return refused;
  }
}
