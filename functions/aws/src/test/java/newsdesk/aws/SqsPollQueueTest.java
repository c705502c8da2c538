package newsdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import newsdesk.emulator.ElasticMq;
import newsdesk.feed.PollOrder;
import newsdesk.feed.PollQueue;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/** {@link SqsPollQueue} against ElasticMQ on loopback, through the SDK's own protocol. */
class SqsPollQueueTest {

  @Test
  void everyOrderBecomesOneMessageWhateverTheBatching() throws Exception {
    String url = ElasticMq.newQueue("orders");
    List<PollOrder> orders = IntStream.range(0, 23)
        .mapToObj(i -> new PollOrder("host" + i + ".example", List.of(
            new PollOrder.Claim("feed-" + i, "2026-11-28T11:00:00Z", null),
            new PollOrder.Claim("feed-" + i + "-b", "2026-11-28T11:00:00Z", null))))
        .toList();

    new SqsPollQueue(ElasticMq::client, url).send(orders);

    assertThat(receiveAll(url)).containsExactlyInAnyOrderElementsOf(orders);
  }

  @Test
  void theClientIsBuiltOnlyWhenAnOrderIsSent() throws Exception {
    String url = ElasticMq.newQueue("lazy");
    SqsPollQueue queue = SqsPollQueue.of(AwsClients.fromEnvironment(ElasticMq.environment()), url);
    queue.send(List.of());
    queue.send(List.of(new PollOrder("h", List.of(new PollOrder.Claim("f", "2026-11-28T11:00:00Z", null)))));

    assertThat(receiveAll(url)).extracting(PollOrder::host).containsExactly("h");
  }

  @Test
  void aQueueThatCannotBeReachedReportsEveryOrderUnsent() {
    String missing = ElasticMq.endpoint() + "/000000000000/no-such-queue";
    List<PollOrder> orders = List.of(
        new PollOrder("a", List.of(new PollOrder.Claim("f1", "2026-11-28T11:00:00Z", null))),
        new PollOrder("b", List.of(new PollOrder.Claim("f2", "2026-11-28T11:00:00Z", null))));

    assertThatThrownBy(() -> new SqsPollQueue(ElasticMq::client, missing).send(orders))
        .isInstanceOfSatisfying(PollQueue.SendFailed.class, e -> assertThat(e.unsent()).isEqualTo(orders))
        .hasMessageContaining("2 of 2");
  }

  static List<PollOrder> receiveAll(String url) {
    List<PollOrder> received = new ArrayList<>();
    while (true) {
      List<Message> batch = ElasticMq.client().receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages();
      if (batch.isEmpty()) {
        return received;
      }
      batch.forEach(m -> received.add(PollOrder.fromJson(m.body())));
    }
  }
}
