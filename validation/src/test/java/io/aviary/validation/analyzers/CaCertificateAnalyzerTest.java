package io.aviary.validation.analyzers;

import static io.aviary.validation.analyzers.AnalyzerRun.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import org.junit.jupiter.api.Test;

class CaCertificateAnalyzerTest {

  @Test
  void simpleOrMutualTlsWithoutCaCertificatesIsUnverified() {
    String yaml = """
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: db-tls, namespace: default}
        spec:
          host: mydbserver.prod.svc.cluster.local
          trafficPolicy:
            tls:
              mode: MUTUAL
              clientCertificate: /etc/certs/client.pem
              privateKey: /etc/certs/key.pem
            portLevelSettings:
            - port: {number: 443}
              tls:
                mode: SIMPLE
        """;
    assertThat(AnalyzerRun.onText(yaml, new CaCertificateAnalyzer()))
        .extracting(Finding::code, Finding::level, Finding::message, Finding::line)
        .containsExactly(
            tuple("IST0128", Level.Warning,
                "DestinationRule default/db-tls in namespace default has TLS mode set to MUTUAL but no caCertificates"
                    + " are set to validate server identity for host: mydbserver.prod.svc.cluster.local",
                lineOf(yaml, "    tls:")),
            tuple("IST0129", Level.Warning,
                "DestinationRule default/db-tls in namespace default has TLS mode set to SIMPLE but no caCertificates"
                    + " are set to validate server identity for host: mydbserver.prod.svc.cluster.local at port"
                    + " number:443",
                lineOf(yaml, "      tls:")));
  }

  @Test
  void caCertificatesIstioMutualOrASecretForSelectedWorkloadsVerifyTheServer() {
    String yaml = """
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: verified, namespace: default}
        spec:
          host: db.example.com
          trafficPolicy:
            tls: {mode: SIMPLE, caCertificates: /etc/certs/ca.pem}
            portLevelSettings:
            - port: {number: 9080}
              tls: {mode: ISTIO_MUTUAL}
        ---
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: from-secret, namespace: default}
        spec:
          host: db.example.com
          workloadSelector: {matchLabels: {app: client}}
          trafficPolicy:
            tls: {mode: MUTUAL, credentialName: client-credential}
        """;
    assertThat(AnalyzerRun.onText(yaml, new CaCertificateAnalyzer())).isEmpty();
  }
}
