package io.aviary.gateway.runtime;

import io.aviary.gateway.server.GatewaySnapshot;
import io.aviary.gateway.server.ListenerPlan;
import io.aviary.gateway.upstream.UpstreamClusters;
import io.aviary.gateway.upstream.endpoints.EndpointIndex;
import io.aviary.routing.RouteTableCompiler;
import io.aviary.store.ConfigSnapshot;
import java.util.Map;

/**
 * Compiles an applied configuration into what the proxy serves. Clusters are rebuilt from the previous ones,
 * so endpoints keep their ejections and in-flight counts across a reload.
 */
final class ConfigCompiler {

  private final Map<String, String> gatewayLabels;
  private final TelemetryBinding telemetry;

  ConfigCompiler(Map<String, String> gatewayLabels, TelemetryBinding telemetry) {
    this.gatewayLabels = gatewayLabels;
    this.telemetry = telemetry;
  }

  CompiledConfig compile(ConfigSnapshot config, UpstreamClusters previous) {
    var resources = config.resources();
    UpstreamClusters clusters = previous.rebuild(EndpointIndex.compile(resources));
    ClusterChooser chooser = new ClusterChooser(clusters, telemetry);
    GatewaySnapshot snapshot = new GatewaySnapshot(
        config.version(), RouteTableCompiler.of(resources), ListenerPlan.of(resources, gatewayLabels), chooser);
    return new CompiledConfig(snapshot, chooser, clusters);
  }
}
