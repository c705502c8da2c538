package newsdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import newsdesk.emulator.Dynalite;
import org.junit.jupiter.api.Test;

class AwsClientsTest {

  @Test
  void buildsEachClientOnceAndOnlyWhenAskedFor() {
    try (AwsClients clients = AwsClients.fromEnvironment(Dynalite.environment())) {
      assertThat(clients.dynamo()).isSameAs(clients.dynamo());
      // no credentials in the environment + an endpoint override: dummy credentials, which dynalite accepts
      assertThat(clients.dynamo().listTables().tableNames()).isNotNull();
    }
  }

  @Test
  void regionDefaultsForLocalRunsAndFollowsTheEnvironment() {
    try (AwsClients local = AwsClients.fromEnvironment(Map.of("DYNAMODB_ENDPOINT", "http://127.0.0.1:9"));
         AwsClients cloud = AwsClients.fromEnvironment(Map.of("AWS_REGION", "eu-west-1",
             "AWS_ACCESS_KEY_ID", "a", "AWS_SECRET_ACCESS_KEY", "b"))) {
      assertThat(local.dynamo().serviceClientConfiguration().region().id()).isEqualTo("us-east-1");
      assertThat(cloud.s3().serviceClientConfiguration().region().id()).isEqualTo("eu-west-1");
    }
  }
}
