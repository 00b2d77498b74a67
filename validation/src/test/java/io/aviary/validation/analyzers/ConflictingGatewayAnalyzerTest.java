package io.aviary.validation.analyzers;

import static io.aviary.validation.analyzers.AnalyzerRun.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import org.junit.jupiter.api.Test;

class ConflictingGatewayAnalyzerTest {

  private static String gateway(String name, int port, String hosts) {
    return """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata: {name: %s, namespace: default}
        spec:
          selector: {istio: ingressgateway}
          servers:
          - port: {number: %d, name: http, protocol: HTTP}
            hosts: %s
        ---
        """.formatted(name, port, hosts);
  }

  @Test
  void twoGatewaysDeclaringTheSameHostOnTheSamePortConflict() {
    String yaml = gateway("alpha", 80, "[foo.bar]") + gateway("beta", 80, "[foo.bar, other.bar]");
    int alphaServer = lineOf(yaml, "hosts: [foo.bar]") - 1;
    int betaServer = lineOf(yaml, "hosts: [foo.bar, other.bar]") - 1;
    assertThat(AnalyzerRun.onText(yaml, new ConflictingGatewayAnalyzer()))
        .extracting(Finding::code, Finding::level, Finding::message, Finding::line)
        .containsExactly(
            tuple("IST0145", Level.Error,
                "Conflict with gateways default/beta (workload selector istio=ingressgateway, port 80, hosts foo.bar).",
                alphaServer),
            tuple("IST0145", Level.Error,
                "Conflict with gateways default/alpha (workload selector istio=ingressgateway, port 80, hosts"
                    + " foo.bar,other.bar).",
                betaServer));
  }

  @Test
  void otherPortsOrOtherHostsDoNotConflict() {
    String yaml = gateway("alpha", 80, "[foo.bar]") + gateway("beta", 8080, "[foo.bar]")
        + gateway("gamma", 80, "[\"*.bar\"]");
    assertThat(AnalyzerRun.onText(yaml, new ConflictingGatewayAnalyzer())).isEmpty();
  }
}
