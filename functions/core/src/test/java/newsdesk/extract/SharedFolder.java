package newsdesk.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the read-only shared folder beside the project root; tests using it skip when it is absent. */
public final class SharedFolder {

  private SharedFolder() {}

  public static Path root() {
    String root = System.getProperty("newsdesk.root", ".");
    return Path.of(root).toAbsolutePath().normalize().resolve("../shared").normalize();
  }

  /** The path below the shared folder, skipping the calling test when it does not exist. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p), "shared folder not present: " + p);
    return p;
  }

  /** Every HTML page of the shared corpora (not the expected outputs), sorted; skips the calling test without them. */
  public static List<Path> corpusPages() throws IOException {
    try (Stream<Path> files = Files.walk(require("corpus"))) {
      return files.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().equals("expected.html"))
          .sorted().toList();
    }
  }
}
