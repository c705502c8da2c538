package newsdesk.aws;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * The SDK clients of one process, configured from its environment and each built at most once, on
 * first use: a function that never touches S3 never pays for the S3 client's classes. Both use
 * {@link UrlConnectionHttpClient} explicitly (the JDK's HTTP stack: measured 1.0 s vs 1.3 s cold
 * start with the SDK default, see design.md) and an explicit region, so no provider chain is probed.
 *
 * <p>Environment: {@code AWS_REGION} (default {@code us-east-1} for local runs);
 * {@code DYNAMODB_ENDPOINT} and {@code S3_ENDPOINT} point the clients at an emulator or another
 * endpoint (S3 then uses path-style addressing, which emulators need). With an endpoint override
 * the credentials come from {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY} in the given
 * environment, or are dummies when there are none (emulators accept any); otherwise from the SDK's
 * default chain, which in Lambda reads the function's role credentials.
 */
public final class AwsClients implements AutoCloseable {

  static final String DUMMY_KEY = "newsdesk-local";

  private final Map<String, String> env;
  private DynamoDbClient dynamo;
  private S3Client s3;
  private S3RawObjects rawObjects;

  private AwsClients(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  public static AwsClients fromEnvironment(Map<String, String> env) {
    return new AwsClients(env);
  }

  public synchronized DynamoDbClient dynamo() {
    if (dynamo == null) {
      dynamo = common(DynamoDbClient.builder(), env.get("DYNAMODB_ENDPOINT")).build();
    }
    return dynamo;
  }

  public synchronized S3Client s3() {
    if (s3 == null) {
      String endpoint = env.get("S3_ENDPOINT");
      var builder = common(S3Client.builder(), endpoint);
      if (endpoint != null) {
        // Emulators serve buckets by path, and store aws-chunked uploads (chunk signatures, trailing
        // checksums, which the SDK uses over plain HTTP) verbatim: send plain bodies instead.
        builder.serviceConfiguration(S3Configuration.builder()
                .pathStyleAccessEnabled(true)
                .chunkedEncodingEnabled(false)
                .build())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
      }
      s3 = builder.build();
    }
    return s3;
  }

  /**
   * Reading raw objects from the bucket, configured as {@link #s3()} is (endpoint override by path,
   * region, credentials) but without an S3 client: Ingest only reads, and {@link S3RawObjects}
   * does that with the SDK's HTTP client and signer alone, so its zip carries no S3 module.
   */
  public synchronized S3RawObjects rawObjects() {
    if (rawObjects == null) {
      String endpoint = env.get("S3_ENDPOINT");
      rawObjects = new S3RawObjects(UrlConnectionHttpClient.builder().build(), credentials(endpoint), region().id(),
          endpoint == null ? null : URI.create(endpoint));
    }
    return rawObjects;
  }

  /**
   * Configures a builder for another service as this class configures its own — the light HTTP
   * client, the explicit region, credentials — with the endpoint named by {@code endpointVariable}
   * when it is set. For clients only one function ships (SQS, in the poller's package alone), which
   * this class must not name: ingest and API load it without their SDK modules.
   */
  public <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, String endpointVariable) {
    return common(builder, env.get(endpointVariable));
  }

  /** What every client shares: the light HTTP client, the explicit region, credentials, endpoint. */
  private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B common(B builder, String endpoint) {
    builder.httpClientBuilder(UrlConnectionHttpClient.builder())
        .region(region())
        .credentialsProvider(credentials(endpoint));
    if (endpoint != null) {
      builder.endpointOverride(URI.create(endpoint));
    }
    return builder;
  }

  private Region region() {
    String region = env.get("AWS_REGION");
    return Region.of(region == null || region.isBlank() ? "us-east-1" : region);
  }

  private AwsCredentialsProvider credentials(String endpointOverride) {
    if (endpointOverride == null) {
      return DefaultCredentialsProvider.builder().build();
    }
    String key = env.get("AWS_ACCESS_KEY_ID");
    String secret = env.get("AWS_SECRET_ACCESS_KEY");
    if (key == null || secret == null) {
      return StaticCredentialsProvider.create(AwsBasicCredentials.create(DUMMY_KEY, DUMMY_KEY));
    }
    String token = env.get("AWS_SESSION_TOKEN");
    return StaticCredentialsProvider.create(token == null
        ? AwsBasicCredentials.create(key, secret)
        : AwsSessionCredentials.create(key, secret, token));
  }

  @Override
  public synchronized void close() {
    if (dynamo != null) {
      dynamo.close();
    }
    if (s3 != null) {
      s3.close();
    }
    if (rawObjects != null) {
      rawObjects.close();
    }
  }
}
