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

    store.put(seed, Instant.EPOCH);
    double putUnits = last();
    store.get(seed.id());
    double getUnits = last();
    for (int i = 0; i < 25; i++) {
      store.put(ArticleFixtures.edited(seed.withId("copy-" + i), "copy " + i), Instant.EPOCH);
    }
    consumed.clear();
    store.list(null, 20);
    double listUnits = last();

    System.out.printf("storage cost: seed article JSON %d B, gzip doc %d B, summary %d B; "
            + "put %.1f WCU, get %.1f RCU, list page of 20 %.1f RCU (%s)%n",
        json, stored.doc().length, stored.summaryJson().length(), putUnits, getUnits, listUnits, consumed);
    assertThat(stored.doc().length).isLessThan(json / 2);
    assertThat(putUnits).isLessThanOrEqualTo(7.0); // 1 WCU per 1 KB on the table + the GSI's summary write
    assertThat(listUnits).isLessThanOrEqualTo(5.0); // summaries only
    measured.close();
  }

  private double last() {
    assertThat(units).as("capacity reported").isNotEmpty();
    return units.get(units.size() - 1);
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
      }
      if (capacity != null) {
        units.add(capacity.capacityUnits());
        consumed.add(context.request().getClass().getSimpleName() + "=" + capacity.capacityUnits());
      }
    }
  }
}
