package newsdesk.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches the inbox folder and hands every new or changed file to the ingest handler as the S3
 * event the bucket would send, read through the Lambda runtime's own serializer. The folder is the
 * truth: each pass walks it (subfolders included) and compares name, size and modification time
 * with what was delivered; the {@link WatchService} only wakes the pass early, because its events
 * are late or missing on some filesystems (network and container mounts), so a pass also runs
 * every second without one. A file is delivered once it has kept its size and time for a quarter
 * of a second, so a copy in progress is not ingested half-written; hidden files and the usual
 * partial-download names are never delivered. Files are left where they are, as the bucket keeps
 * raw objects. Nothing is remembered across restarts: a start delivers every file again, which
 * ingestion recognises by ETag and skips.
 */
public final class InboxWatcher implements AutoCloseable {

  static final Duration RESCAN = Duration.ofSeconds(1);
  static final Duration SETTLE = Duration.ofMillis(250);
  static final Duration INGEST_TIMEOUT = Duration.ofMinutes(1);
  static final String FUNCTION = "newsdesk-ingest";

  private final Path inbox;
  private final InboxObjects objects;
  private final RequestHandler<S3Event, String> ingest;
  private final Log log;
  private final Map<Path, Stamp> delivered = new HashMap<>();
  private final Map<Path, Sighting> settling = new HashMap<>();
  private final Set<Path> watched = new HashSet<>();
  private WatchService watcher;
  private Thread thread;
  private volatile boolean running;

  public InboxWatcher(Path inbox, RequestHandler<S3Event, String> ingest, Log log) {
    this.inbox = inbox.toAbsolutePath().normalize();
    this.objects = new InboxObjects(this.inbox);
    this.ingest = ingest;
    this.log = log;
  }

  /** Starts watching on a thread of its own; files already in the inbox are delivered first. */
  public synchronized void start() throws IOException {
    Files.createDirectories(inbox);
    try {
      watcher = inbox.getFileSystem().newWatchService();
    } catch (IOException | UnsupportedOperationException e) {
      log.info("inbox", "no file-change notifications here (" + e.getMessage() + "); rescanning every second");
    }
    running = true;
    thread = new Thread(this::run, "newsdesk-inbox");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void close() {
    running = false;
    if (watcher != null) {
      try {
        watcher.close();
      } catch (IOException e) {
        // Closing only wakes the thread; a failure leaves it to notice `running` within a second.
      }
    }
    if (thread != null) {
      try {
        // No interrupt: an ingestion in progress finishes, since interrupting a thread in the middle
        // of file I/O closes the channel under the embedded database. The closed watch service (or
        // the end of the current one-second sleep) ends the loop.
        thread.join(INGEST_TIMEOUT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    while (running) {
      try {
        scan();
        waitForChange(settling.isEmpty() ? RESCAN : SETTLE);
      } catch (ClosedWatchServiceException | InterruptedException e) {
        return;
      } catch (RuntimeException | IOException e) {
        // A failing pass (a folder vanished mid-walk, a permission) must not end the watching.
        log.error("inbox", "scan failed", e);
        pause();
      }
    }
  }

  /**
   * One pass: finds new, changed and removed files and delivers those that have settled, in path
   * order so that a start with a full inbox ingests it predictably.
   */
  private void scan() throws IOException {
    Map<Path, Stamp> present = new TreeMap<>();
    Files.walkFileTree(inbox, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(inbox) && ignored(dir)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        watch(dir);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && !ignored(file)) {
          present.put(file, new Stamp(attrs.size(), attrs.lastModifiedTime().toMillis()));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE; // gone between listing and reading: the next pass knows
      }
    });
    delivered.keySet().retainAll(present.keySet());
    settling.keySet().retainAll(present.keySet());
    long now = System.nanoTime();
    for (Map.Entry<Path, Stamp> entry : present.entrySet()) {
      Path file = entry.getKey();
      Stamp stamp = entry.getValue();
      if (stamp.equals(delivered.get(file))) {
        continue;
      }
      Sighting seen = settling.get(file);
      if (seen == null || !seen.stamp().equals(stamp)) {
        settling.put(file, new Sighting(stamp, now));
      } else if (now - seen.sinceNanos() >= SETTLE.toNanos()) {
        settling.remove(file);
        delivered.put(file, stamp);
        deliver(file, stamp);
      }
    }
  }

  private void deliver(Path file, Stamp stamp) {
    String key = objects.key(file);
    long start = System.nanoTime();
    try {
      String json = ObjectCreatedEvent.json(InboxObjects.BUCKET, key, stamp.size(), InboxObjects.etag(file),
          Instant.now());
      S3Event event = LambdaJson.read(json, S3Event.class);
      String outcome = ingest.handleRequest(event, new LocalContext(FUNCTION, INGEST_TIMEOUT));
      log.info("inbox", key + " (" + stamp.size() + " bytes): " + outcome + " in " + millis(start) + " ms");
    } catch (IOException e) {
      // Deleted or unreadable since the pass saw it; if it comes back, it is new again.
      delivered.remove(file);
      log.info("inbox", key + ": not readable now (" + e.getMessage() + ")");
    } catch (RuntimeException e) {
      // As with an S3 trigger, the object stays; saving it again (or touching it) redelivers it.
      log.error("inbox", key + ": ingest failed after " + millis(start) + " ms; touch the file to retry", e);
    }
  }

  private void watch(Path dir) {
    if (watcher == null || watched.contains(dir)) {
      return;
    }
    try {
      dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
      watched.add(dir);
    } catch (IOException e) {
      // Out of inotify watches, say: this folder is still covered by the rescan.
      log.info("inbox", "not watching " + dir + " (" + e.getMessage() + "); rescanning it every second");
      watched.add(dir);
    }
  }

  /** Waits up to {@code timeout} for any change in a watched folder; what changed, the pass finds. */
  private void waitForChange(Duration timeout) throws InterruptedException {
    if (watcher == null) {
      Thread.sleep(timeout.toMillis());
      return;
    }
    WatchKey key = watcher.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    while (key != null) {
      key.pollEvents();
      if (!key.reset()) {
        watched.remove((Path) key.watchable()); // the folder is gone; re-register if it returns
      }
      key = watcher.poll();
    }
  }

  private void pause() {
    try {
      Thread.sleep(RESCAN.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /** Hidden files and folders, and names that downloaders and editors use while still writing. */
  private static boolean ignored(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith(".") || name.endsWith(".part") || name.endsWith(".partial") || name.endsWith(".tmp")
        || name.endsWith(".crdownload") || name.endsWith(".download") || name.endsWith("~");
  }

  private static long millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private record Stamp(long size, long modifiedMillis) {}

  private record Sighting(Stamp stamp, long sinceNanos) {}
}
