package newsdesk.function;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.aws.DynamoFeedStore;
import newsdesk.aws.DynamoSeenItems;
import newsdesk.aws.S3RawArchive;
import newsdesk.aws.SqsPollQueue;
import newsdesk.aws.telemetry.Telemetry;
import newsdesk.emulator.Dynalite;
import newsdesk.emulator.ElasticMq;
import newsdesk.emulator.S3rver;
import newsdesk.feed.Feed;
import newsdesk.feed.PollQueue;
import newsdesk.feed.Poller;
import newsdesk.fetch.FetchSettings;
import newsdesk.fetch.SafeFetcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Fan-out end to end on real protocols: the scheduled {@link PollerHandler} claims the due feeds in
 * dynalite and sends one order per host to an ElasticMQ queue; the messages, received from it and
 * shaped like {@code events/sqs-poll.json}, go through the Lambda runtime's serializer to
 * {@link PollWorkerHandler}, which polls feeds served on loopback and archives into s3rver. Both
 * pollers allow loopback, which only tests and the local stack do.
 */
class PollWorkerHandlerTest {

  final ByteArrayOutputStream output = new ByteArrayOutputStream();
  final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  HttpServer server;
  String base;
  String table;
  String bucket;
  String queueUrl;
  DynamoFeedStore feeds;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/feed/", exchange -> {
      String name = count(exchange);
      send(exchange, 200, "application/rss+xml", "<rss><channel><title>" + name + "</title><item><guid>" + name
          + "</guid><link>" + base + "/story/" + name + "</link><title>S</title></item></channel></rss>");
    });
    server.createContext("/story/", exchange -> send(exchange, 200, "text/html", "<html><body><p>story</p></body></html>"));
    server.createContext("/error/", exchange -> {
      count(exchange);
      send(exchange, 500, "text/plain", "down");
    });
    server.createContext("/slow/", exchange -> {
      count(exchange);
      try {
        Thread.sleep(400);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(exchange, 200, "application/rss+xml", "<rss><channel><title>slow</title></channel></rss>");
    });
    server.start();
    table = Dynalite.newTable("fanout");
    bucket = S3rver.newBucket("fanout");
    queueUrl = ElasticMq.newQueue("poll");
    feeds = new DynamoFeedStore(Dynalite.client(), table);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void theScheduledRunFansOutAndTheWorkerPollsEachFeedOnceHoweverOftenItIsDelivered() throws Exception {
    addFeed("a", base + "/feed/a");
    addFeed("b", base + "/feed/b");
    // Another host name for the same server: a second order.
    addFeed("c", base.replace("127.0.0.1", "localhost") + "/feed/c");
    addFeed("down", base + "/error/down");

    String run = scheduler(2).handleRequest(PollerHandlerTest.event(), PollerHandlerTest.context(60_000));

    assertThat(run).isEqualTo("due=4 polled=0 failed=0 archived=0 dispatched=4");
    assertThat(hits).isEmpty();
    assertThat(feeds.due(Instant.now(), 10)).as("claimed feeds leave the due list").isEmpty();
    List<Message> messages = receiveAll();
    assertThat(messages).hasSize(2);

    SQSEvent event = sqsEvent(messages);
    SQSBatchResponse first = worker(Poller.Limits.defaults()).handleRequest(event, PollerHandlerTest.context(60_000));

    assertThat(first.getBatchItemFailures()).isEmpty();
    assertThat(hits).containsOnlyKeys("/feed/a", "/feed/b", "/feed/c", "/error/down")
        .allSatisfy((path, n) -> assertThat(n).as(path).hasValue(1));
    assertThat(archived()).hasSize(3);
    Feed a = feeds.feed("a").orElseThrow();
    assertThat(a.title()).isEqualTo("a");
    // The poll's own state replaced the claim: next poll an hour (no dated items) after this poll.
    assertThat(Duration.between(Instant.parse(a.lastPoll()), Instant.parse(a.nextPoll()))).isEqualTo(Duration.ofHours(1));
    // A feed that fails to fetch is recorded as in any run, not redelivered.
    assertThat(feeds.feed("down").orElseThrow().consecutiveErrors()).isEqualTo(1);

    SQSBatchResponse again = worker(Poller.Limits.defaults()).handleRequest(event, PollerHandlerTest.context(60_000));

    assertThat(again.getBatchItemFailures()).isEmpty();
    assertThat(hits.values()).allSatisfy(n -> assertThat(n).hasValue(1));
    assertThat(archived()).hasSize(3);
    JsonNode log = Invocation.jsonLines(output).stream()
        .filter(line -> "poll orders".equals(line.path("message").asText())).reduce((x, y) -> y).orElseThrow();
    assertThat(log.path("skipped").asInt()).isEqualTo(4);
    assertThat(log.path("polled").asInt()).isZero();
  }

  @Test
  void unfinishedOrdersAndMalformedMessagesAreTheBatchItemFailures() throws Exception {
    for (int i = 0; i < 3; i++) {
      addFeed("slow" + i, base + "/slow/" + i);
    }
    scheduler(0).handleRequest(PollerHandlerTest.event(), PollerHandlerTest.context(60_000));
    List<Message> messages = receiveAll();
    assertThat(messages).hasSize(1);
    List<Message> withJunk = new ArrayList<>(messages);
    withJunk.add(Message.builder().messageId("junk-1").receiptHandle("r").body("{\"not\": \"an order\"}").build());

    // One worker thread, 400 ms a feed, 750 ms to the deadline: the third slow feed is not reached.
    SQSBatchResponse response = worker(new Poller.Limits(1, 1)).handleRequest(sqsEvent(withJunk),
        PollerHandlerTest.context(1_000));

    assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactlyInAnyOrder(messages.get(0).messageId(), "junk-1");
    int reached = hits.size();
    assertThat(reached).isBetween(1, 2);

    // Redelivered with time to spare: only the feeds not reached are polled.
    SQSBatchResponse retry = worker(new Poller.Limits(1, 1)).handleRequest(sqsEvent(messages),
        PollerHandlerTest.context(60_000));

    assertThat(retry.getBatchItemFailures()).isEmpty();
    assertThat(hits).hasSize(3).allSatisfy((path, n) -> assertThat(n).as(path).hasValue(1));
    assertThat(feeds.all()).allSatisfy(f -> assertThat(f.lastPoll()).isNotNull());
  }

  @Test
  void aRunWithFewDueFeedsPollsThemItselfAndSendsNothing() throws Exception {
    addFeed("a", base + "/feed/a");

    String run = scheduler(1).handleRequest(PollerHandlerTest.event(), PollerHandlerTest.context(60_000));

    assertThat(run).isEqualTo("due=1 polled=1 failed=0 archived=1");
    assertThat(receiveAll()).isEmpty();
  }

  @Test
  void ordersTheQueueRefusesHaveTheirClaimsReleased() throws Exception {
    addFeed("a", base + "/feed/a");
    addFeed("b", base + "/feed/b");
    Poller poller = poller(new SqsPollQueue(ElasticMq::client, ElasticMq.endpoint() + "/000000000000/missing"), 0,
        Poller.Limits.defaults());

    String run = new PollerHandler(poller, Clock.systemUTC(), telemetry("poller"))
        .handleRequest(PollerHandlerTest.event(), PollerHandlerTest.context(60_000));

    assertThat(run).isEqualTo("due=2 polled=0 failed=2 archived=0");
    assertThat(feeds.due(Instant.now(), 10)).extracting(Feed::id).containsExactly("a", "b");
    assertThat(hits).isEmpty();
  }

  @Test
  void theSampleEventThroughTheLambdaWiringSkipsFeedsItDoesNotKnow() throws Exception {
    Map<String, String> env = new java.util.HashMap<>(Dynalite.environment());
    env.putAll(S3rver.environment());
    env.put("TABLE_NAME", table);
    env.put("BUCKET_NAME", bucket);
    PollWorkerHandler handler = new PollWorkerHandler(PollWorkerHandler.fromEnvironment(env), Clock.systemUTC(),
        telemetry("poll-worker"));

    SQSBatchResponse response = handler.handleRequest(Invocation.event("sqs-poll.json", SQSEvent.class),
        PollerHandlerTest.context(60_000));

    assertThat(response.getBatchItemFailures()).isEmpty();
    List<JsonNode> lines = Invocation.jsonLines(output);
    assertThat(lines.get(0).path("messages").asInt()).isEqualTo(2);
    assertThat(lines.get(0).path("skipped").asInt()).isEqualTo(3);
    assertThat(lines.get(1).path("_aws").path("CloudWatchMetrics").get(0).path("Metrics").findValuesAsText("Name"))
        .containsExactly("Orders", "Polled", "Failed", "Skipped", "Deferred", "Archived", "Retried", "Malformed",
            "DurationMs");
  }

  @Test
  void theStreamLambdaInvokesAnswersAsTheTypedHandler() throws Exception {
    // The Lambda runtime takes a RequestStreamHandler's stream signature before the typed one.
    ObjectNode event = (ObjectNode) Invocation.JSON.readTree(Invocation.eventBytes("sqs-poll.json"));
    ObjectNode junk = event.withArray("Records").get(0).deepCopy();
    event.withArray("Records").add(junk.put("messageId", "junk-1").put("body", "{\"not\": \"an order\"}"));
    byte[] bytes = Invocation.JSON.writeValueAsBytes(event);
    PollWorkerHandler handler = worker(Poller.Limits.defaults());

    JsonNode streamed = Invocation.stream(handler, bytes, PollerHandlerTest.context(60_000));
    JsonNode typed = Invocation.runtimeJson(
        handler.handleRequest(Invocation.event(bytes, SQSEvent.class), PollerHandlerTest.context(60_000)),
        SQSBatchResponse.class);

    assertThat(streamed).isEqualTo(typed);
    assertThat(streamed.path("batchItemFailures").findValuesAsText("itemIdentifier")).containsExactly("junk-1");
  }

  PollerHandler scheduler(int fanOutAbove) {
    return new PollerHandler(poller(new SqsPollQueue(ElasticMq::client, queueUrl), fanOutAbove, Poller.Limits.defaults()),
        Clock.systemUTC(), telemetry("poller"));
  }

  PollWorkerHandler worker(Poller.Limits limits) {
    return new PollWorkerHandler(poller(null, Integer.MAX_VALUE, limits), Clock.systemUTC(), telemetry("poll-worker"));
  }

  Poller poller(PollQueue queue, int fanOutAbove, Poller.Limits limits) {
    SafeFetcher fetcher = new SafeFetcher(FetchSettings.defaults().withAllowLoopback(true)
        .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(5)));
    return new Poller(feeds, new DynamoSeenItems(Dynalite.client(), table), new S3RawArchive(S3rver.client(), bucket),
        fetcher, Clock.systemUTC(), limits, queue, fanOutAbove);
  }

  Telemetry telemetry(String function) {
    return new Telemetry(function, new PrintStream(output, true, StandardCharsets.UTF_8), Clock.systemUTC());
  }

  void addFeed(String id, String url) {
    feeds.put(new Feed(id, url, null, null, null, null, null, 0, null, null));
  }

  List<Message> receiveAll() {
    List<Message> received = new ArrayList<>();
    while (true) {
      List<Message> batch = ElasticMq.client().receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)).messages();
      if (batch.isEmpty()) {
        return received;
      }
      received.addAll(batch);
    }
  }

  /** The messages as Lambda's SQS event source delivers them: events/sqs-poll.json's shape, through the runtime serializer. */
  static SQSEvent sqsEvent(List<Message> messages) throws IOException {
    JsonNode sample = Invocation.JSON.readTree(Files.readAllBytes(Invocation.ROOT.resolve("events/sqs-poll.json")));
    ObjectNode event = Invocation.JSON.createObjectNode();
    ArrayNode records = event.putArray("Records");
    for (Message message : messages) {
      ObjectNode record = sample.path("Records").get(0).deepCopy();
      record.put("messageId", message.messageId()).put("receiptHandle", message.receiptHandle())
          .put("body", message.body()).put("md5OfBody", message.md5OfBody());
      records.add(record);
    }
    return Invocation.event(Invocation.JSON.writeValueAsBytes(event), SQSEvent.class);
  }

  List<S3Object> archived() {
    return S3rver.client().listObjectsV2(b -> b.bucket(bucket).prefix("incoming/feeds/")).contents();
  }

  String count(HttpExchange exchange) {
    String path = exchange.getRequestURI().getPath();
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
