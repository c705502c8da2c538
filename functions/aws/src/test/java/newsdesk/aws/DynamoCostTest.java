package newsdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.article.Article;
import newsdesk.article.ArticleDocument;
import newsdesk.article.Block;
import newsdesk.article.ArticleJson;
import newsdesk.extract.SharedFolder;
import newsdesk.emulator.Dynalite;
import newsdesk.store.ArticleFixtures;
import newsdesk.store.CompactSummary;
import newsdesk.store.Facet;
import newsdesk.store.Listing;
import newsdesk.store.StoredArticle;
import newsdesk.store.SummaryPage;
import newsdesk.testing.SettableClock;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Records what the store costs (design.md: bytes and WCUs per article, RCUs per list page) by
 * asking DynamoDB for ReturnConsumedCapacity on the store's own requests. dynalite computes
 * capacity by DynamoDB's published item-size rules; the numbers are printed for docs/storage.md and
 * bounded so that a regression (e.g. bodies leaking into the list index) fails.
 */
class DynamoCostTest {

  private final List<String> consumed = new ArrayList<>();
  private final List<Double> units = new ArrayList<>();

  @Test
  void seedSizedArticleCostsOneWriteOfAFewKilobytesAndListPagesReadNoBodies() throws IOException {
    DynamoDbClient measured = DynamoDbClient.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("cost", "cost")))
        .endpointOverride(Dynalite.endpoint())
        .overrideConfiguration(c -> c.addExecutionInterceptor(new CapacityRecorder()))
        .build();
    String table = Dynalite.newTable("cost");
    SettableClock clock = new SettableClock();
    clock.set("2022-01-28T12:00:00Z");
    DynamoArticleStore store = new DynamoArticleStore(measured, table, DynamoArticleStore.MONTHS_TTL, clock);
    Article seed = seedArticle();
    StoredArticle stored = StoredArticle.of(seed, Instant.EPOCH);
    int json = ArticleJson.writeBytes(seed).length;
    int summary = CompactSummary.encode(seed.summary()).length();

    int mark = units.size();
    store.put(seed, Instant.EPOCH);
    double putUnits = since(mark);
    String putCalls = String.valueOf(consumed.subList(mark, consumed.size()));
    mark = units.size();
    store.get(seed.id());
    double getUnits = since(mark);
    // 45 stories on 27 January 2022, 10 in February: a page of 20 inside one month, pages across
    // the boundary, and a cursor page that has to continue in the older month.
    for (int i = 0; i < 44; i++) {
      store.put(ArticleFixtures.edited(seed.withId("jan-" + i), "copy " + i), Instant.EPOCH);
    }
    for (int i = 0; i < 10; i++) {
      Article feb = ArticleFixtures.edited(seed.withId("feb-" + i), "february " + i);
      store.put(feb.withDates("2022-02-0" + (i % 9 + 1) + "T1" + i % 10 + ":00:00Z", null), Instant.EPOCH);
    }

    // Cold: a new store (a new function instance) for each page, so nothing is cached.
    Map<String, Double> pages = new LinkedHashMap<>();
    SummaryPage first = coldPage(measured, table, "2022-01-28T12:00:00Z", null, pages, "first page, one month");
    coldPage(measured, table, "2022-01-28T12:00:00Z", first.next(), pages, "cursor page, one month");
    coldPage(measured, table, "2022-02-15T00:00:00Z", null, pages, "first page, 10 Feb + 10 Jan");
    coldPage(measured, table, "2022-03-01T00:01:00Z", null, pages, "first page, empty March, Feb, Jan");
    String fifthOfFebruary = coldPage(measured, table, "2022-02-15T00:00:00Z", null, 5).next();
    coldPage(measured, table, "2022-02-15T00:00:00Z", fifthOfFebruary, pages, "cursor page, 5 Feb + 15 Jan");
    mark = units.size();
    store.list(null, 20);
    store.list(null, 20);
    pages.put("warm first page, one month (second of two)", since(mark) / 2);
    mark = units.size();
    store.list(new Listing(List.of(Facet.of(Facet.Kind.PUBLISHER, seed.publisher())), null, null), null, 20);
    double filteredUnits = since(mark);
    mark = units.size();
    store.counts(Facet.Kind.PUBLISHER, 1000);
    double countUnits = since(mark);
    // A gap: two empty months in a row make the store read the month index to jump over it.
    store.put(ArticleFixtures.edited(seed.withId("oct"), "october").withDates("2021-10-01", null), Instant.EPOCH);
    String lastOfJanuary = coldPage(measured, table, "2022-01-28T12:00:00Z", first.next(), 20).next();
    coldPage(measured, table, "2022-01-28T12:00:00Z", lastOfJanuary, pages, "last page (6 items) over a gap (month index read)");

    System.out.printf("storage cost: seed article JSON %d B, gzip doc %d B, summary %d B as JSON, %d B as stored; "
            + "put %.1f units (1 RCU read + WCU) %s, get %.1f RCU, page of 20 by publisher %.1f RCU, publishers %.1f RCU%n",
        json, stored.doc().length, ArticleDocument.summary(seed.summary()).length(), summary, putUnits, putCalls, getUnits,
        filteredUnits, countUnits);
    pages.forEach((what, units) -> System.out.printf("storage cost: page of 20, %s: %.1f RCU%n", what, units));
    assertThat(stored.doc().length).isLessThan(json / 2);
    // The article (1 WCU per KB) and one small write per facet entry and counter, never a body twice.
    assertThat(putUnits).isLessThanOrEqualTo(25.0);
    assertThat(getUnits).isLessThanOrEqualTo(1.0);
    // Issue 5: a page of 20 summaries costs at most 2 read units, first page or cursor page, cold or
    // warm, inside one month or across a boundary; only a jump over empty months reads the index.
    pages.forEach((what, units) -> {
      if (!what.contains("gap")) {
        assertThat(units).as(what).isLessThanOrEqualTo(2.0);
      }
    });
    assertThat(pages.get("first page, one month")).as("one month, one Query").isLessThanOrEqualTo(1.5);
    assertThat(pages.get("last page (6 items) over a gap (month index read)")).isLessThanOrEqualTo(2.5);
    assertThat(filteredUnits).isLessThanOrEqualTo(2.0);
    assertThat(countUnits).isLessThanOrEqualTo(0.5);
    measured.close();
  }

  /** A page of 20 from a store that has read nothing yet, its cost recorded under {@code what}. */
  private SummaryPage coldPage(DynamoDbClient client, String table, String now, String after,
      Map<String, Double> pages, String what) {
    int mark = units.size();
    SummaryPage page = coldPage(client, table, now, after, 20);
    pages.put(what, since(mark));
    assertThat(page.items()).as(what).hasSize(what.startsWith("last page") ? 6 : 20);
    return page;
  }

  private static SummaryPage coldPage(DynamoDbClient client, String table, String now, String after, int limit) {
    SettableClock clock = new SettableClock();
    clock.set(now);
    return new DynamoArticleStore(client, table, DynamoArticleStore.MONTHS_TTL, clock).list(after, limit);
  }

  /** Capacity of every call recorded since {@code mark}: one store operation may be several calls. */
  private double since(int mark) {
    assertThat(units.size()).as("capacity reported").isGreaterThan(mark);
    return units.subList(mark, units.size()).stream().mapToDouble(Double::doubleValue).sum();
  }

  /** The seed story's visible text as paragraphs: the size of a typical stored article. */
  private static Article seedArticle() throws IOException {
    Path seedFile = SharedFolder.require("seed/000_2bbcad7a53690741.txt");
    String text = Files.readString(seedFile);
    List<Block> body = new ArrayList<>();
    for (String paragraph : text.split("\\n\\s*\\n|\\n")) {
      if (!paragraph.isBlank()) {
        body.add(Block.paragraph(paragraph.strip()));
      }
    }
    Article base = ArticleFixtures.full("seed");
    return new Article(base.id(), base.url(), base.title(), base.subtitle(), base.authors(), base.publisher(),
        base.host(), base.section(), base.tags(), base.language(), base.published(), base.updated(), base.dateline(),
        base.description(), base.image(), body, text, base.captions(), base.credits(), false,
        text.split("\\s+").length, "seed-hash", null, base.source(), base.extractor());
  }

  private final class CapacityRecorder implements ExecutionInterceptor {
    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
      SdkRequest request = context.request();
      if (request instanceof PutItemRequest put) {
        return put.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
      }
      if (request instanceof GetItemRequest get) {
        return get.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
      }
      if (request instanceof QueryRequest query) {
        return query.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
      }
      if (request instanceof UpdateItemRequest update) {
        return update.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
      }
      if (request instanceof DeleteItemRequest delete) {
        return delete.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
      }
      if (request instanceof BatchWriteItemRequest batch) {
        return batch.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
      }
      return request;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
      ConsumedCapacity capacity = null;
      if (context.response() instanceof PutItemResponse put) {
        capacity = put.consumedCapacity();
      } else if (context.response() instanceof GetItemResponse get) {
        capacity = get.consumedCapacity();
      } else if (context.response() instanceof QueryResponse query) {
        capacity = query.consumedCapacity();
      } else if (context.response() instanceof UpdateItemResponse update) {
        capacity = update.consumedCapacity();
      } else if (context.response() instanceof DeleteItemResponse delete) {
        capacity = delete.consumedCapacity();
      } else if (context.response() instanceof BatchWriteItemResponse batch && !batch.consumedCapacity().isEmpty()) {
        capacity = batch.consumedCapacity().get(0); // one table
      }
      if (capacity != null) {
        units.add(capacity.capacityUnits());
        consumed.add(context.request().getClass().getSimpleName() + "=" + capacity.capacityUnits());
      }
    }
  }
}
