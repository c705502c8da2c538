package newsdesk.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a CloudFormation or SAM template written in YAML, turning the short-form intrinsic tags
 * ({@code !Ref X}, {@code !Sub '…'}, {@code !GetAtt A.B}, …) into the long form CloudFormation
 * itself uses ({@code {Ref: X}}, {@code {Fn::Sub: …}}, {@code {Fn::GetAtt: [A, B]}}), in their
 * scalar, sequence and mapping forms alike, so checks can walk the template as plain maps.
 */
final class CloudFormationYaml {

  private static final List<String> FUNCTIONS = List.of("And", "Base64", "Cidr", "Equals", "FindInMap",
      "GetAZs", "If", "ImportValue", "Join", "Length", "Not", "Or", "Select", "Split", "Sub", "ToJsonString",
      "Transform");

  private CloudFormationYaml() {}

  static Map<String, Object> read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Map<String, Object> template = new Yaml(new IntrinsicConstructor()).load(reader);
      return template;
    }
  }

  /** SnakeYAML's safe constructor, taught the CloudFormation tags and nothing else. */
  private static final class IntrinsicConstructor extends SafeConstructor {

    IntrinsicConstructor() {
      super(new LoaderOptions());
      for (String function : FUNCTIONS) {
        yamlConstructors.put(new Tag("!" + function), new Intrinsic("Fn::" + function));
      }
      yamlConstructors.put(new Tag("!Ref"), new Intrinsic("Ref"));
      yamlConstructors.put(new Tag("!Condition"), new Intrinsic("Condition"));
      yamlConstructors.put(new Tag("!GetAtt"), new Intrinsic("Fn::GetAtt"));
    }

    private final class Intrinsic extends AbstractConstruct {
      private final String key;

      Intrinsic(String key) {
        this.key = key;
      }

      @Override
      public Object construct(Node node) {
        Object value;
        if (node instanceof ScalarNode scalar) {
          String text = constructScalar(scalar);
          // !GetAtt Resource.Attribute is the scalar form of [Resource, Attribute].
          value = key.equals("Fn::GetAtt") ? Arrays.asList(text.split("\\.", 2)) : text;
        } else if (node instanceof SequenceNode sequence) {
          value = constructSequence(sequence);
        } else {
          value = constructMapping((MappingNode) node);
        }
        return Map.of(key, value);
      }
    }
  }
}
