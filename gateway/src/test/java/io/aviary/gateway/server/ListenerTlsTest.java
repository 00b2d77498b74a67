package io.aviary.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.aviary.model.load.ManifestLoader;
import io.aviary.model.registry.Workloads;
import org.junit.jupiter.api.Test;

class ListenerTlsTest {

  private static ListenerPlan plan(String servers) {
    String yaml = """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata: {name: shop, namespace: web}
        spec:
          selector: {istio: ingressgateway}
          servers:
        """ + servers.indent(4);
    var resources = new ManifestLoader("default").loadText(yaml, "test.yaml").resources();
    return ListenerPlan.of(resources, Workloads.EMBEDDED_GATEWAY_LABELS);
  }

  @Test
  void refusesAKubernetesSecretNamingTheGatewayServerAndField() {
    ListenerPlan plan = plan("""
        - port: {number: 443, name: https, protocol: HTTPS}
          hosts: ["shop.example.com"]
          tls: {mode: SIMPLE, credentialName: shop-cert}
        """);

    TlsSetupException refused = catchThrowableOfType(TlsSetupException.class, () -> ListenerTls.of(plan));

    assertThat(refused.problems()).singleElement().asString()
        .contains("Gateway web/shop", "server https", "tls.credentialName", "embedded");
  }

  @Test
  void reportsEveryMissingFileFieldOfASimpleServer() {
    ListenerPlan plan = plan("""
        - port: {number: 443, name: https, protocol: HTTPS}
          hosts: ["*"]
          tls: {mode: SIMPLE}
        """);

    TlsSetupException refused = catchThrowableOfType(TlsSetupException.class, () -> ListenerTls.of(plan));

    assertThat(refused.problems()).hasSize(2)
        .anySatisfy(problem -> assertThat(problem).contains("tls.serverCertificate"))
        .anySatisfy(problem -> assertThat(problem).contains("tls.privateKey"));
  }

  @Test
  void refusesPassthroughWhichTheEmbeddedGatewayCannotServe() {
    ListenerPlan plan = plan("""
        - port: {number: 443, name: tls, protocol: TLS}
          hosts: ["*"]
          tls: {mode: PASSTHROUGH}
        """);

    TlsSetupException refused = catchThrowableOfType(TlsSetupException.class, () -> ListenerTls.of(plan));

    assertThat(refused.problems()).singleElement().asString().contains("tls.mode PASSTHROUGH");
  }

  @Test
  void leavesPlainPortsAndRedirectingServersInCleartext() throws Exception {
    ListenerPlan plan = plan("""
        - port: {number: 80, name: http, protocol: HTTP}
          hosts: ["*"]
          tls: {httpsRedirect: true}
        """);

    assertThat(ListenerTls.of(plan).forPort(80)).isNull();
    assertThat(plan.httpsRedirect(80, "shop.example.com:80")).isNotNull();
  }

  @Test
  void offersTls12And13ByDefaultAndHonoursIstiosBounds() {
    assertThat(ServerTlsContext.versions(null, null)).containsExactly("TLSv1.2", "TLSv1.3");
    assertThat(ServerTlsContext.versions("TLSV1_3", null)).containsExactly("TLSv1.3");
    assertThat(ServerTlsContext.versions("TLSV1_0", "TLSV1_2")).containsExactly("TLSv1", "TLSv1.1", "TLSv1.2");
  }
}
