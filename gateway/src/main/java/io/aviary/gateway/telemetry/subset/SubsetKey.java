package io.aviary.gateway.telemetry.subset;

/**
 * One version of one service as the controller analyses it: a DestinationRule subset of a host (the seed's style)
 * or a version label / generated {@code -primary}/{@code -canary} host (Flagger's style).
 *
 * @param namespace the service's namespace
 * @param host the service host, e.g. {@code next-service.default.svc.cluster.local}
 * @param subset the subset or version, e.g. {@code v2}; empty for a host without subsets
 */
public record SubsetKey(String namespace, String host, String subset) {}
