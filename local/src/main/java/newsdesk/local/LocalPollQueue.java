package newsdesk.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import newsdesk.article.ArticleJson;
import newsdesk.feed.PollOrder;
import newsdesk.feed.PollQueue;

/**
 * The local stack's poll queue: what the scheduled poller fans out waits in memory and is delivered
 * to the poll worker handler as the cloud's event source delivers it — up to {@link #BATCH_SIZE}
 * messages in one SQS event, written as Lambda writes it and read through the runtime's serializer —
 * one batch at a time, like a concurrency of one. Messages the worker names as batch item failures
 * are delivered again, and after {@link #MAX_RECEIVES} deliveries dropped with an error line, as the
 * template's redrive policy moves them to the dead letter queue; their feeds are due again when
 * their claims lapse.
 */
public final class LocalPollQueue implements PollQueue, AutoCloseable {

  static final int BATCH_SIZE = 10;
  static final int MAX_RECEIVES = 3;
  static final String FUNCTION = "newsdesk-poll-worker";
  /** The worker's timeout in the template. */
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  private record Message(String id, String body, int receives) {}

  private final LinkedBlockingQueue<Message> messages = new LinkedBlockingQueue<>();
  private final Log log;
  private Thread consumer;
  private volatile boolean closing;

  public LocalPollQueue(Log log) {
    this.log = log;
  }

  @Override
  public void send(List<PollOrder> orders) {
    for (PollOrder order : orders) {
      messages.add(new Message(UUID.randomUUID().toString(), order.toJson(), 0));
    }
  }

  /** Starts delivering to {@code worker} on a thread of its own. */
  public synchronized void start(RequestHandler<SQSEvent, SQSBatchResponse> worker) {
    if (consumer != null) {
      throw new IllegalStateException("already started");
    }
    consumer = new Thread(() -> deliver(worker), FUNCTION);
    consumer.setDaemon(true);
    consumer.start();
  }

  /** Stops after the batch in hand, which finishes (it writes feed state); undelivered orders are dropped, their claims lapse. */
  @Override
  public synchronized void close() {
    closing = true;
    if (consumer != null) {
      try {
        consumer.join(TIMEOUT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      consumer = null;
    }
  }

  private void deliver(RequestHandler<SQSEvent, SQSBatchResponse> worker) {
    while (!closing) {
      List<Message> batch = new ArrayList<>();
      try {
        Message first = messages.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
      } catch (InterruptedException e) {
        return;
      }
      messages.drainTo(batch, BATCH_SIZE - 1);
      Set<String> failed = new HashSet<>();
      try {
        SQSBatchResponse response = worker.handleRequest(LambdaJson.read(event(batch), SQSEvent.class),
            new LocalContext(FUNCTION, TIMEOUT));
        if (response != null && response.getBatchItemFailures() != null) {
          response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
        }
      } catch (RuntimeException e) {
        // A failed invocation fails the whole batch, as with the SQS event source.
        log.error("worker", "poll orders failed", e);
        batch.forEach(m -> failed.add(m.id()));
      }
      for (Message message : batch) {
        if (!failed.contains(message.id())) {
          continue;
        }
        if (message.receives() + 1 >= MAX_RECEIVES) {
          log.info("worker", "poll order dropped after " + MAX_RECEIVES + " deliveries (dead letter): " + message.body());
        } else {
          messages.add(new Message(message.id(), message.body(), message.receives() + 1));
        }
      }
    }
  }

  /** The SQS event Lambda's event source sends for these messages. */
  static String event(List<Message> batch) {
    ObjectNode event = ArticleJson.MAPPER.createObjectNode();
    ArrayNode records = event.putArray("Records");
    long now = System.currentTimeMillis();
    for (Message message : batch) {
      ObjectNode record = records.addObject()
          .put("messageId", message.id())
          .put("receiptHandle", message.id() + "#" + (message.receives() + 1))
          .put("body", message.body())
          .put("md5OfBody", md5(message.body()))
          .put("eventSource", "aws:sqs")
          .put("eventSourceARN", "arn:aws:sqs:us-east-1:000000000000:newsdesk-poll-queue")
          .put("awsRegion", "us-east-1");
      record.putObject("attributes")
          .put("ApproximateReceiveCount", Integer.toString(message.receives() + 1))
          .put("SentTimestamp", Long.toString(now))
          .put("ApproximateFirstReceiveTimestamp", Long.toString(now));
      record.putObject("messageAttributes");
    }
    return ArticleJson.write(event);
  }

  private static String md5(String body) {
    try {
      // What SQS reports as md5OfBody; an integrity checksum, not a security use.
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }
}
