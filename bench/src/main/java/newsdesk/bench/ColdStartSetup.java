package newsdesk.bench;

import java.nio.file.Path;
import newsdesk.aws.AwsClients;
import newsdesk.aws.TableDefinition;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Resets the emulators before each measured cold start: a fresh, empty table (so the ingest run
 * does the whole work, not a duplicate check) and the raw object the {@code events/} file names.
 * Usage: {@code ColdStartSetup BUCKET KEY FILE} (stored as text/html when FILE ends in .html, else as
 * text/plain), endpoints and table from the environment.
 */
public final class ColdStartSetup {

  private ColdStartSetup() {}

  public static void main(String[] args) throws Exception {
    String table = System.getenv("TABLE_NAME");
    try (AwsClients clients = AwsClients.fromEnvironment(System.getenv())) {
      try {
        clients.dynamo().deleteTable(b -> b.tableName(table));
        clients.dynamo().waiter().waitUntilTableNotExists(b -> b.tableName(table));
      } catch (ResourceNotFoundException absent) {
        // First run: nothing to delete.
      }
      TableDefinition.create(clients.dynamo(), table);
      // An HTML page (PAGE=…html) goes through the HTML extractor and its JSON-LD reading.
      String type = args[2].matches("(?i).*\\.html?") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
      clients.s3().putObject(b -> b.bucket(args[0]).key(args[1]).contentType(type),
          RequestBody.fromFile(Path.of(args[2])));
    }
  }
}
