package newsdesk.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the handler tests of all three functions share to invoke a handler as Lambda does: the
 * {@code events/} files read through the Lambda runtime's own serializer, an invocation context,
 * and the JSON lines (logs and EMF metrics) a handler printed.
 */
public final class Invocation {

  public static final Path ROOT = Path.of(System.getProperty("newsdesk.root", "../.."));
  public static final ObjectMapper JSON = new ObjectMapper();

  private Invocation() {}

  /** The sample event {@code events/<file>}, deserialized exactly as the Lambda Java runtime does. */
  public static <T> T event(String file, Class<T> type) throws IOException {
    return event(Files.readAllBytes(ROOT.resolve("events").resolve(file)), type);
  }

  /** An event from JSON, deserialized exactly as the Lambda Java runtime does. */
  public static <T> T event(byte[] json, Class<T> type) {
    return LambdaEventSerializers.serializerFor(type, type.getClassLoader()).fromJson(new ByteArrayInputStream(json));
  }

  /** The bytes of the sample event {@code events/<file>}, as Lambda hands them to a stream handler. */
  public static byte[] eventBytes(String file) throws IOException {
    return Files.readAllBytes(ROOT.resolve("events").resolve(file));
  }

  /** Invokes a handler's stream signature, as the Lambda runtime does, and returns what it wrote. */
  public static JsonNode stream(RequestStreamHandler handler, byte[] event, Context context) throws IOException {
    ByteArrayOutputStream result = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(event), result, context);
    return JSON.readTree(result.toByteArray());
  }

  /**
   * A typed value as the Lambda runtime's own serializer writes it (a typed handler's result, or an
   * event), with null fields left out: to the runtime and API Gateway, absent and null are the same.
   */
  @SuppressWarnings("unchecked")
  public static <T> JsonNode runtimeJson(T value, Class<T> type) throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    LambdaEventSerializers.serializerFor(type, Invocation.class.getClassLoader()).toJson(value, json);
    return withoutNulls(JSON.readTree(json.toByteArray()));
  }

  /** {@code json} with every null-valued field removed, at any depth. */
  public static JsonNode withoutNulls(JsonNode json) {
    JsonNode copy = json.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.properties().removeIf(field -> field.getValue().isNull());
    }
    node.forEach(Invocation::strip);
  }

  /** A context that answers the request id and the remaining time; everything else is null. */
  public static Context context(String requestId, int remainingMillis) {
    return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getAwsRequestId" -> requestId;
          case "getRemainingTimeInMillis" -> remainingMillis;
          default -> null;
        });
  }

  /** Each line a handler printed, parsed as JSON; a line that is not JSON fails the test. */
  public static List<JsonNode> jsonLines(ByteArrayOutputStream output) {
    return output.toString(StandardCharsets.UTF_8).lines().map(Invocation::parse).toList();
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not a JSON line: " + line, e);
    }
  }
}
