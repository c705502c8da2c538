package newsdesk.emulator;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import newsdesk.aws.AwsClients;
import newsdesk.aws.SqsPollQueue;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The JVM's one ElasticMQ (SQS's protocol, JSON and query, in memory) for tests: unlike dynalite
 * and s3rver it is a library on the test classpath, so it starts in-process on 127.0.0.1 and a
 * free port, needs no Node and is never skipped. Each test makes queues of its own.
 */
public final class ElasticMq {

  private static SQSRestServer server;
  private static URI endpoint;
  private static SqsClient client;

  private ElasticMq() {}

  public static synchronized URI endpoint() {
    if (server == null) {
      server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
      int port = server.waitUntilStarted().localAddress().getPort();
      endpoint = URI.create("http://127.0.0.1:" + port);
      Runtime.getRuntime().addShutdownHook(new Thread(server::stopAndWait, "elasticmq-shutdown"));
    }
    return endpoint;
  }

  /** The environment that points {@link SqsPollQueue}'s client at this server. */
  public static Map<String, String> environment() {
    return Map.of(SqsPollQueue.ENDPOINT, endpoint().toString(), "AWS_REGION", "us-east-1");
  }

  /** A client built the way the functions build theirs, shared by all tests in the JVM. */
  public static synchronized SqsClient client() {
    if (client == null) {
      client = AwsClients.fromEnvironment(environment()).configure(SqsClient.builder(), SqsPollQueue.ENDPOINT).build();
    }
    return client;
  }

  /** A new, empty standard queue; its URL is returned. */
  public static String newQueue(String prefix) {
    return client().createQueue(b -> b.queueName(prefix + "-" + UUID.randomUUID())).queueUrl();
  }
}
