package newsdesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import newsdesk.feed.PollOrder;
import org.junit.jupiter.api.Test;

/** The local poll queue delivers as the SQS event source does: batches of ten, redelivery, a dead-letter limit. */
class LocalPollQueueTest {

  @Test
  void ordersArriveInBatchesOfAtMostTenAsSqsEvents() throws Exception {
    List<SQSEvent> events = new CopyOnWriteArrayList<>();
    List<PollOrder> orders = IntStream.range(0, 23).mapToObj(LocalPollQueueTest::order).toList();
    try (LocalPollQueue queue = new LocalPollQueue(Log.SILENT)) {
      queue.send(orders);
      queue.start((event, context) -> {
        assertThat(context.getRemainingTimeInMillis()).isPositive();
        events.add(event);
        return new SQSBatchResponse(List.of());
      });
      await(() -> events.stream().mapToInt(e -> e.getRecords().size()).sum() == 23);
    }

    assertThat(events).allSatisfy(e -> assertThat(e.getRecords()).hasSizeBetween(1, 10));
    assertThat(events.stream().flatMap(e -> e.getRecords().stream()).map(m -> PollOrder.fromJson(m.getBody())))
        .containsExactlyElementsOf(orders);
    SQSEvent.SQSMessage first = events.get(0).getRecords().get(0);
    assertThat(first.getEventSource()).isEqualTo("aws:sqs");
    assertThat(first.getAttributes()).containsEntry("ApproximateReceiveCount", "1");
    assertThat(first.getMd5OfBody()).hasSize(32);
  }

  @Test
  void aFailedOrderIsDeliveredAgainUpToThreeTimesThenDropped() throws Exception {
    Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    try (LocalPollQueue queue = new LocalPollQueue(new Log(new PrintStream(logged, true, StandardCharsets.UTF_8)))) {
      queue.send(List.of(order(1), order(2)));
      queue.start((event, context) -> {
        List<SQSBatchResponse.BatchItemFailure> failures = new CopyOnWriteArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
          String host = PollOrder.fromJson(message.getBody()).host();
          deliveries.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
          if (host.equals("host1.example")) {
            failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
          }
        }
        return new SQSBatchResponse(failures);
      });
      await(() -> logged.toString(StandardCharsets.UTF_8).contains("dead letter"));
      Thread.sleep(300); // nothing more arrives
    }

    assertThat(deliveries.get("host1.example")).hasValue(LocalPollQueue.MAX_RECEIVES);
    assertThat(deliveries.get("host2.example")).hasValue(1);
  }

  static PollOrder order(int i) {
    return new PollOrder("host" + i + ".example", List.of(new PollOrder.Claim("feed-" + i, "2026-11-28T11:00:00Z", null)));
  }

  static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
    // Generous: the wait ends as soon as the condition holds; a loaded machine delays the first delivery by seconds.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 30 s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
