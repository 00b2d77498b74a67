package io.aviary.gateway.upstream;

/** Which run-time cluster serves a destination: one (possibly without endpoints) or none (503 NC). */
public sealed interface ClusterResolution {

  record Found(UpstreamCluster cluster) implements ClusterResolution {}

  record Unknown(String reason) implements ClusterResolution {}
}
