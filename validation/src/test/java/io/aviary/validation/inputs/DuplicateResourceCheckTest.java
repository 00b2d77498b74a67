package io.aviary.validation.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.model.load.ManifestLoader;
import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import io.aviary.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateResourceCheckTest {

  private static final String SERVICE = """
      apiVersion: v1
      kind: Service
      metadata: {name: reviews}
      spec: {ports: [{port: 80}]}
      """;

  @Test
  void warnsAtTheLaterDefinitionNamingTheEarlierOne() {
    var manifests = new ManifestLoader("default").loadText(SERVICE + "---\n" + SERVICE, "dup.yaml").manifests();
    List<Finding> findings = new Validator(List.of(new DuplicateResourceCheck()), List.of()).validate(manifests);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.level()).isEqualTo(Level.Warning);
      assertThat(f.line()).isEqualTo(8);
      assertThat(f.message()).isEqualTo(
          "Service default/reviews is also defined at dup.yaml:1; this later definition is the one used");
    });
  }

  @Test
  void saysNothingWhenNamesDiffer() {
    var manifests = new ManifestLoader("default")
        .loadText(SERVICE + "---\n" + SERVICE.replace("reviews", "ratings"), "two.yaml").manifests();
    assertThat(new Validator(List.of(new DuplicateResourceCheck()), List.of()).validate(manifests)).isEmpty();
  }
}
