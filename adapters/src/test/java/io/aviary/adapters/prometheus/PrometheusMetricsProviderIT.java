package io.aviary.adapters.prometheus;

import static io.aviary.adapters.prometheus.Templates.prometheus;
import static io.aviary.adapters.prometheus.Templates.query;
import static io.aviary.adapters.prometheus.Templates.resources;
import static io.aviary.adapters.prometheus.Templates.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.controller.observe.QueryResult;
import io.aviary.model.ResourceSet;
import io.aviary.model.flagger.MetricTemplate;
import io.aviary.testkit.UpstreamStub;
import io.aviary.testkit.UpstreamStub.Behaviour;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The provider against a stand-in Prometheus: a JDK HTTP server on a free port answering canned API responses. */
class PrometheusMetricsProviderIT {

  private static final String QUERY = """
      sum(rate(istio_requests_total{destination_workload_namespace="{{ namespace }}",
        destination_workload=~"{{target}}", route="{{ variables.route }}"}[{{ interval }}]))""";

  private final UpstreamStub prometheus = UpstreamStub.start("prometheus");

  @AfterEach
  void stop() {
    prometheus.close();
  }

  private String address() {
    return "http://127.0.0.1:" + prometheus.port();
  }

  private QueryResult ask(ResourceSet resources) {
    return new PrometheusMetricsProvider(() -> resources).query(query("errors"));
  }

  private QueryResult answering(String body) {
    prometheus.on("/api/v1/query", Behaviour.ok(body));
    return ask(resources(template("shop", "errors", prometheus(address()), "sum(up)")));
  }

  private static String vector(String value) {
    return "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},"
        + "\"value\":[1700000000,\"" + value + "\"]}]}}";
  }

  @Test
  void sendsTheRenderedQueryFlattenedAndAnswersItsValue() {
    prometheus.on("/api/v1/query", Behaviour.ok(vector("0.25")));
    ResourceSet resources = resources(template("shop", "errors", prometheus(address() + "/"), QUERY));

    QueryResult result = new PrometheusMetricsProvider(() -> resources)
        .query(query("errors", null, Duration.ofSeconds(30), Map.of("route", "checkout")));

    assertThat(result).isEqualTo(new QueryResult.Value(0.25));
    String uri = prometheus.received().getFirst().uri();
    assertThat(uri).startsWith("/api/v1/query?query=");
    assertThat(URLDecoder.decode(uri.substring(uri.indexOf('=') + 1), StandardCharsets.UTF_8)).isEqualTo(
        "sum(rate(istio_requests_total{destination_workload_namespace=\"shop\", destination_workload=~\"next-v2\", "
            + "route=\"checkout\"}[30s]))");
  }

  @Test
  void keepsThePathPrefixOfAPrometheusBehindAProxy() {
    prometheus.on("/prometheus/api/v1/query", Behaviour.ok(vector("3")));
    ResourceSet resources = resources(template("shop", "errors", prometheus(address() + "/prometheus/"), "sum(up)"));

    assertThat(ask(resources)).isEqualTo(new QueryResult.Value(3));
    assertThat(prometheus.received().getFirst().uri()).isEqualTo("/prometheus/api/v1/query?query=sum%28up%29");
  }

  @Test
  void findsTheTemplateInTheNamespaceItsRefNames() {
    prometheus.on("/api/v1/query", Behaviour.ok(vector("7")));
    ResourceSet resources = resources(template("monitoring", "errors", prometheus(address()), "sum(up)"));

    assertThat(new PrometheusMetricsProvider(() -> resources)
        .query(query("errors", "monitoring", Duration.ofMinutes(1), Map.of())))
        .isEqualTo(new QueryResult.Value(7));
    assertThat(ask(resources)).isEqualTo(
        new QueryResult.Failed("metric error-rate: MetricTemplate shop/errors not found"));
  }

  @Test
  void anEmptyResultIsNoData() {
    assertThat(answering("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}"))
        .isEqualTo(new QueryResult.NoData());
  }

  @Test
  void aNanResultIsNoData() {
    assertThat(answering(vector("NaN"))).isEqualTo(new QueryResult.NoData());
  }

  @Test
  void aServerErrorFailsNamingTheMetricTemplateAndStatus() {
    prometheus.on("/api/v1/query", Behaviour.status(500));

    QueryResult result = ask(resources(template("shop", "errors", prometheus(address()), "sum(up)")));

    assertThat(result).isEqualTo(new QueryResult.Failed("metric error-rate (MetricTemplate shop/errors): "
        + "HTTP 500 with a body that is not Prometheus' JSON: status 500"));
  }

  @Test
  void aRejectedQueryFailsWithPrometheusError() {
    prometheus.on("/api/v1/query", new Behaviour(400,
        "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"unexpected end of input\"}", Map.of(),
        Duration.ZERO));

    assertThat(ask(resources(template("shop", "errors", prometheus(address()), "sum(")))).isEqualTo(
        new QueryResult.Failed("metric error-rate (MetricTemplate shop/errors): HTTP 400, bad_data: unexpected end of input"));
  }

  @Test
  void anUnreachablePrometheusFailsWithoutShowingTheAddressSecrets() throws IOException {
    String closed = "http://user:pw@127.0.0.1:" + closedPort() + "/?token=abc";

    QueryResult result = ask(resources(template("shop", "errors", prometheus(closed), "sum(up)")));

    assertThat(result).isInstanceOf(QueryResult.Failed.class);
    assertThat(((QueryResult.Failed) result).reason())
        .startsWith("metric error-rate (MetricTemplate shop/errors): Prometheus at http://127.0.0.1:")
        .endsWith(": connection refused")
        .doesNotContain("pw", "abc");
  }

  @Test
  void aSlowPrometheusFailsAfterTheTimeout() {
    prometheus.on("/api/v1/query", Behaviour.ok(vector("1")).after(Duration.ofSeconds(5)));
    ResourceSet resources = resources(template("shop", "errors", prometheus(address()), "sum(up)"));

    QueryResult result = new PrometheusMetricsProvider(() -> resources, HttpClient.newHttpClient(),
        Duration.ofMillis(200)).query(query("errors"));

    assertThat(result).isEqualTo(new QueryResult.Failed("metric error-rate (MetricTemplate shop/errors): "
        + "Prometheus at " + address() + ": timed out after 200ms"));
  }

  @Test
  void anUnknownTemplateVariableFailsBeforeAnyRequest() {
    QueryResult result = ask(resources(template("shop", "errors", prometheus(address()), "x[{{ window }}]")));

    assertThat(result).isInstanceOf(QueryResult.Failed.class);
    assertThat(((QueryResult.Failed) result).reason()).contains("{{ window }}: unknown template variable");
    assertThat(prometheus.count()).isZero();
  }

  @Test
  void otherProvidersAndKubernetesSecretsAreReportedAsUnsupported() {
    MetricTemplate datadog = template("shop", "errors",
        new MetricTemplate.Provider("datadog", "https://api.datadoghq.com", null, null), "q");
    MetricTemplate secret = template("shop", "errors", new MetricTemplate.Provider("prometheus", address(),
        new io.aviary.model.flagger.CrossNamespaceRef(null, null, "prom-auth", null), null), "q");

    assertThat(ask(resources(datadog))).isEqualTo(new QueryResult.Failed(
        "metric error-rate (MetricTemplate shop/errors): provider datadog is not supported (expected: prometheus)"));
    assertThat(ask(resources(secret))).isEqualTo(new QueryResult.Failed("metric error-rate (MetricTemplate "
        + "shop/errors): provider.secretRef names a Kubernetes Secret, which embedded mode cannot read; "
        + "use a Prometheus reachable without credentials"));
    assertThat(prometheus.count()).isZero();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
