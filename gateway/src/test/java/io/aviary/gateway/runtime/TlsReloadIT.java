package io.aviary.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aviary.gateway.proxy.TestCertificates;
import io.aviary.testkit.UpstreamStub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Gateway's certificate changed in the files serves the next connections, without rebinding the port. */
class TlsReloadIT {

  @TempDir Path folder;
  private final UpstreamStub v1 = UpstreamStub.start("v1");
  private EmbeddedGatewayHarness harness;

  @AfterEach
  void stop() {
    if (harness != null) {
      harness.close();
    }
    v1.close();
  }

  @Test
  void newConnectionsGetTheCertificateTheFilesNameNow() throws Exception {
    TestCertificates first = TestCertificates.create(folder, "first.example");
    TestCertificates second = TestCertificates.create(folder, "second.example");
    harness = EmbeddedGatewayHarness.start(folder, Map.of(
        "gateway.yaml", gateway(first),
        "app.yaml", Manifests.destinations(List.of(v1)) + "---\n" + Manifests.virtualService(100, 0, false)), 443);
    int port = harness.boundPort(443).orElseThrow();
    assertThat(status(first, port)).isEqualTo(200);

    harness.replace("gateway.yaml", gateway(second));

    await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> status(second, port) == 200);
    assertThat(harness.boundPort(443)).contains(port);
  }

  /** One request on a new connection from a client that trusts only {@code trusted}. */
  private static int status(TestCertificates trusted, int port) throws Exception {
    try (HttpClient client = HttpClient.newBuilder().sslContext(trusted.trustingClient())
        .version(HttpClient.Version.HTTP_1_1).build()) {
      return client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }

  private static String gateway(TestCertificates certificates) {
    return """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata: {name: next-gateway, namespace: default}
        spec:
          selector: {istio: ingressgateway}
          servers:
          - port: {number: 443, name: https, protocol: HTTPS}
            hosts: ["*"]
            tls: {mode: SIMPLE, serverCertificate: "%s", privateKey: "%s"}
        """.formatted(certificates.certificate(), certificates.privateKey());
  }
}
