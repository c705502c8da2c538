package newsdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.article.Article;
import newsdesk.article.Block;
import newsdesk.article.ArticleJson;
import newsdesk.extract.SharedFolder;
import newsdesk.emulator.Dynalite;
import newsdesk.store.ArticleFixtures;
import newsdesk.store.Facet;
import newsdesk.store.Listing;
import newsdesk.store.StoredArticle;
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
    DynamoArticleStore store = new DynamoArticleStore(measured, Dynalite.newTable("cost"));
    Article seed = seedArticle();
    StoredArticle stored = StoredArticle.of(seed, Instant.EPOCH);
    int json = ArticleJson.writeBytes(seed).length;

    int mark = units.size();
    store.put(seed, Instant.EPOCH);
    double putUnits = since(mark);
    String putCalls = String.valueOf(consumed.subList(mark, consumed.size()));
    mark = units.size();
    store.get(seed.id());
    double getUnits = since(mark);
    for (int i = 0; i < 25; i++) {
      store.put(ArticleFixtures.edited(seed.withId("copy-" + i), "copy " + i), Instant.EPOCH);
    }
    mark = units.size();
    store.list(null, 20);
    double firstListUnits = since(mark);
    String listCalls = String.valueOf(consumed.subList(mark, consumed.size()));
    // A warm function has the month index already (DynamoArticleStore.MONTHS_TTL).
    mark = units.size();
    store.list(null, 20);
    double listUnits = since(mark);
    mark = units.size();
    store.list(new Listing(List.of(Facet.of(Facet.Kind.PUBLISHER, seed.publisher())), null, null), null, 20);
    double filteredUnits = since(mark);
    mark = units.size();
    store.counts(Facet.Kind.PUBLISHER, 1000);
    double countUnits = since(mark);

    System.out.printf("storage cost: seed article JSON %d B, gzip doc %d B, summary %d B; "
            + "put %.1f units (1 RCU read + WCU) %s, get %.1f RCU, list page of 20 %.1f RCU (%.1f with the month index read %s), "
            + "page of 20 by publisher %.1f RCU, publishers %.1f RCU%n",
        json, stored.doc().length, stored.summaryJson().length(), putUnits, putCalls, getUnits, listUnits,
        firstListUnits, listCalls, filteredUnits, countUnits);
    assertThat(stored.doc().length).isLessThan(json / 2);
    // The article (1 WCU per KB) and one small write per facet entry and counter, never a body twice.
    assertThat(putUnits).isLessThanOrEqualTo(25.0);
    assertThat(getUnits).isLessThanOrEqualTo(1.0);
    // Issue 5: a page of 20 summaries costs at most 2 read units, month index included.
    assertThat(listUnits).isLessThanOrEqualTo(2.0);
    assertThat(firstListUnits).isLessThanOrEqualTo(2.5);
    assertThat(filteredUnits).isLessThanOrEqualTo(2.0);
    assertThat(countUnits).isLessThanOrEqualTo(0.5);
    measured.close();
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
      }
      if (capacity != null) {
        units.add(capacity.capacityUnits());
        consumed.add(context.request().getClass().getSimpleName() + "=" + capacity.capacityUnits());
      }
    }
  }
}
