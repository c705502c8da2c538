package newsdesk.emulator;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * One AWS emulator (dynalite, s3rver) run as a Node.js process on 127.0.0.1 and a free port, started
 * at most once per JVM and killed — with any children — when the JVM exits. The npm packages come
 * from the project's {@code package-lock.json}: when Node is present but {@code node_modules} is not,
 * {@code npm ci} runs once. Without Node the calling test is skipped with a loud message on stderr,
 * unless {@code NEWSDESK_REQUIRE_EMULATORS=true} (CI), where a skipped emulator test would hide a
 * broken adapter and so fails instead.
 */
final class NodeEmulator {

  private static final Duration STARTUP = Duration.ofSeconds(30);
  private static final Duration NPM_CI = Duration.ofMinutes(5);
  private static boolean npmCiDone;
  private static Path watchdog;

  private final String name;
  private final URI endpoint;

  private NodeEmulator(String name, URI endpoint) {
    this.name = name;
    this.endpoint = endpoint;
  }

  URI endpoint() {
    return endpoint;
  }

  @Override
  public String toString() {
    return name + " at " + endpoint;
  }

  /**
   * Starts {@code node <root>/node_modules/<script> <args…>}, where {@code args} receive the chosen
   * port, and waits until the port accepts connections.
   */
  static NodeEmulator start(String name, String script, IntFunction<List<String>> args) {
    Path root = projectRoot();
    Path node = executable("node");
    if (node == null) {
      unavailable(name, "SKIPPED: " + name + " emulator tests need Node.js — install Node 20 and run npm ci in " + root);
    }
    Path scriptPath = root.resolve("node_modules").resolve(script);
    if (!Files.isRegularFile(scriptPath)) {
      npmCi(root, name);
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    try {
      command.addAll(List.of(node.toString(), "--require", watchdog().toString(), scriptPath.toString()));
      command.addAll(args.apply(port));
      Path log = Files.createTempFile("newsdesk-" + name + "-", ".log");
      log.toFile().deleteOnExit();
      Process process = new ProcessBuilder(command)
          .directory(root.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> destroyTree(process), name + "-shutdown"));
      awaitPort(name, process, port, log);
      return new NodeEmulator(name, URI.create("http://127.0.0.1:" + port));
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + name + ": " + command, e);
    }
  }

  /**
   * A script Node loads before the emulator: it exits when its stdin — a pipe from this JVM —
   * closes. Shutdown hooks do not run when a JVM is killed or halted (surefire halts a fork that
   * outlives its timeout); the pipe closes however the JVM ends, so no emulator outlives it.
   */
  private static synchronized Path watchdog() throws IOException {
    if (watchdog == null) {
      watchdog = Files.createTempFile("newsdesk-emulator-watchdog-", ".js");
      watchdog.toFile().deleteOnExit();
      Files.writeString(watchdog, "process.stdin.on('end', () => process.exit(0)).on('error', () => process.exit(0)).resume();\n");
    }
    return watchdog;
  }

  /** The project root: {@code newsdesk.root} as surefire sets it, else the nearest folder with package.json. */
  static Path projectRoot() {
    String configured = System.getProperty("newsdesk.root");
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured).toAbsolutePath().normalize();
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("package.json"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the project root: set -Dnewsdesk.root");
  }

  /** Deletes a directory tree, best effort: used for emulator data at JVM exit. */
  static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // temp data only; the OS cleans up what is left
    }
  }

  private static synchronized void npmCi(Path root, String name) {
    if (npmCiDone) {
      return;
    }
    Path npm = executable("npm");
    if (npm == null) {
      unavailable(name, "SKIPPED: " + name + " emulator tests need npm to install node_modules — run npm ci in " + root);
    }
    System.err.println("newsdesk: node_modules missing, running 'npm ci' once in " + root);
    try {
      // Into a file, not inherited: surefire talks to its forked JVM over that JVM's stdout.
      Path log = Files.createTempFile("newsdesk-npm-ci-", ".log");
      log.toFile().deleteOnExit();
      Process process = new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund")
          .directory(root.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      if (!process.waitFor(NPM_CI.toSeconds(), TimeUnit.SECONDS)) {
        destroyTree(process);
        throw new IllegalStateException("npm ci did not finish within " + NPM_CI + ":\n" + read(log));
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("npm ci failed with exit status " + process.exitValue() + ":\n" + read(log));
      }
      npmCiDone = true;
    } catch (IOException e) {
      throw new UncheckedIOException("could not run npm ci", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during npm ci", e);
    }
  }

  static void unavailable(String name, String message) {
    String banner = "\n" + "!".repeat(100) + "\n" + message + "\n" + "!".repeat(100) + "\n";
    System.err.println(banner);
    if ("true".equalsIgnoreCase(System.getenv("NEWSDESK_REQUIRE_EMULATORS"))) {
      throw new IllegalStateException(message + " (NEWSDESK_REQUIRE_EMULATORS=true)");
    }
    Assumptions.abort(message);
  }

  private static Path executable(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String candidate : List.of(command, command + ".exe", command + ".cmd")) {
        Path file = Paths.get(dir, candidate);
        if (Files.isRegularFile(file) && Files.isExecutable(file)) {
          return file;
        }
      }
    }
    return null;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on loopback", e);
    }
  }

  private static void awaitPort(String name, Process process, int port, Path log) throws IOException {
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with status " + process.exitValue() + ":\n" + read(log));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        sleep(50);
      }
    }
    destroyTree(process);
    throw new IllegalStateException(name + " did not open port " + port + " within " + STARTUP + ":\n" + read(log));
  }

  private static void destroyTree(Process process) {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String read(Path log) throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
