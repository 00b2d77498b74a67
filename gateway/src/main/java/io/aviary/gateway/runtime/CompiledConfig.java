package io.aviary.gateway.runtime;

import io.aviary.gateway.server.GatewaySnapshot;
import io.aviary.gateway.upstream.UpstreamClusters;

/** One applied configuration, compiled: what the proxy routes by, and the clusters behind its chooser. */
record CompiledConfig(GatewaySnapshot snapshot, ClusterChooser chooser, UpstreamClusters clusters) {}
