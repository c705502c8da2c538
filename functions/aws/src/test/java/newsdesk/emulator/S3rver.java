package newsdesk.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import newsdesk.aws.AwsClients;
import newsdesk.aws.S3RawObjects;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The JVM's one s3rver (S3's REST protocol over a temporary directory) for tests, started on first
 * use. s3rver checks request signatures against its fixed key pair {@code S3RVER}/{@code S3RVER},
 * so {@link #environment()} carries those. It has no versioning: version ids are always null.
 * Without Node.js the calling test is skipped (see NodeEmulator).
 */
public final class S3rver {

  private static NodeEmulator emulator;
  private static AwsClients clients;

  private S3rver() {}

  public static synchronized URI endpoint() {
    if (emulator == null) {
      Path data;
      try {
        data = Files.createTempDirectory("newsdesk-s3rver-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> NodeEmulator.deleteTree(data), "s3rver-data-cleanup"));
      emulator = NodeEmulator.start("s3rver", "s3rver/bin/s3rver.js", port -> List.of(
          "--directory", data.toString(), "--address", "127.0.0.1", "--port", Integer.toString(port), "--silent"));
    }
    return emulator.endpoint();
  }

  public static Map<String, String> environment() {
    return Map.of("S3_ENDPOINT", endpoint().toString(), "AWS_REGION", "us-east-1",
        "AWS_ACCESS_KEY_ID", "S3RVER", "AWS_SECRET_ACCESS_KEY", "S3RVER");
  }

  /** A new, empty bucket (the name starts with {@code prefix}); its name is returned. */
  public static String newBucket(String prefix) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    client().createBucket(b -> b.bucket(name));
    return name;
  }

  /** The raw-object reader built the way Ingest builds its own, shared by all tests in the JVM. */
  public static synchronized S3RawObjects rawObjects() {
    client();
    return clients.rawObjects();
  }

  /** A client built the way the functions build theirs, shared by all tests in the JVM. */
  public static synchronized S3Client client() {
    if (clients == null) {
      clients = AwsClients.fromEnvironment(environment());
    }
    return clients.s3();
  }
}
