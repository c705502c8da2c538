package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import newsdesk.feed.parse.FeedDocument;
import newsdesk.feed.parse.FeedFormat;
import newsdesk.feed.parse.ParsedFeed;
import org.junit.jupiter.api.Test;

/**
 * The poller's path in one piece: a real feed (heise.atom from the rss-parser corpus) served
 * gzipped behind a permanent redirect, fetched, and parsed with the final URL as its base.
 */
class FetchThenParseTest {

  @Test
  void servedFeedIsFetchedAndParsed() throws Exception {
    String root = System.getProperty("newsdesk.root");
    assumeTrue(root != null, "newsdesk.root is not set");
    Path heise = Path.of(root).resolve("../shared/corpus/feeds/rss-parser/input/heise.atom").normalize();
    assumeTrue(Files.exists(heise), "corpus not present: " + heise);
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(gzipped)) {
      gz.write(Files.readAllBytes(heise));
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/old", exchange -> {
      exchange.getResponseHeaders().set("Location", "/developer/atom");
      exchange.sendResponseHeaders(301, -1);
      exchange.close();
    });
    server.createContext("/developer/atom", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "application/atom+xml");
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      exchange.sendResponseHeaders(200, gzipped.size());
      try (OutputStream out = exchange.getResponseBody()) {
        gzipped.writeTo(out);
      }
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      SafeFetcher fetcher = new SafeFetcher(FetchSettings.defaults().withAllowLoopback(true));
      FetchResult fetched = fetcher.fetch(FetchRequest.of(base + "/old"));
      assertThat(fetched.permanentRedirect()).isTrue();
      ParsedFeed feed = FeedDocument.parse(fetched.body(), fetched.contentType(), fetched.finalUrl());
      assertThat(feed.format()).isEqualTo(FeedFormat.ATOM_1_0);
      assertThat(feed.title()).isEqualTo("heise developer neueste Meldungen");
      assertThat(feed.items()).hasSize(15).allSatisfy(item -> {
        assertThat(item.link()).startsWith("http://www.heise.de/");
        assertThat(item.published() != null || item.updated() != null).isTrue();
      });
    } finally {
      server.stop(0);
    }
  }
}
