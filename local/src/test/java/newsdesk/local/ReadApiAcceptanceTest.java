package newsdesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsdesk.article.ArticleJson;
import newsdesk.extract.SharedFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's acceptance path on the local stack in-process: the seed and 50 corpus pages dropped
 * into the inbox, then {@code /articles} paged with {@code limit=7} to the end — every stored
 * article exactly once, none missing, in the store's order — and the same for a filter, checked
 * against the unfiltered list. Skipped where the shared folder is absent.
 */
class ReadApiAcceptanceTest {

  @TempDir
  Path temp;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private LocalStack stack;

  @AfterEach
  void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void pagingWithSevenAtATimeListsEveryArticleOnceInOrderFilteredOrNot() throws Exception {
    Path seed = LocalStackTest.seed();
    List<Path> pages;
    try (Stream<Path> files = Files.list(SharedFolder.require("corpus/trafilatura/cache"))) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().limit(50).toList();
    }
    assertThat(pages).hasSize(50);
    stack = new LocalStack(new LocalStack.Settings(temp.resolve("data"), temp.resolve("inbox"), "127.0.0.1", 0,
        Duration.ofMinutes(10)), EmbeddedFunctions::open, Log.SILENT);
    stack.start();
    Files.copy(seed, stack.settings().inbox().resolve(seed.getFileName()));
    for (Path page : pages) {
      Files.copy(page, stack.settings().inbox().resolve(page.getFileName()));
    }

    List<JsonNode> all = awaitSettled(51);
    List<String> expected = all.stream().map(item -> item.get("id").asText()).toList();
    assertThat(expected).as("some corpus pages are stories").hasSizeGreaterThan(10).doesNotHaveDuplicates();

    assertThat(ids(page("/articles", 7))).containsExactlyElementsOf(expected);

    JsonNode publishers = json("/publishers").get("items");
    JsonNode busiest = publishers.get(0);
    for (JsonNode publisher : publishers) {
      busiest = publisher.get("count").asLong() > busiest.get("count").asLong() ? publisher : busiest;
    }
    String name = busiest.get("name").asText();
    List<String> byPublisher = all.stream()
        .filter(item -> name.toLowerCase(Locale.ROOT).equals(item.path("publisher").asText().trim().toLowerCase(Locale.ROOT)))
        .map(item -> item.get("id").asText()).toList();
    assertThat(byPublisher).hasSize((int) busiest.get("count").asLong());
    assertThat(ids(page("/articles?publisher=" + URLEncoder.encode(name, StandardCharsets.UTF_8), 7)))
        .containsExactlyElementsOf(byPublisher);
    List<String> english = all.stream().filter(item -> "en".equals(item.path("language").asText()))
        .map(item -> item.get("id").asText()).toList();
    assertThat(english).isNotEmpty();
    assertThat(ids(page("/articles?language=en", 7))).containsExactlyElementsOf(english);
    System.out.printf("acceptance: %d articles from 51 files; paged by 7: all; by publisher %s: %d; in English: %d%n",
        expected.size(), name, byPublisher.size(), english.size());
  }

  /**
   * Waits until every dropped file is either listed or rejected, then returns the whole list in
   * one page (the order paging must reproduce). Ingesting 51 pages on a loaded machine takes a while.
   */
  private List<JsonNode> awaitSettled(int dropped) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    int seen = -1;
    long unchangedSince = System.nanoTime();
    while (System.nanoTime() < deadline) {
      List<JsonNode> listed = new ArrayList<>();
      json("/articles?limit=100").get("items").forEach(listed::add);
      int done = listed.size() + json("/rejections?limit=100").get("items").size();
      // Two pages of one story share an article: then the count stops short of the files dropped.
      if (done >= dropped || (done > 0 && done == seen && System.nanoTime() - unchangedSince > TimeUnit.SECONDS.toNanos(15))) {
        return listed;
      }
      if (done != seen) {
        seen = done;
        unchangedSince = System.nanoTime();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("only " + seen + " of " + dropped + " files were stored or rejected in 180 s");
  }

  /** Every item of a list, following {@code next} until it is null. */
  private List<JsonNode> page(String path, int limit) throws Exception {
    List<JsonNode> items = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      String uri = path + (path.contains("?") ? "&" : "?") + "limit=" + limit + (next == null ? "" : "&cursor=" + next);
      JsonNode body = json(uri);
      body.get("items").forEach(items::add);
      assertThat(body.get("items").size()).as(uri).isBetween(1, limit);
      next = body.get("next").isNull() ? null : body.get("next").asText();
      assertThat(++pages).as("pages of " + path).isLessThan(200);
    } while (next != null);
    return items;
  }

  private static List<String> ids(List<JsonNode> items) {
    return items.stream().map(item -> item.get("id").asText()).toList();
  }

  private JsonNode json(String path) throws Exception {
    URI uri = stack.uri().resolve(path);
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return ArticleJson.MAPPER.readTree(response.body());
  }
}
