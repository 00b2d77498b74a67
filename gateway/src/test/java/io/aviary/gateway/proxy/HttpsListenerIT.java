package io.aviary.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.testkit.UpstreamStub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gateway servers with {@code protocol: HTTPS} and {@code tls.httpsRedirect}, over real TLS connections. */
class HttpsListenerIT {

  private static final String ROUTES = """
      ---
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata: {name: vs, namespace: default}
      spec:
        hosts: ["*"]
        gateways: [gw]
        http:
        - route:
          - destination: {host: app, subset: v1}
      """;

  @TempDir
  Path directory;
  private UpstreamStub v1;
  private ProxyHarness gateway;

  @BeforeEach
  void startUpstream() {
    v1 = UpstreamStub.start("v1");
  }

  @AfterEach
  void stop() {
    if (gateway != null) {
      gateway.close();
    }
    v1.close();
  }

  private void startGateway(String servers) throws Exception {
    String yaml = """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata: {name: gw, namespace: default}
        spec:
          selector: {istio: ingressgateway}
          servers:
        """ + servers.indent(4) + ROUTES;
    gateway = new ProxyHarness(yaml, Map.of("v1", v1.port()));
  }

  private static String httpsServer(TestCertificates certificates, String host) {
    return """
        - port: {number: 443, name: https-%s, protocol: HTTPS}
          hosts: ["%s"]
          tls: {mode: SIMPLE, serverCertificate: %s, privateKey: %s}
        """.formatted(certificates.name(), host, certificates.certificate(), certificates.privateKey());
  }

  @Test
  void servesHttpsWithTheServersCertificateAndRoutesTheRequestAsHttps() throws Exception {
    TestCertificates certificates = TestCertificates.create(directory, "app.example.com");
    startGateway(httpsServer(certificates, "app.example.com"));
    HttpClient client = HttpClient.newBuilder()
        .sslContext(certificates.trustingClient()).version(HttpClient.Version.HTTP_1_1).build();

    HttpResponse<String> response = client.send(get("https://localhost:" + gateway.portFor(443) + "/"),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("v1");
    assertThat(v1.received().getLast().header("x-forwarded-proto")).isEqualTo("https");
  }

  @Test
  void negotiatesHttp2OverTlsWithAlpnAndRoutesByAuthority() throws Exception {
    TestCertificates certificates = TestCertificates.create(directory, "app.example.com");
    startGateway(httpsServer(certificates, "*"));
    HttpClient client = HttpClient.newBuilder()
        .sslContext(certificates.trustingClient()).version(HttpClient.Version.HTTP_2).build();

    HttpRequest withoutHost = HttpRequest.newBuilder(URI.create("https://localhost:" + gateway.portFor(443) + "/"))
        .build();

    HttpResponse<String> response = client.send(withoutHost, HttpResponse.BodyHandlers.ofString());

    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(response.body()).isEqualTo("v1");
    assertThat(gateway.lastCompleted(1).protocol()).isEqualTo("HTTP/2.0");
  }

  @Test
  void choosesEachServersCertificateByTheSniNameAndTheFirstServersWithoutOne() throws Exception {
    TestCertificates first = TestCertificates.create(directory, "app.example.com");
    TestCertificates second = TestCertificates.create(directory, "b.example.com");
    startGateway(httpsServer(first, "app.example.com") + httpsServer(second, "*.example.com"));
    int port = gateway.portFor(443);

    assertThat(certificateSubject(port, "b.example.com")).contains("CN=b.example.com");
    assertThat(certificateSubject(port, "app.example.com")).contains("CN=app.example.com");
    assertThat(certificateSubject(port, null)).contains("CN=app.example.com");
  }

  @Test
  void redirectsEveryPlainRequestOfAnHttpsRedirectServerWith301() throws Exception {
    startGateway("""
        - port: {number: 80, name: http, protocol: HTTP}
          hosts: ["app.example.com"]
          tls: {httpsRedirect: true}
        """);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpResponse<String> response = client.send(get("http://127.0.0.1:" + gateway.port + "/cart?item=1"),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(301);
    assertThat(response.headers().firstValue("location")).contains("https://app.example.com/cart?item=1");
    assertThat(v1.count()).isZero();
  }

  private static HttpRequest get(String uri) {
    return HttpRequest.newBuilder(URI.create(uri)).header("Host", "app.example.com").build();
  }

  /** The subject of the certificate the gateway presents for {@code serverName} (none sent when null). */
  private static String certificateSubject(int port, String serverName) throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {new AcceptAnything()}, null);
    try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port)) {
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setServerNames(serverName == null ? List.of() : List.of(new SNIHostName(serverName)));
      socket.setSSLParameters(parameters);
      socket.startHandshake();
      return ((X509Certificate) socket.getSession().getPeerCertificates()[0]).getSubjectX500Principal().getName();
    }
  }

  /** Trusts every certificate: the SNI test only reads which certificate was presented. */
  private static final class AcceptAnything implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
