package io.aviary.validation.analyzers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.testkit.SampleManifests;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Analyzers;
import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** All analyzers together on real inputs: the seed guide, the acceptance check's bad input, Istio's bookinfo. */
class SampleInputsTest {

  @Test
  void theSeedCanaryStepHasNoErrors() {
    List<Path> files = new ArrayList<>(SampleManifests.seedBase());
    files.add(SampleManifests.seed("next-virtual-service-90-10.yaml"));
    files.add(SampleManifests.seed("next-deployment-v1.yaml"));
    files.add(SampleManifests.seed("next-deployment-v2.yaml"));
    assertThat(AnalyzerRun.onFiles(files, Analyzers.all())).filteredOn(f -> f.level() == Level.Error).isEmpty();
  }

  @Test
  void theBadInputReportsTheMissingGatewayAndSubset() {
    String yaml = """
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: r, namespace: default}
        spec:
          host: reviews
          subsets:
          - {name: v1, labels: {version: v1}}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: reviews, namespace: default}
        spec:
          selector: {app: reviews}
          ports: [{name: http, port: 9080}]
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: reviews, namespace: default}
        spec:
          hosts: [reviews]
          gateways: [no-such-gateway]
          http:
          - match:
            - headers:
                x-a: {regex: "(a)\\\\1"}
            route:
            - destination: {host: reviews, subset: v9}
          - route:
            - destination: {host: reviews, subset: v1}
              weight: -5
            - destination: {host: reviews, subset: v1}
              weight: 10
        """;
    List<Finding> findings = AnalyzerRun.onText(yaml, Analyzers.all().toArray(Analyzer[]::new));
    assertThat(findings).filteredOn(f -> f.code().equals("IST0101"))
        .extracting(Finding::message, Finding::line)
        .containsExactly(
            tuple("Referenced gateway not found: \"no-such-gateway\"", AnalyzerRun.lineOf(yaml, "no-such-gateway")),
            tuple("Referenced host+subset in destinationrule not found: \"reviews+v9\"",
                AnalyzerRun.lineOf(yaml, "subset: v9")));
  }

  @Test
  void bookinfoGetsWhatIstioctlWouldSayOfTheSameResources() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SampleManifests.istioSample("bookinfo/networking"))) {
      files = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
    }
    files.add(SampleManifests.istioSample("bookinfo/platform/kube/bookinfo.yaml"));
    files.add(SampleManifests.istioSample("bookinfo/platform/kube/bookinfo-versions.yaml"));
    assertThat(AnalyzerRun.onFiles(files, Analyzers.all()))
        .filteredOn(f -> f.code().startsWith("IST"))
        .extracting(f -> f.resource().toString(), Finding::code, Finding::message)
        .containsExactlyInAnyOrder(
            tuple("VirtualService istio-system/cert-manager", "IST0101",
                "Referenced host not found: \"cert-manager-resolver\""),
            tuple("VirtualService default/details", "IST0101",
                "Referenced host+subset in destinationrule not found: \"details+v2\""),
            tuple("DestinationRule default/ratings", "IST0173", "The Subset v2-mysql defined in the DestinationRule"
                + " does not select any pods. Which may lead to 503 UH (NoHealthyUpstream)."),
            tuple("DestinationRule default/ratings", "IST0173", "The Subset v2-mysql-vm defined in the"
                + " DestinationRule does not select any pods. Which may lead to 503 UH (NoHealthyUpstream)."),
            tuple("DestinationRule default/originate-tls-for-googleapis", "IST0129",
                "DestinationRule default/originate-tls-for-googleapis in namespace default has TLS mode set to SIMPLE"
                    + " but no caCertificates are set to validate server identity for host: www.googleapis.com at"
                    + " port number:443"));
  }
}
