package io.aviary.gateway.runtime;

import io.aviary.gateway.proxy.UpstreamEndpoint;
import io.aviary.gateway.telemetry.EndpointTelemetry;
import io.aviary.gateway.upstream.UpstreamCluster;
import io.aviary.gateway.upstream.endpoints.Endpoint;
import java.util.List;

/**
 * A cluster with what the proxy needs per endpoint precomputed: the endpoint as the proxy connects to it, with
 * its telemetry handle as identity, and the handle for requests that found no endpoint (503 UH).
 */
record ClusterHandles(UpstreamCluster cluster, List<UpstreamEndpoint> endpoints, EndpointTelemetry unreached) {

  UpstreamEndpoint endpoint(int index) {
    return endpoints.get(index);
  }

  static UpstreamEndpoint connectable(Endpoint endpoint, EndpointTelemetry telemetry) {
    return new UpstreamEndpoint(endpoint.address().host(), endpoint.port(), telemetry, null);
  }
}
