package newsdesk.emulator;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import newsdesk.aws.AwsClients;
import newsdesk.aws.TableDefinition;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The JVM's one dynalite (DynamoDB's protocol, in memory) for tests, started on first use. Tables
 * become ACTIVE at once ({@code --createTableMs 0}), so each test can have a fresh table of its own
 * rather than cleaning a shared one. Without Node.js the calling test is skipped (see NodeEmulator).
 */
public final class Dynalite {

  private static NodeEmulator emulator;
  private static AwsClients clients;

  private Dynalite() {}

  public static synchronized URI endpoint() {
    if (emulator == null) {
      emulator = NodeEmulator.start("dynalite", "dynalite/cli.js", port -> List.of(
          "--host", "127.0.0.1", "--port", Integer.toString(port),
          "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
    }
    return emulator.endpoint();
  }

  /** The environment that points {@link AwsClients} (and so the local stack) at this dynalite. */
  public static Map<String, String> environment() {
    return Map.of("DYNAMODB_ENDPOINT", endpoint().toString(), "AWS_REGION", "us-east-1");
  }

  /** A client built the way the functions build theirs, shared by all tests in the JVM. */
  public static synchronized DynamoDbClient client() {
    if (clients == null) {
      clients = AwsClients.fromEnvironment(environment());
    }
    return clients.dynamo();
  }

  /** A new, empty, ACTIVE table with the production key schema; its name is returned. */
  public static String newTable(String prefix) {
    String name = prefix + "-" + UUID.randomUUID();
    TableDefinition.create(client(), name);
    return name;
  }
}
