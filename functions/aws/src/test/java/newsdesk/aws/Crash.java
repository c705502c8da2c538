package newsdesk.aws;

import java.util.function.Predicate;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Fails the first request that matches, once: before it is sent, or after DynamoDB applied it. */
final class Crash implements ExecutionInterceptor {
  Predicate<SdkRequest> at = r -> false;
  private boolean afterwards;
  volatile boolean fired;

  Predicate<SdkRequest> before(Predicate<SdkRequest> request) {
    afterwards = false;
    return request;
  }

  Predicate<SdkRequest> after(Predicate<SdkRequest> request) {
    afterwards = true;
    return request;
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    if (!afterwards) {
      fire(context.request());
    }
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    if (afterwards) {
      fire(context.request());
    }
  }

  private void fire(SdkRequest request) {
    if (!fired && at.test(request)) {
      fired = true;
      throw new Died();
    }
  }

  static final class Died extends RuntimeException {
    Died() {
      super("the function died here");
    }
  }
}
