package io.aviary.controller.observe;

/**
 * The exact increments of one tick for both versions (not a sliding window): the sequential judge adds them up over
 * the whole run. {@code canaryWeight} is the canary's configured share during the tick, for the sample-ratio check.
 */
public record TrafficSample(VersionTraffic stable, VersionTraffic canary, int canaryWeight) {}
