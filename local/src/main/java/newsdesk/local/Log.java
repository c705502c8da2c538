package newsdesk.local;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The local stack's console log: one line per thing it did, prefixed with the time and the part of
 * the stack that did it ({@code inbox}, {@code http}, {@code poller}). Lines go to stderr so that
 * stdout stays free for command output; a whole line is printed at once, so lines from the watcher
 * and the HTTP threads never interleave.
 */
public final class Log {

  /** Where {@code newsdesk serve} writes. */
  public static final Log STDERR = new Log(System.err);

  /** For tests that start a whole stack and only care about its behaviour. */
  public static final Log SILENT = new Log(null);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

  private final PrintStream out;

  public Log(PrintStream out) {
    this.out = out;
  }

  public void info(String part, String message) {
    if (out != null) {
      out.println(TIME.format(LocalTime.now().truncatedTo(ChronoUnit.MILLIS)) + " " + pad(part) + " " + message);
    }
  }

  public void error(String part, String message, Throwable cause) {
    info(part, message + ": " + cause);
    if (out != null) {
      cause.printStackTrace(out);
    }
  }

  private static String pad(String part) {
    return part.length() >= 6 ? part : (part + "      ").substring(0, 6);
  }
}
