package newsdesk.function;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import newsdesk.aws.AwsClients;
import newsdesk.aws.DynamoFeedStore;
import newsdesk.aws.DynamoSeenItems;
import newsdesk.aws.S3RawArchive;
import newsdesk.feed.PollQueue;
import newsdesk.feed.Poller;
import newsdesk.fetch.FetchSettings;
import newsdesk.fetch.SafeFetcher;

/**
 * The cloud wiring both poll functions share — the scheduled {@link PollerHandler} and the
 * {@link PollWorkerHandler} — built at init (before a SnapStart snapshot): one DynamoDB client for
 * feed state and seen items ({@code TABLE_NAME}), one S3 client for the raw bucket
 * ({@code BUCKET_NAME}), and the safe fetcher with loopback refused; only the local stack and tests
 * allow it.
 */
final class PollWiring {

  /**
   * What one feed or item page may take: below {@link PollerHandler#SAFETY_MARGIN}, so that a fetch
   * started just before the deadline ends, and its state is saved, before the invocation times out.
   */
  static final Duration FETCH_TIMEOUT = Duration.ofSeconds(8);

  private PollWiring() {}

  /** The poller over the table and bucket the environment names, handing due feeds to {@code queue} (may be null) above {@code fanOutAbove}. */
  static Poller poller(Map<String, String> env, AwsClients clients, PollQueue queue, int fanOutAbove) {
    String table = Objects.requireNonNull(env.get("TABLE_NAME"), "TABLE_NAME is not set");
    String bucket = Objects.requireNonNull(env.get("BUCKET_NAME"), "BUCKET_NAME is not set");
    SafeFetcher fetcher = new SafeFetcher(FetchSettings.defaults()
        .withTimeouts(FetchSettings.defaults().connectTimeout(), FETCH_TIMEOUT));
    return new Poller(new DynamoFeedStore(clients.dynamo(), table), new DynamoSeenItems(clients.dynamo(), table),
        new S3RawArchive(clients::s3, bucket), fetcher, Clock.systemUTC(), Poller.Limits.defaults(), queue, fanOutAbove);
  }
}
