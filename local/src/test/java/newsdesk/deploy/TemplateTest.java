package newsdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsdesk.feed.PollOrder;
import newsdesk.read.ArticleApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds {@code template.yaml} to the code it deploys: handlers that exist and accept the event
 * their trigger sends, every environment variable the code reads, the API routes the read API
 * serves, a sample event per trigger, least-privilege policies, and the fixed table schema. A
 * mismatch here would otherwise surface only after a deployment.
 */
class TemplateTest {

  static final Path ROOT = Path.of(System.getProperty("newsdesk.root", ".."));
  /**
   * Set by Lambda itself (it reserves every AWS_ name: region, the role's credentials) or only by
   * the local stack (endpoint overrides for emulators): the template must not set them.
   */
  static final Pattern NOT_IN_TEMPLATE = Pattern.compile("AWS_[A-Z0-9_]+|[A-Z0-9_]+_ENDPOINT");
  /** How the code reads its environment: System.getenv("X") or env.get("X") on the env map. */
  static final Pattern ENV_READ = Pattern.compile("(?:getenv|env\\.get)\\(\\s*\"([A-Za-z0-9_]+)\"\\s*\\)");
  static final Map<String, Class<?>> EVENT_TYPES = Map.of(
      "S3", S3Event.class, "Schedule", ScheduledEvent.class, "HttpApi", APIGatewayV2HTTPEvent.class,
      "SQS", SQSEvent.class);

  static Map<String, Object> template;
  static Map<String, Map<String, Object>> resources;
  static Map<String, Map<String, Object>> functions;

  @BeforeAll
  static void readTemplate() throws IOException {
    template = CloudFormationYaml.read(ROOT.resolve("template.yaml"));
    resources = new LinkedHashMap<>();
    functions = new LinkedHashMap<>();
    map(template, "Resources").forEach((name, resource) -> {
      Map<String, Object> definition = asMap(resource);
      resources.put(name, definition);
      if ("AWS::Serverless::Function".equals(definition.get("Type"))) {
        functions.put(name, map(definition, "Properties"));
      }
    });
  }

  @Test
  void isASamTemplateWithItsFunctions() {
    assertThat(template.get("Transform")).isEqualTo("AWS::Serverless-2016-10-31");
    assertThat(functions).containsOnlyKeys("IngestFunction", "PollerFunction", "PollWorkerFunction", "ApiFunction");
  }

  @Test
  void everyHandlerExistsAndTakesTheEventItsTriggerSends() throws Exception {
    for (var function : functions.entrySet()) {
      String handler = (String) function.getValue().get("Handler");
      assertThat(handler).as(function.getKey()).endsWith("::handleRequest");
      Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));

      assertThat(RequestHandler.class).as(handler).isAssignableFrom(type);
      assertThat(Modifier.isPublic(type.getConstructor().getModifiers())).as(handler + " no-arg").isTrue();
      Set<Class<?>> expected = new java.util.HashSet<>();
      for (Object event : map(function.getValue(), "Events").values()) {
        expected.add(EVENT_TYPES.get((String) asMap(event).get("Type")));
      }
      assertThat(expected).as(function.getKey() + " event types").hasSize(1).doesNotContainNull();
      assertThat(requestType(type)).as(handler + " request type").isEqualTo(expected.iterator().next());
    }
  }

  @Test
  void eachFunctionShipsTheModuleItsHandlerLivesIn() throws Exception {
    for (var function : functions.entrySet()) {
      String codeUri = (String) function.getValue().get("CodeUri");
      Matcher module = Pattern.compile("functions/([a-z]+)/target/\\1\\.zip").matcher(codeUri);
      assertThat(module.matches()).as(function.getKey() + " CodeUri " + codeUri).isTrue();
      String handler = (String) function.getValue().get("Handler");
      Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
      String location = type.getProtectionDomain().getCodeSource().getLocation().toString();
      assertThat(location).as(handler + " is built by").contains("functions/" + module.group(1) + "/");
    }
  }

  @Test
  void runsJava21OnArmWithSnapStartAndJsonLogs() {
    Map<String, Object> globals = map(map(template, "Globals"), "Function");
    assertThat(globals.get("Runtime")).isEqualTo("java21");
    assertThat(globals.get("Architectures")).isEqualTo(List.of("arm64"));
    assertThat(map(globals, "SnapStart")).containsEntry("ApplyOn", "PublishedVersions");
    assertThat(globals.get("AutoPublishAlias")).isEqualTo("live");
    assertThat(map(globals, "LoggingConfig")).containsEntry("LogFormat", "JSON");
    assertThat(map(map(globals, "Environment"), "Variables"))
        .containsEntry("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
    for (var function : functions.entrySet()) {
      assertThat(function.getValue()).as(function.getKey() + " keeps the global runtime")
          .doesNotContainKeys("Runtime", "Architectures");
      assertThat(map(function.getValue(), "LoggingConfig")).as(function.getKey()).containsKey("LogGroup");
    }
  }

  @Test
  void setsEveryEnvironmentVariableTheCodeReads() throws IOException {
    Map<String, Map<String, Set<String>>> readByModule = environmentReads();
    assertThat(readByModule.values().stream().flatMap(files -> files.values().stream()).flatMap(Set::stream))
        .as("the scan finds reads").contains("TABLE_NAME");

    for (var function : functions.entrySet()) {
      String module = moduleOf(function.getValue());
      // Two functions can share a package (poller, poll worker): another function's handler is
      // never run by this one, so what only it reads is not needed here.
      Set<String> otherHandlers = new TreeSet<>();
      functions.forEach((name, other) -> {
        if (!name.equals(function.getKey())) {
          otherHandlers.add(handlerFile(other));
        }
      });
      otherHandlers.remove(handlerFile(function.getValue()));
      Set<String> needed = new TreeSet<>();
      readByModule.forEach((reader, files) -> {
        // core and aws are in every function's package; a function module only in its own.
        if (reader.equals(module) || reader.equals("core") || reader.equals("aws")) {
          files.forEach((file, names) -> {
            if (!otherHandlers.contains(file)) {
              needed.addAll(names);
            }
          });
        }
      });
      needed.removeIf(name -> NOT_IN_TEMPLATE.matcher(name).matches());
      Set<String> set = environment(function.getValue());

      assertThat(set).as(function.getKey() + " environment").containsAll(needed);
      assertThat(set).as(function.getKey() + " leaves Lambda's and local-only variables alone")
          .noneMatch(name -> NOT_IN_TEMPLATE.matcher(name).matches());
    }
  }

  @Test
  void theHttpApiRoutesAreExactlyTheReadApiRoutes() {
    List<String> routes = new ArrayList<>();
    for (Map<String, Object> function : functions.values()) {
      for (Object event : map(function, "Events").values()) {
        Map<String, Object> definition = asMap(event);
        if ("HttpApi".equals(definition.get("Type"))) {
          Map<String, Object> properties = map(definition, "Properties");
          routes.add(properties.get("Method") + " " + properties.get("Path"));
          assertThat(properties).containsEntry("PayloadFormatVersion", "2.0")
              .containsEntry("ApiId", Map.of("Ref", "HttpApi"));
        }
      }
    }
    assertThat(routes).containsExactlyInAnyOrderElementsOf(ArticleApi.ROUTES);
    assertThat(resources.get("HttpApi")).containsEntry("Type", "AWS::Serverless::HttpApi");
    assertThat(map(map(resources.get("HttpApi"), "Properties"), "CorsConfiguration")).containsKey("AllowOrigins");
  }

  @Test
  void everyTriggerAndRouteHasASampleEvent() throws IOException {
    List<JsonNode> samples = new ArrayList<>();
    try (Stream<Path> files = Files.list(ROOT.resolve("events"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        samples.add(new ObjectMapper().readTree(file.toFile()));
      }
    }
    for (Map<String, Object> function : functions.values()) {
      for (var event : map(function, "Events").entrySet()) {
        Map<String, Object> definition = asMap(event.getValue());
        Map<String, Object> properties = map(definition, "Properties");
        String type = (String) definition.get("Type");
        boolean found = switch (type) {
          case "S3" -> samples.stream().anyMatch(s -> "aws:s3".equals(s.at("/Records/0/eventSource").asText())
              && s.at("/Records/0/eventName").asText().startsWith("ObjectCreated:")
              && s.at("/Records/0/s3/object/key").asText().startsWith(s3Prefix(properties)));
          case "Schedule" -> samples.stream().anyMatch(s -> "Scheduled Event".equals(s.path("detail-type").asText()));
          case "HttpApi" -> samples.stream().anyMatch(s -> "2.0".equals(s.path("version").asText())
              && (properties.get("Method") + " " + properties.get("Path")).equals(s.path("routeKey").asText()));
          case "SQS" -> samples.stream().anyMatch(s -> "aws:sqs".equals(s.at("/Records/0/eventSource").asText())
              && isPollOrder(s.at("/Records/0/body").asText()));
          default -> false;
        };
        assertThat(found).as("a sample in events/ for " + event.getKey() + " (" + type + ")").isTrue();
      }
    }
  }

  static boolean isPollOrder(String body) {
    try {
      return !PollOrder.fromJson(body).feeds().isEmpty();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void ingestIsTriggeredByObjectsCreatedUnderIncoming() {
    Map<String, Object> s3 = null;
    for (var function : functions.entrySet()) {
      for (Object event : map(function.getValue(), "Events").values()) {
        if ("S3".equals(asMap(event).get("Type"))) {
          assertThat(function.getKey()).isEqualTo("IngestFunction");
          s3 = map(asMap(event), "Properties");
        }
      }
    }
    assertThat(s3).isNotNull();
    assertThat(s3.get("Events")).isEqualTo("s3:ObjectCreated:*");
    assertThat(s3Prefix(s3)).isEqualTo("incoming/");
    assertThat(s3.get("Bucket")).isEqualTo(Map.of("Ref", "RawBucket"));
  }

  @Test
  void noFunctionRefersToTheBucketThatNotifiesIt() {
    // The bucket's notification depends on the ingest function; a function depending on the
    // bucket (policy, environment) closes a cycle CloudFormation refuses.
    for (var function : functions.entrySet()) {
      Map<String, Object> properties = new HashMap<>(function.getValue());
      properties.remove("Events");
      assertThat(references(properties)).as(function.getKey()).doesNotContain("RawBucket");
    }
  }

  @Test
  void theBucketNameStringIsTheSameEverywhereItIsSpelledOut() {
    // Policies and environment cannot !Ref the bucket (see above), so they repeat its name: a copy
    // that drifted would deny ingest its reads or send the poller's pages elsewhere.
    Object name = map(resources.get("RawBucket"), "Properties").get("BucketName");
    assertThat(name).isInstanceOf(Map.class);
    String bucket = String.valueOf(asMap(name).get("Fn::Sub"));
    assertThat(bucket).contains("${AWS::StackName}", "${AWS::AccountId}");

    for (String function : List.of("PollerFunction", "PollWorkerFunction")) {
      assertThat(map(map(functions.get(function), "Environment"), "Variables").get("BUCKET_NAME"))
          .as(function).isEqualTo(name);
    }
    List<Map<String, Object>> statements = new ArrayList<>();
    // The poll worker's statements sit in its own role (see thePollWorkerConsumesOnlyThePollQueue…).
    collectStatements(List.of(functions, resources.get("PollWorkerRole")), statements);
    List<String> s3Resources = statements.stream()
        .flatMap(statement -> strings(statement.get("Resource")).stream())
        .filter(resource -> resource.contains(":s3:::"))
        .toList();
    assertThat(s3Resources).hasSizeGreaterThanOrEqualTo(3).allSatisfy(resource -> assertThat(resource)
        .matches(".*:s3:::" + Pattern.quote(bucket) + "(/incoming/\\*)?}"));
  }

  @Test
  void policiesGrantOnlyTheActionsEachFunctionUses() {
    Map<String, Set<String>> expected = Map.of(
        "IngestFunction", Set.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket", "dynamodb:GetItem",
            "dynamodb:Query", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem", "sqs:SendMessage"),
        "PollerFunction", Set.of("dynamodb:PutItem", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:DeleteItem",
            "s3:PutObject", "sqs:SendMessage"),
        "PollWorkerFunction", Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:BatchGetItem",
            "dynamodb:DeleteItem", "s3:PutObject", "logs:CreateLogStream", "logs:PutLogEvents", "sqs:ReceiveMessage",
            "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes"),
        "ApiFunction", Set.of("dynamodb:GetItem", "dynamodb:Query"));
    for (var function : functions.entrySet()) {
      Set<String> granted = new TreeSet<>();
      for (Object policy : policies(function.getValue())) {
        // Inline statements only: SAM's policy templates expand to far broader action lists.
        assertThat(policy).as(function.getKey() + " policy").isInstanceOf(Map.class);
        assertThat(asMap(policy)).as(function.getKey() + " policy").containsOnlyKeys("Statement");
        for (Object statement : list(asMap(policy), "Statement")) {
          Map<String, Object> allow = asMap(statement);
          assertThat(allow).containsEntry("Effect", "Allow");
          granted.addAll(strings(allow.get("Action")));
          if (strings(allow.get("Action")).stream().anyMatch(a -> a.equals("s3:GetObject") || a.equals("s3:PutObject"))) {
            assertThat(String.valueOf(allow.get("Resource"))).as("object access only under incoming/")
                .endsWith("/incoming/*}");
          }
        }
      }
      assertThat(granted).as(function.getKey()).isEqualTo(expected.get(function.getKey()));
    }
  }

  /**
   * A function's inline policies: its own {@code Policies}, or those of the role it names (SAM then
   * creates no role and attaches no managed policy).
   */
  static List<Object> policies(Map<String, Object> function) {
    Object role = function.get("Role");
    if (role == null) {
      return list(function, "Policies");
    }
    assertThat(function).as("Role and Policies together").doesNotContainKey("Policies");
    List<?> getAtt = (List<?>) asMap(role).get("Fn::GetAtt");
    Map<String, Object> properties = map(resources.get(String.valueOf(getAtt.get(0))), "Properties");
    return list(properties, "Policies").stream().map(p -> (Object) map(asMap(p), "PolicyDocument"))
        .map(doc -> (Object) Map.of("Statement", list(asMap(doc), "Statement"))).toList();
  }

  @Test
  void thePollWorkerConsumesOnlyThePollQueueThroughItsOwnRole() {
    // With Policies, SAM's SQS event attaches AWSLambdaSQSQueueExecutionRole: receive and delete on
    // every queue in the account. An explicit role keeps the worker to its queue and its log group.
    Map<String, Object> worker = functions.get("PollWorkerFunction");
    assertThat(worker).containsEntry("Role", Map.of("Fn::GetAtt", List.of("PollWorkerRole", "Arn")))
        .doesNotContainKey("Policies");
    Map<String, Object> role = map(resources.get("PollWorkerRole"), "Properties");
    assertThat(role).doesNotContainKeys("ManagedPolicyArns", "PermissionsBoundary");
    List<Map<String, Object>> statements = new ArrayList<>();
    collectStatements(policies(worker), statements);
    for (Map<String, Object> statement : statements) {
      List<String> actions = strings(statement.get("Action"));
      if (actions.stream().anyMatch(a -> a.startsWith("sqs:"))) {
        assertThat(statement.get("Resource")).isEqualTo(Map.of("Fn::GetAtt", List.of("PollQueue", "Arn")));
      }
      if (actions.stream().anyMatch(a -> a.startsWith("logs:"))) {
        assertThat(statement.get("Resource")).isEqualTo(Map.of("Fn::GetAtt", List.of("PollWorkerLogGroup", "Arn")));
      }
    }
    assertThat(statements).flatExtracting(st -> strings(st.get("Action"))).contains("sqs:ReceiveMessage", "logs:PutLogEvents");
  }

  @Test
  void noAllowStatementUsesWildcardActionsOrResources() {
    List<Map<String, Object>> statements = new ArrayList<>();
    collectStatements(resources, statements);
    assertThat(statements).isNotEmpty();
    for (Map<String, Object> statement : statements) {
      if (!"Allow".equals(statement.get("Effect"))) {
        continue;
      }
      assertThat(strings(statement.get("Action"))).as(statement.toString())
          .noneMatch(action -> action.equals("*") || action.endsWith(":*"));
      // No action used here needs Resource "*"; one that does would be listed with its reason.
      assertThat(strings(statement.get("Resource"))).as(statement.toString()).doesNotContain("*");
    }
  }

  @Test
  void asyncFailuresLandInAnEncryptedQueue() {
    assertThat(map(resources.get("FailureQueue"), "Properties")).containsEntry("SqsManagedSseEnabled", true);
    for (String name : List.of("IngestFunction", "PollerFunction")) {
      Map<String, Object> config = map(functions.get(name), "EventInvokeConfig");
      assertThat(config).as(name).containsKeys("MaximumRetryAttempts", "MaximumEventAgeInSeconds");
      assertThat(map(map(config, "DestinationConfig"), "OnFailure"))
          .containsEntry("Type", "SQS")
          .containsEntry("Destination", Map.of("Fn::GetAtt", List.of("FailureQueue", "Arn")));
    }
  }

  @Test
  void thePollQueueFeedsTheWorkersInBatchesWithPartialFailuresAndADeadLetterQueue() {
    Map<String, Object> queue = map(resources.get("PollQueue"), "Properties");
    Map<String, Object> worker = functions.get("PollWorkerFunction");
    int workerTimeout = (Integer) worker.get("Timeout");
    // AWS's advice for a Lambda event source: at least six times the function's timeout.
    assertThat((Integer) queue.get("VisibilityTimeout")).isGreaterThanOrEqualTo(6 * workerTimeout);
    assertThat(queue).containsEntry("SqsManagedSseEnabled", true);
    assertThat(map(queue, "RedrivePolicy"))
        .containsEntry("deadLetterTargetArn", Map.of("Fn::GetAtt", List.of("PollDeadLetterQueue", "Arn")))
        .containsEntry("maxReceiveCount", 3);
    assertThat(map(resources.get("PollDeadLetterQueue"), "Properties")).containsEntry("SqsManagedSseEnabled", true);

    Map<String, Object> source = map(map(map(worker, "Events"), "PollOrders"), "Properties");
    assertThat(source).containsEntry("Queue", Map.of("Fn::GetAtt", List.of("PollQueue", "Arn")))
        .containsEntry("BatchSize", 10)
        .containsEntry("FunctionResponseTypes", List.of("ReportBatchItemFailures"))
        .containsKey("MaximumBatchingWindowInSeconds");
    assertThat(map(source, "ScalingConfig")).containsEntry("MaximumConcurrency", Map.of("Ref", "PollWorkerConcurrency"));

    // The scheduled poller may send to the poll queue, and only it; the worker sends nothing.
    assertThat(map(map(functions.get("PollerFunction"), "Environment"), "Variables"))
        .containsEntry("POLL_QUEUE_URL", Map.of("Ref", "PollQueue"));
    List<Map<String, Object>> statements = new ArrayList<>();
    collectStatements(list(functions.get("PollerFunction"), "Policies"), statements);
    assertThat(statements.stream().filter(st -> strings(st.get("Action")).contains("sqs:SendMessage"))
        .map(st -> st.get("Resource")).toList())
        .containsExactlyInAnyOrder(Map.of("Fn::GetAtt", List.of("FailureQueue", "Arn")),
            Map.of("Fn::GetAtt", List.of("PollQueue", "Arn")));
  }

  @Test
  void theRawBucketIsPrivateVersionedEncryptedAndTlsOnly() {
    Map<String, Object> bucket = map(resources.get("RawBucket"), "Properties");
    assertThat(map(bucket, "VersioningConfiguration")).containsEntry("Status", "Enabled");
    assertThat(bucket).containsKey("BucketEncryption");
    assertThat(map(bucket, "PublicAccessBlockConfiguration")).containsOnly(
        Map.entry("BlockPublicAcls", true), Map.entry("BlockPublicPolicy", true),
        Map.entry("IgnorePublicAcls", true), Map.entry("RestrictPublicBuckets", true));
    Map<String, Object> policy = map(map(resources.get("RawBucketPolicy"), "Properties"), "PolicyDocument");
    assertThat(list(policy, "Statement")).anySatisfy(s -> assertThat(asMap(s))
        .containsEntry("Effect", "Deny")
        .containsEntry("Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
  }

  @Test
  void theTableHasExactlyTheFixedSchema() {
    Map<String, Object> table = map(resources.get("Table"), "Properties");
    assertThat(table).containsEntry("BillingMode", "PAY_PER_REQUEST");
    assertThat(map(table, "PointInTimeRecoverySpecification")).containsEntry("PointInTimeRecoveryEnabled", true);
    // The attribute DynamoSeenItems writes; without TTL seen-item keys would only pile up.
    assertThat(map(table, "TimeToLiveSpecification"))
        .containsOnly(Map.entry("AttributeName", "expiresAt"), Map.entry("Enabled", true));
    assertThat(list(table, "AttributeDefinitions")).containsExactlyInAnyOrder(
        attribute("pk"), attribute("sk"), attribute("gsi1pk"), attribute("gsi1sk"));
    assertThat(list(table, "KeySchema")).containsExactly(key("pk", "HASH"), key("sk", "RANGE"));
    assertThat(list(table, "GlobalSecondaryIndexes")).containsExactly(Map.of(
        "IndexName", "gsi1",
        "KeySchema", List.of(key("gsi1pk", "HASH"), key("gsi1sk", "RANGE")),
        "Projection", Map.of("ProjectionType", "INCLUDE", "NonKeyAttributes", List.of("summary", "feed", "rejection"))));
  }

  @Test
  void logGroupsHaveRetentionAndTheOutputsAreThere() {
    resources.values().stream().filter(r -> "AWS::Logs::LogGroup".equals(r.get("Type")))
        .forEach(group -> assertThat(map(group, "Properties")).containsKey("RetentionInDays"));
    assertThat(map(template, "Outputs")).containsKeys("ApiUrl", "RawBucketName", "TableName");
    assertThat(map(template, "Parameters")).containsKeys("PollSchedule", "FunctionMemory", "LogRetentionDays",
        "CorsAllowOrigins");
    assertThat(map(map(template, "Parameters"), "PollSchedule")).containsEntry("Default", "rate(15 minutes)");
  }

  // --- reading the code ---

  /** Environment variable names read in each module's main sources, by module directory name and file name. */
  static Map<String, Map<String, Set<String>>> environmentReads() throws IOException {
    Map<String, Map<String, Set<String>>> reads = new HashMap<>();
    try (Stream<Path> modules = Files.list(ROOT.resolve("functions"))) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(sources)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
            Matcher read = ENV_READ.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (read.find()) {
              reads.computeIfAbsent(module.getFileName().toString(), m -> new HashMap<>())
                  .computeIfAbsent(file.getFileName().toString(), f -> new TreeSet<>()).add(read.group(1));
            }
          }
        }
      }
    }
    return reads;
  }

  static Type requestType(Class<?> handler) {
    for (Type type : handler.getGenericInterfaces()) {
      if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == RequestHandler.class) {
        return parameterized.getActualTypeArguments()[0];
      }
    }
    throw new AssertionError(handler + " does not implement RequestHandler<I, O> directly");
  }

  // --- reading the template ---

  /** The source file name of a function's handler class: {@code PollerHandler.java}. */
  static String handlerFile(Map<String, Object> function) {
    String handler = (String) function.get("Handler");
    String type = handler.substring(0, handler.indexOf("::"));
    return type.substring(type.lastIndexOf('.') + 1) + ".java";
  }

  static String moduleOf(Map<String, Object> function) {
    String codeUri = (String) function.get("CodeUri");
    return codeUri.split("/")[1];
  }

  static Set<String> environment(Map<String, Object> function) {
    Set<String> names = new TreeSet<>();
    names.addAll(map(map(map(map(template, "Globals"), "Function"), "Environment"), "Variables").keySet());
    names.addAll(map(map(function, "Environment"), "Variables").keySet());
    return names;
  }

  static String s3Prefix(Map<String, Object> s3) {
    for (Object rule : list(map(map(s3, "Filter"), "S3Key"), "Rules")) {
      if ("prefix".equals(asMap(rule).get("Name"))) {
        return (String) asMap(rule).get("Value");
      }
    }
    return "";
  }

  /** Every IAM statement in the template: function policies, roles, managed and bucket policies. */
  @SuppressWarnings("unchecked")
  static void collectStatements(Object node, List<Map<String, Object>> into) {
    if (node instanceof Map<?, ?> map) {
      Object statement = map.get("Statement");
      if (statement instanceof List<?> statements) {
        statements.forEach(s -> into.add((Map<String, Object>) s));
      }
      map.values().forEach(value -> collectStatements(value, into));
    } else if (node instanceof List<?> items) {
      items.forEach(item -> collectStatements(item, into));
    }
  }

  /** Resource names this node refers to through Ref, GetAtt or a ${Name} inside Sub. */
  static Set<String> references(Object node) {
    Set<String> names = new TreeSet<>();
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> {
        if ("Ref".equals(key)) {
          names.add(String.valueOf(value));
        } else if ("Fn::GetAtt".equals(key)) {
          names.add(String.valueOf(((List<?>) value).get(0)));
        } else if ("Fn::Sub".equals(key)) {
          String text = value instanceof List<?> sub ? String.valueOf(sub.get(0)) : String.valueOf(value);
          Matcher variable = Pattern.compile("\\$\\{([A-Za-z0-9]+)[.}]").matcher(text);
          while (variable.find()) {
            names.add(variable.group(1));
          }
        }
        names.addAll(references(value));
      });
    } else if (node instanceof List<?> items) {
      items.forEach(item -> names.addAll(references(item)));
    }
    return names;
  }

  static Map<String, String> attribute(String name) {
    return Map.of("AttributeName", name, "AttributeType", "S");
  }

  static Map<String, String> key(String name, String type) {
    return Map.of("AttributeName", name, "KeyType", type);
  }

  static List<String> strings(Object value) {
    if (value instanceof List<?> items) {
      return items.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    return value == null ? Map.of() : asMap(value);
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    return value == null ? List.of() : (List<Object>) value;
  }
}
