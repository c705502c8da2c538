package newsdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import newsdesk.article.Article;
import newsdesk.emulator.Dynalite;
import newsdesk.emulator.S3rver;
import newsdesk.extract.Extractor;
import newsdesk.ingest.IngestResult;
import newsdesk.ingest.Ingestion;
import newsdesk.ingest.ObjectRef;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A page the poller archived is ingested with its feed's metadata as hints: the page URL, and the
 * item's dates where the page has none of its own. S3 (s3rver) and DynamoDB (dynalite), as in the cloud.
 */
class FeedPageIngestTest {

  private static final String STORY = "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
      + "<p>The harbour reopened on Tuesday after a week of storms kept the fishing fleet ashore and the ferries idle.</p>".repeat(3)
      + "<p>Officials said repairs to the breakwater would continue through the spring, with night work planned.</p>"
      + "</article></body></html>";

  @Test
  void feedDatesFillWhatThePageLacks() throws Exception {
    S3Client s3 = S3rver.client();
    String bucket = S3rver.newBucket("feedpages");
    DynamoArticleStore store = new DynamoArticleStore(Dynalite.client(), Dynalite.newTable("feedpages"));
    String key = "incoming/feeds/harbour/2022/02/abc.html";
    new S3RawArchive(s3, bucket).put(key, STORY.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", Map.of(
        "feed-id", "harbour", "page-url", "https://news.example/harbour-reopens",
        "item-published", "2022-02-01T09:00Z", "item-updated", "2022-02-01T11:30Z"));

    IngestResult result = new Ingestion(S3rver.rawObjects(), store, new Extractor(), Clock.systemUTC())
        .ingest(new ObjectRef(bucket, key, null, null));

    assertThat(result.outcome()).isEqualTo(IngestResult.Outcome.STORED);
    Article article = store.get(result.articleId()).orElseThrow();
    assertThat(article.published()).isEqualTo("2022-02-01T09:00Z");
    assertThat(article.updated()).isEqualTo("2022-02-01T11:30Z");
    assertThat(article.source().feedId()).isEqualTo("harbour");
  }
}
