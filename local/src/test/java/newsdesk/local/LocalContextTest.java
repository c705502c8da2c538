package newsdesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalContextTest {

  @Test
  void eachInvocationHasItsOwnIdAndADeadline() throws Exception {
    LocalContext first = new LocalContext("newsdesk-api", Duration.ofMillis(200));
    LocalContext second = new LocalContext("newsdesk-api", Duration.ofSeconds(30));

    assertThat(first.getAwsRequestId()).isNotEqualTo(second.getAwsRequestId());
    assertThat(first.getFunctionName()).isEqualTo("newsdesk-api");
    assertThat(first.getInvokedFunctionArn()).endsWith(":function:newsdesk-api");
    assertThat(first.getLogGroupName()).isEqualTo("/aws/lambda/newsdesk-api");
    assertThat(second.getRemainingTimeInMillis()).isBetween(29_000, 30_000);

    Thread.sleep(250);
    assertThat(first.getRemainingTimeInMillis()).isZero();
  }
}
