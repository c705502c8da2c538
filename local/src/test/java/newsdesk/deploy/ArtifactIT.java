package newsdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opens each deployment zip that {@code template.yaml} points at and checks what Lambda will load:
 * the handler class inside one of the {@code lib/*.jar}, and none of the heavy HTTP clients the
 * AWS SDK pulls in by default (they cost cold-start time and the functions use the URL-connection
 * client). Runs in {@code verify}, after the reactor packaged the function modules.
 */
class ArtifactIT {

  static final Path ROOT = TemplateTest.ROOT;
  static final List<String> FORBIDDEN = List.of("apache-client-", "apache5-client-", "netty-nio-client-");

  @Test
  void everyZipHoldsItsHandlerAndNoHeavyHttpClient() throws IOException {
    Map<String, Object> template = CloudFormationYaml.read(ROOT.resolve("template.yaml"));
    int checked = 0;
    for (Object resource : TemplateTest.map(template, "Resources").values()) {
      Map<String, Object> definition = TemplateTest.asMap(resource);
      if (!"AWS::Serverless::Function".equals(definition.get("Type"))) {
        continue;
      }
      Map<String, Object> properties = TemplateTest.map(definition, "Properties");
      String handler = (String) properties.get("Handler");
      String classFile = handler.substring(0, handler.indexOf("::")).replace('.', '/') + ".class";
      Path zip = ROOT.resolve((String) properties.get("CodeUri"));
      if (!Files.isRegularFile(zip)) {
        fail(zip + " is missing: run ./mvnw package (from the project root) before this check");
      }
      List<String> jars = libJars(zip);
      assertThat(jars).as(zip + " lib/").isNotEmpty()
          .noneMatch(jar -> FORBIDDEN.stream().anyMatch(name -> jar.startsWith("lib/" + name)))
          .noneMatch(jar -> jar.startsWith("lib/junit-") || jar.startsWith("lib/aws-lambda-java-serialization-"));
      assertThat(jarsContaining(zip, classFile)).as(zip + " holds " + classFile).hasSize(1);
      checked++;
    }
    assertThat(checked).isEqualTo(4);
  }

  /**
   * The API only reads the table and Ingest reads objects with a signed GET ({@code S3RawObjects}):
   * neither zip carries the S3 module, and what each uses still links from its own jars.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ApiFunction", "IngestFunction"})
  void zipsWithoutTheS3ModuleStillLinkTheirClients(String function, @TempDir Path unpacked) throws Throwable {
    Map<String, Object> template = CloudFormationYaml.read(ROOT.resolve("template.yaml"));
    Map<String, Object> api = TemplateTest.map(TemplateTest.map(TemplateTest.map(template, "Resources"),
        function), "Properties");
    Path zip = ROOT.resolve((String) api.get("CodeUri"));
    assertThat(libJars(zip)).as(zip + " lib/").isNotEmpty()
        .noneMatch(jar -> jar.startsWith("lib/s3-") || jar.startsWith("lib/aws-xml-protocol-"));

    // Linking verifies every method of AwsClients, s3() included: it must not need the S3 classes,
    // and the DynamoDB client and the raw-object reader must build from the zip's jars alone.
    List<URL> jars = new ArrayList<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : file.stream().filter(e -> e.getName().endsWith(".jar")).toList()) {
        Path jar = unpacked.resolve(Path.of(entry.getName()).getFileName().toString());
        try (InputStream in = file.getInputStream(entry)) {
          Files.copy(in, jar);
        }
        jars.add(jar.toUri().toURL());
      }
    }
    try (URLClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Class<?> clients = Class.forName("newsdesk.aws.AwsClients", true, loader);
      Class<?> dynamo = Class.forName("software.amazon.awssdk.services.dynamodb.DynamoDbClient", false, loader);
      // Method handles resolve just the named methods (reflection would resolve every signature).
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      Object instance = lookup.findStatic(clients, "fromEnvironment", MethodType.methodType(clients, Map.class))
          .invoke(Map.of("AWS_REGION", "us-east-1", "DYNAMODB_ENDPOINT", "http://127.0.0.1:1"));
      try (AutoCloseable closing = (AutoCloseable) instance) {
        assertThat(lookup.findVirtual(clients, "dynamo", MethodType.methodType(dynamo)).invoke(instance)).isNotNull();
        Class<?> rawObjects = Class.forName("newsdesk.aws.S3RawObjects", false, loader);
        assertThat(lookup.findVirtual(clients, "rawObjects", MethodType.methodType(rawObjects)).invoke(instance))
            .isNotNull();
      }
      assertThat(loader.getResource("software/amazon/awssdk/services/s3/S3Client.class")).isNull();
    }
  }

  static List<String> libJars(Path zip) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      return file.stream().map(ZipEntry::getName)
          .filter(name -> name.startsWith("lib/") && name.endsWith(".jar")).toList();
    }
  }

  /** The lib/ jars that contain {@code classFile}, read from the zip without unpacking it. */
  static List<String> jarsContaining(Path zip, String classFile) throws IOException {
    List<String> found = new ArrayList<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry jar : file.stream().filter(e -> e.getName().startsWith("lib/") && e.getName().endsWith(".jar"))
          .toList()) {
        try (InputStream in = file.getInputStream(jar); ZipInputStream entries = new ZipInputStream(in)) {
          for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
            if (entry.getName().equals(classFile)) {
              found.add(jar.getName());
            }
          }
        }
      }
    }
    return found;
  }
}
