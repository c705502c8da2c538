package newsdesk.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
