package io.aviary.gateway.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.gateway.telemetry.istio.DestinationIdentity;
import io.aviary.gateway.telemetry.istio.GatewayIdentity;
import io.aviary.gateway.telemetry.istio.IstioMetrics;
import io.aviary.gateway.telemetry.istio.ResponseFlags;
import io.aviary.gateway.telemetry.subset.StatusCounts;
import io.aviary.gateway.telemetry.subset.SubsetKey;
import io.aviary.gateway.telemetry.subset.SubsetTelemetry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GatewayTelemetryTest {

  private static final String SERVICE = "next-service.default.svc.cluster.local";
  private static final SubsetKey V2 = new SubsetKey("default", SERVICE, "v2");

  private final AtomicLong nanos = new AtomicLong();
  private final GatewayTelemetry telemetry = new GatewayTelemetry(
      new IstioMetrics(GatewayIdentity.ingressGateway("istio-system", "Kubernetes"), "1.29.2"),
      new SubsetTelemetry(nanos::get, Duration.ofSeconds(1), 60));

  @Test
  void recordsOneRequestIntoIstioMetricsAndTheRoutedSubset() {
    DestinationIdentity nextV2 = DestinationIdentity.ofEndpoint(
        "next-v2", "default", Map.of("app", "next", "version", "v2"), SERVICE, "Kubernetes", "http");
    EndpointTelemetry endpoint = telemetry.endpoint(nextV2, V2);
    EndpointTelemetry noEndpoint = telemetry.endpoint(DestinationIdentity.unreached(SERVICE, "http"), V2);

    endpoint.record(200, ResponseFlags.NONE, 4, 100, 200);
    noEndpoint.record(503, ResponseFlags.NO_HEALTHY_UPSTREAM, 0.1, 100, 90);
    telemetry.unrouted("other.example.com", "http").record(404, ResponseFlags.NO_ROUTE, 0.1, 80, 0);

    String text = telemetry.istio().scrape();
    assertThat(text.lines().filter(line -> line.startsWith("istio_requests_total{"))).hasSize(6);
    assertThat(telemetry.subsets().window(V2, Duration.ofSeconds(5)).counts())
        .isEqualTo(new StatusCounts(0, 0, 1, 0, 0, 1, 1));
    assertThat(telemetry.subsets().subsets()).containsExactly(V2);
  }
}
