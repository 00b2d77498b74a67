package io.aviary.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.model.UnknownResource;
import io.aviary.model.istio.DestinationRule;
import io.aviary.model.istio.StringMatch;
import io.aviary.model.istio.VirtualService;
import io.aviary.model.kubernetes.Deployment;
import io.aviary.testkit.SampleManifests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestLoaderTest {

  private final ManifestLoader loader = new ManifestLoader("default");

  @Test
  void loadsEverySampleManifestWithoutReadErrors() throws Exception {
    List<String> files;
    try (Stream<Path> walk = Files.walk(SampleManifests.root())) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).map(Path::toString).sorted().toList();
    }
    LoadResult result = loader.load(files);
    assertThat(result.errors()).isEmpty();
    assertThat(result.manifests()).hasSizeGreaterThan(60);
    assertThat(result.manifests()).filteredOn(m -> !m.decoded()).isEmpty();
  }

  @Test
  void readsTheSeedVirtualServiceWithItsFieldLines() {
    LoadResult result = loader.load(List.of(SampleManifests.seed("next-virtual-service-90-10.yaml").toString()));
    VirtualService vs = (VirtualService) result.manifests().getFirst().resource();
    assertThat(vs.namespace()).isEqualTo("default");
    assertThat(vs.spec().gateways()).containsExactly("next-gateway");
    assertThat(vs.spec().http().getFirst().route()).extracting(r -> r.destination().subset(), r -> r.weight())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("v1", 90), org.assertj.core.groups.Tuple.tuple("v2", 10));
    assertThat(vs.origin().lineOf("/spec/http/0/route/1/weight")).isGreaterThan(vs.origin().lineOf("/spec/http/0/route/0"));
  }

  @Test
  void readsHeaderMatchesAsStringMatches() {
    LoadResult result = loader.load(List.of(SampleManifests.seed("next-virtual-service-chrome-v2.yaml").toString()));
    VirtualService vs = (VirtualService) result.manifests().getFirst().resource();
    assertThat(vs.spec().http().getFirst().match().getFirst().headers())
        .containsEntry("user-agent", new StringMatch.Regex(".*Chrome.*"));
  }

  @Test
  void defaultsMissingNamespaceAndExpandsLists() {
    String yaml = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: networking.istio.io/v1
          kind: DestinationRule
          metadata: {name: r}
          spec: {host: reviews, subsets: [{name: v1, labels: {version: v1}}]}
        - apiVersion: apps/v1
          kind: Deployment
          metadata: {name: d, namespace: other}
          spec: {replicas: 0}
        - apiVersion: example.com/v1
          kind: Widget
          metadata: {name: w}
        """;
    LoadResult result = new ManifestLoader("team").loadText(yaml, "list.yaml");
    assertThat(result.allResources()).hasExactlyElementsOfTypes(DestinationRule.class, Deployment.class, UnknownResource.class);
    assertThat(result.allResources().getFirst().namespace()).isEqualTo("team");
    assertThat(result.allResources().getFirst().origin().line()).isEqualTo(4);
    assertThat(((Deployment) result.allResources().get(1)).replicas()).isZero();
  }

  @Test
  void reportsMalformedYamlWithFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n spec:\n   hosts: [a\n");
    LoadResult result = loader.load(List.of(broken.toString()));
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.file()).isEqualTo(broken.toString());
      assertThat(e.line()).isEqualTo(5);
    });
  }

  @Test
  void reportsEveryMissingInput() {
    LoadResult result = loader.load(List.of("/no/such/a.yaml", "/no/such/b.yaml"));
    assertThat(result.errors()).extracting(ReadError::file).containsExactly("/no/such/a.yaml", "/no/such/b.yaml");
  }

  @Test
  void rejectsDuplicateKeys() {
    LoadResult result = loader.loadText("a: 1\na: 2\n", "dup.yaml");
    assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(2));
  }

  @Test
  void keepsBadlyTypedResourcesAsUnknownWithTheFieldPath() {
    String yaml = """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: x}
        spec:
          hosts: [a]
          http:
          - route:
            - destination: {host: a}
              weight: lots
        """;
    Manifest manifest = loader.loadText(yaml, "x.yaml").manifests().getFirst();
    assertThat(manifest.resource()).isInstanceOf(UnknownResource.class);
    assertThat(manifest.decodeProblems()).singleElement().asString().startsWith("spec.http[0].route[0].weight");
  }

  @Test
  void readsStandardInputWhenThePathIsADash() {
    String yaml = "apiVersion: v1\nkind: Service\nmetadata: {name: from-stdin}\nspec: {ports: [{port: 80}]}\n";
    var stdin = new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    LoadResult result = new ManifestLoader("default", stdin).load(List.of("-"));
    assertThat(result.errors()).isEmpty();
    assertThat(result.allResources()).singleElement().satisfies(r -> {
      assertThat(r.name()).isEqualTo("from-stdin");
      assertThat(r.origin().file()).isEqualTo("-");
      assertThat(r.origin().line()).isEqualTo(1);
    });
  }
}
