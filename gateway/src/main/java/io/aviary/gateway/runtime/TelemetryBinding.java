package io.aviary.gateway.runtime;

import io.aviary.gateway.telemetry.EndpointTelemetry;
import io.aviary.gateway.telemetry.GatewayTelemetry;
import io.aviary.gateway.telemetry.istio.DestinationIdentity;
import io.aviary.gateway.telemetry.subset.SubsetKey;
import io.aviary.gateway.upstream.endpoints.ClusterKey;
import io.aviary.gateway.upstream.endpoints.Endpoint;
import io.aviary.gateway.upstream.endpoints.WorkloadIdentity;

/**
 * Binds endpoints and clusters to their telemetry series: Istio's labels from the endpoint's workload identity,
 * the controller's per-subset series from the cluster (service namespace, host, subset).
 */
final class TelemetryBinding {

  private static final String CLUSTER = "Kubernetes";

  private final GatewayTelemetry telemetry;

  TelemetryBinding(GatewayTelemetry telemetry) {
    this.telemetry = telemetry;
  }

  EndpointTelemetry forEndpoint(ClusterKey cluster, Endpoint endpoint) {
    WorkloadIdentity workload = endpoint.identity();
    DestinationIdentity identity = DestinationIdentity.ofEndpoint(
        workload.workload(), workload.namespace(), endpoint.labels(), cluster.host().value(), CLUSTER,
        DestinationIdentity.HTTP);
    return telemetry.endpoint(identity, subsetKey(cluster));
  }

  /** For a cluster that had no endpoint to offer: Istio's labels unknown but the host, the subset still counted. */
  EndpointTelemetry forUnreached(ClusterKey cluster) {
    return telemetry.endpoint(DestinationIdentity.unreached(cluster.host().value(), DestinationIdentity.HTTP),
        subsetKey(cluster));
  }

  EndpointTelemetry forUnrouted(String authority) {
    int colon = authority.lastIndexOf(':');
    String host = colon > 0 && authority.indexOf(']') < colon ? authority.substring(0, colon) : authority;
    return telemetry.unrouted(host.isEmpty() ? "unknown" : host, DestinationIdentity.HTTP);
  }

  private static SubsetKey subsetKey(ClusterKey cluster) {
    String host = cluster.host().value();
    String[] parts = host.split("\\.", 3);
    String namespace = parts.length > 1 ? parts[1] : "";
    return new SubsetKey(namespace, host, cluster.subset());
  }
}
