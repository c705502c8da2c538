package newsdesk.function;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import newsdesk.aws.telemetry.Telemetry;
import org.junit.jupiter.api.Test;

/** The priming Ingest starts as its handler is built: awaited before a snapshot, and never fatal. */
class BackgroundPrimingTest {

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final Telemetry telemetry =
      new Telemetry("ingest", new PrintStream(output, true, StandardCharsets.UTF_8), Clock.systemUTC());

  @Test
  void awaitReturnsOnlyOncePrimingHasEnded() throws InterruptedException {
    CountDownLatch running = new CountDownLatch(1);
    AtomicBoolean ended = new AtomicBoolean();
    BackgroundPriming priming = BackgroundPriming.start(() -> {
      running.countDown();
      sleep(300);
      ended.set(true);
    }, telemetry);
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

    priming.await();

    assertThat(ended).isTrue();
    assertThat(output.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aFailureIsLoggedAndGoesNoFurther() {
    BackgroundPriming priming = BackgroundPriming.start(() -> {
      throw new IllegalStateException("priming page missing");
    }, telemetry);

    priming.await();

    assertThat(output.toString(StandardCharsets.UTF_8))
        .contains("\"level\":\"WARN\"", "\"message\":\"priming failed\"",
            "\"error\":\"java.lang.IllegalStateException\"", "\"detail\":\"priming page missing\"");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
