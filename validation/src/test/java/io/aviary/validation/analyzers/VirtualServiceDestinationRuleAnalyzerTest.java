package io.aviary.validation.analyzers;

import static io.aviary.validation.analyzers.AnalyzerRun.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import org.junit.jupiter.api.Test;

class VirtualServiceDestinationRuleAnalyzerTest {

  private static final String RULE = """
      apiVersion: networking.istio.io/v1
      kind: DestinationRule
      metadata: {name: reviews, namespace: default}
      spec:
        host: reviews.default.svc.cluster.local
        subsets:
        - {name: v1, labels: {version: v1}}
      ---
      """;

  @Test
  void aSubsetNoDestinationRuleDefinesIsNotFound() {
    String yaml = RULE + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: reviews, namespace: default}
        spec:
          hosts: [reviews]
          http:
          - route:
            - destination: {host: reviews, subset: v9}
            mirror: {host: reviews, subset: v8}
        """;
    assertThat(AnalyzerRun.onText(yaml, new VirtualServiceDestinationRuleAnalyzer()))
        .extracting(Finding::code, Finding::level, Finding::message, Finding::line)
        .containsExactly(
            tuple("IST0101", Level.Error, "Referenced host+subset in destinationrule not found: \"reviews+v9\"",
                lineOf(yaml, "subset: v9")),
            tuple("IST0101", Level.Error, "Referenced mirror+subset in destinationrule not found: \"reviews+v8\"",
                lineOf(yaml, "subset: v8")));
  }

  @Test
  void aShortHostFindsTheSubsetOfADestinationRuleWrittenWithTheFqdn() {
    String yaml = RULE + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: reviews, namespace: default}
        spec:
          hosts: [reviews]
          http:
          - route:
            - destination: {host: reviews, subset: v1}
            - destination: {host: reviews}
        """;
    assertThat(AnalyzerRun.onText(yaml, new VirtualServiceDestinationRuleAnalyzer())).isEmpty();
  }
}
