package newsdesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

  @Test
  void invokesThePollerAtStartAndThenEveryIntervalEvenAfterAFailure() throws Exception {
    BlockingQueue<ScheduledEvent> events = new LinkedBlockingQueue<>();
    AtomicInteger runs = new AtomicInteger();
    RequestHandler<ScheduledEvent, String> poller = (event, context) -> {
      assertThat(context.getFunctionName()).isEqualTo(PollSchedule.FUNCTION);
      assertThat(context.getRemainingTimeInMillis()).isBetween(1, 300);
      events.add(event);
      if (runs.incrementAndGet() == 1) {
        throw new IllegalStateException("feed store unavailable");
      }
      return "polled";
    };

    try (PollSchedule schedule = new PollSchedule(poller, Duration.ofMillis(300), Log.SILENT)) {
      schedule.start();
      ScheduledEvent first = events.poll(5, TimeUnit.SECONDS);
      ScheduledEvent second = events.poll(5, TimeUnit.SECONDS);

      assertThat(first).isNotNull();
      assertThat(first.getDetailType()).isEqualTo("Scheduled Event");
      assertThat(first.getSource()).isEqualTo("aws.events");
      assertThat(first.getResources()).containsExactly(
          "arn:aws:events:us-east-1:000000000000:rule/" + PollSchedule.RULE);
      assertThat(first.getTime()).isNotNull();
      assertThat(second).as("a failed run does not cancel the schedule").isNotNull();
      assertThat(second.getId()).isNotEqualTo(first.getId());
    }
  }
}
