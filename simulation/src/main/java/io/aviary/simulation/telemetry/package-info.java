/**
 * What the policies can read of the simulated traffic: fine latency histograms (the gateway's view, for Aviary's
 * per-tick counts and Kayenta's per-step quantiles) and Istio's request counters and coarse duration buckets over a
 * sliding window, queried as Prometheus would (Flagger's built-in checks).
 */
@NullMarked
package io.aviary.simulation.telemetry;

import org.jspecify.annotations.NullMarked;
