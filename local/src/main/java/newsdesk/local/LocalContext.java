package newsdesk.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * The Lambda {@link Context} of one local invocation: a fresh request id, the time left until the
 * function's timeout (handlers such as the poller plan their work by it), and a logger that writes
 * to stderr with the function's name in front, as the Lambda console would show it in the
 * function's log stream. Create one per invocation, exactly as Lambda does.
 */
public final class LocalContext implements Context {

  private static final String REGION = "us-east-1";
  private static final String ACCOUNT = "000000000000";

  private final String functionName;
  private final String requestId = UUID.randomUUID().toString();
  private final long deadlineNanos;
  private final LambdaLogger logger;

  /** An invocation of {@code functionName} that started now and may run for {@code timeout}. */
  public LocalContext(String functionName, Duration timeout) {
    this.functionName = functionName;
    // nanoTime, not the wall clock: the remaining time must not jump when the clock is adjusted.
    this.deadlineNanos = System.nanoTime() + timeout.toNanos();
    this.logger = new StderrLogger("[" + functionName + "] ");
  }

  @Override
  public String getAwsRequestId() {
    return requestId;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + functionName;
  }

  @Override
  public String getLogStreamName() {
    return "local/[$LATEST]" + requestId.substring(0, 8);
  }

  @Override
  public String getFunctionName() {
    return functionName;
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + functionName;
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getRemainingTimeInMillis() {
    long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, left));
  }

  @Override
  public int getMemoryLimitInMB() {
    return 512;
  }

  @Override
  public LambdaLogger getLogger() {
    return logger;
  }

  /**
   * In Lambda every {@code log} call is one log event; on a shared console the nearest thing is one
   * line per call, so a message without a trailing newline gets one.
   */
  private static final class StderrLogger implements LambdaLogger {
    private final String prefix;

    StderrLogger(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public void log(String message) {
      System.err.print(message.endsWith("\n") ? prefix + message : prefix + message + "\n");
    }

    @Override
    public void log(byte[] message) {
      log(new String(message, StandardCharsets.UTF_8));
    }
  }
}
