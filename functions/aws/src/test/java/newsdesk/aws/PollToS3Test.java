package newsdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.emulator.Dynalite;
import newsdesk.emulator.S3rver;
import newsdesk.feed.Feed;
import newsdesk.feed.PollReport;
import newsdesk.feed.Poller;
import newsdesk.fetch.FetchSettings;
import newsdesk.fetch.SafeFetcher;
import newsdesk.ingest.RawObjects.RawObject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The cloud wiring of one poll end to end, on dynalite and s3rver: a feed served on loopback is
 * polled, its new item's page lands under {@code incoming/} with the metadata Ingest reads, the
 * feed's state is saved, and a second run archives nothing more.
 */
class PollToS3Test {

  @Test
  void newItemLandsInTheBucketOnceWithItsMetadata() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/feed", exchange -> send(exchange, "application/rss+xml",
        "<rss><channel><title>T</title><item><guid>g1</guid><link>" + base + "/story</link><title>S</title></item></channel></rss>"));
    server.createContext("/story", exchange -> send(exchange, "text/html", "<html><body><p>story</p></body></html>"));
    server.start();
    try {
      String table = Dynalite.newTable("poll");
      S3Client s3 = S3rver.client();
      String bucket = S3rver.newBucket("raw");
      DynamoFeedStore feeds = new DynamoFeedStore(Dynalite.client(), table);
      feeds.put(new Feed("f1", base + "/feed", null, null, null, null, null, 0, null, null));
      Poller poller = new Poller(feeds, new DynamoSeenItems(Dynalite.client(), table), new S3RawArchive(s3, bucket),
          new SafeFetcher(FetchSettings.defaults().withAllowLoopback(true).withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(5))),
          Clock.systemUTC(), Poller.Limits.defaults());

      PollReport report = poller.run(Clock.systemUTC().instant().plusSeconds(30));
      // Due again at once only if we force it: put the feed back as never polled, validators and all.
      Feed polled = feeds.feed("f1").orElseThrow();
      feeds.put(new Feed("f1", polled.url(), polled.title(), null, null, null, null, 0, null, null));
      PollReport again = poller.run(Clock.systemUTC().instant().plusSeconds(30));

      assertThat(report.archived()).isEqualTo(1);
      assertThat(again.archived()).isZero();
      assertThat(polled.title()).isEqualTo("T");
      List<S3Object> objects = s3.listObjectsV2(b -> b.bucket(bucket).prefix("incoming/")).contents();
      assertThat(objects).singleElement().satisfies(o -> assertThat(o.key()).startsWith("incoming/feeds/f1/"));
      RawObject object = S3rver.rawObjects().read(bucket, objects.get(0).key(), null, 10_000);
      assertThat(new String(object.bytes(), StandardCharsets.UTF_8)).contains("story");
      assertThat(object.metadata()).containsEntry("feed-id", "f1").containsEntry("item-id", "g1")
          .containsEntry("page-url", base + "/story");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anIdleRunNeverBuildsTheS3ClientAndPrimingBuildsItOnce() {
    String table = Dynalite.newTable("idle");
    AtomicInteger built = new AtomicInteger();
    S3RawArchive archive = new S3RawArchive(() -> {
      built.incrementAndGet();
      return S3rver.client();
    }, S3rver.newBucket("idle"));
    Poller poller = new Poller(new DynamoFeedStore(Dynalite.client(), table),
        new DynamoSeenItems(Dynalite.client(), table), archive, new SafeFetcher(FetchSettings.defaults()),
        Clock.systemUTC(), Poller.Limits.defaults());

    PollReport report = poller.run(Clock.systemUTC().instant().plusSeconds(30));
    assertThat(report.due()).isZero();
    assertThat(built).hasValue(0);

    poller.prime();
    assertThat(built).hasValue(1);
  }

  private static void send(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
