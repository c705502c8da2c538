package newsdesk.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The whole system on one machine: the three Lambda handlers, each fed as in the cloud — the inbox
 * folder stands in for the bucket's {@code incoming/} prefix ({@link InboxWatcher}), a timer for
 * the EventBridge schedule ({@link PollSchedule}), a local HTTP server for API Gateway
 * ({@link HttpBridge}). What the handlers run against comes from a {@link Wiring}: the embedded
 * store for {@code newsdesk serve}, small real handlers in tests. {@code newsdesk serve} and the
 * end-to-end tests both start it through this class.
 */
public final class LocalStack implements AutoCloseable {

  /** Where the stack keeps its files, where it listens, and how often it polls feeds. */
  public record Settings(Path data, Path inbox, String bind, int port, Duration pollInterval) {
    public Settings {
      data = data.toAbsolutePath().normalize();
      inbox = inbox.toAbsolutePath().normalize();
      Objects.requireNonNull(bind);
      Objects.requireNonNull(pollInterval);
    }
  }

  /** The three handlers and what must be closed after them (the store). */
  public record Functions(
      RequestHandler<S3Event, String> ingest,
      RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> api,
      RequestHandler<ScheduledEvent, String> poller,
      AutoCloseable resources) {}

  /** Builds the handlers once the folders exist; called by {@link #start()}. */
  @FunctionalInterface
  public interface Wiring {
    Functions open(Settings settings) throws IOException;
  }

  private final Settings settings;
  private final Wiring wiring;
  private final Log log;
  private Functions functions;
  private HttpBridge http;
  private InboxWatcher inbox;
  private PollSchedule poller;
  private URI uri;

  public LocalStack(Settings settings, Wiring wiring, Log log) {
    this.settings = Objects.requireNonNull(settings);
    this.wiring = Objects.requireNonNull(wiring);
    this.log = Objects.requireNonNull(log);
  }

  /**
   * Creates the folders, opens the handlers and starts serving, watching and polling. Returns the
   * port the API listens on (the one asked for, or a free one for port 0). On failure everything
   * started so far is stopped again.
   */
  public synchronized int start() throws IOException {
    if (functions != null) {
      throw new IllegalStateException("already started");
    }
    Files.createDirectories(settings.data());
    Files.createDirectories(settings.inbox());
    functions = wiring.open(settings);
    try {
      http = new HttpBridge(functions.api(), log);
      InetSocketAddress bound = http.start(new InetSocketAddress(settings.bind(), settings.port()));
      String host = bound.getAddress().isLoopbackAddress() ? "localhost" : settings.bind();
      uri = URI.create("http://" + host + ":" + bound.getPort());
      inbox = new InboxWatcher(settings.inbox(), functions.ingest(), log);
      inbox.start();
      poller = new PollSchedule(functions.poller(), settings.pollInterval(), log);
      poller.start();
      return bound.getPort();
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** The API's base address, {@code http://localhost:<port>} on the loopback interface. */
  public synchronized URI uri() {
    return uri;
  }

  public Settings settings() {
    return settings;
  }

  /**
   * Stops taking work first (HTTP, inbox, timer), letting what is in progress finish, then closes
   * the store: nothing is cut off mid-write. Safe to call more than once.
   */
  @Override
  public synchronized void close() {
    if (http != null) {
      http.close();
      http = null;
    }
    if (inbox != null) {
      inbox.close();
      inbox = null;
    }
    if (poller != null) {
      poller.close();
      poller = null;
    }
    if (functions != null) {
      try {
        if (functions.resources() != null) {
          functions.resources().close();
        }
      } catch (Exception e) {
        // Closing must not hide the shutdown: report it in one line.
        log.info("stack", "closing the store: " + e.getMessage());
      }
      functions = null;
    }
  }
}
