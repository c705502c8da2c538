package newsdesk.local;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code newsdesk serve}: runs the {@link LocalStack} on the embedded store until Ctrl-C, with
 * everything under the current folder by default. No AWS account and no Docker: a folder is the
 * bucket, a file is the database, a timer is the schedule.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Runs Newsdesk locally: the API on http://localhost:<port>, an inbox folder whose files "
        + "are ingested as uploads to the bucket, the feed poller on a timer, and the embedded store.")
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", defaultValue = "3000", description = "API port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1",
      description = "Address the API listens on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String bind;

  @Option(names = "--data", defaultValue = "data", description = "Folder of the embedded store (default: ./${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--inbox", defaultValue = "inbox",
      description = "Folder standing in for the bucket's incoming/ prefix (default: ./${DEFAULT-VALUE}).")
  Path inbox;

  @Option(names = "--poll-interval", defaultValue = "60s", converter = IntervalConverter.class,
      description = "Time between feed poller runs: 90s, 5m, 1h (default: ${DEFAULT-VALUE}).")
  Duration pollInterval;

  private final LocalStack.Wiring wiring;
  private final Log log;

  public ServeCommand() {
    this(EmbeddedFunctions::open, Log.STDERR);
  }

  ServeCommand(LocalStack.Wiring wiring, Log log) {
    this.wiring = wiring;
    this.log = log;
  }

  @Override
  public Integer call() throws Exception {
    LocalStack.Settings settings = new LocalStack.Settings(data, inbox, bind, port, pollInterval);
    LocalStack stack = new LocalStack(settings, wiring, log);
    try {
      stack.start();
    } catch (BindException e) {
      System.err.println("newsdesk serve: cannot listen on " + bind + ":" + port + " (" + e.getMessage()
          + "); is another server running? --port picks another port.");
      return 1;
    } catch (IOException | RuntimeException e) {
      // Start-up failures are mostly set-up problems (a locked store, an unwritable folder): the
      // chain of messages says what; the stack frames would bury it.
      StringBuilder message = new StringBuilder("newsdesk serve: cannot start: ").append(e.getMessage());
      for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
        message.append(System.lineSeparator()).append("  caused by: ").append(cause);
      }
      System.err.println(message);
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      log.info("stack", "stopping");
      stack.close();
      log.info("stack", "stopped");
      stopped.countDown();
    }, "newsdesk-shutdown"));
    log.info("stack", "API     " + stack.uri() + "/articles");
    log.info("stack", "inbox   " + settings.inbox() + "  (files dropped here are ingested)");
    log.info("stack", "data    " + settings.data());
    log.info("stack", "poller  every " + format(pollInterval));
    log.info("stack", "ready; Ctrl-C stops");
    stopped.await();
    return 0;
  }

  static String format(Duration interval) {
    return interval.toString().substring(2).toLowerCase(Locale.ROOT);
  }

  /** Reads {@code 500ms}, {@code 90s}, {@code 5m}, {@code 1h}, a bare number of seconds, or ISO-8601 {@code PT1M}. */
  static final class IntervalConverter implements ITypeConverter<Duration> {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
      String text = value.trim().toLowerCase(Locale.ROOT);
      Matcher simple = SIMPLE.matcher(text);
      Duration interval;
      if (simple.matches()) {
        long amount = Long.parseLong(simple.group(1));
        String unit = simple.group(2) == null ? "s" : simple.group(2);
        interval = switch (unit) {
          case "ms" -> Duration.ofMillis(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofSeconds(amount);
        };
      } else {
        try {
          interval = Duration.parse(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
          throw new TypeConversionException("'" + value + "' is not a duration such as 90s, 5m or 1h");
        }
      }
      if (interval.isZero() || interval.isNegative()) {
        throw new TypeConversionException("the interval must be positive, not '" + value + "'");
      }
      return interval;
    }
  }
}
