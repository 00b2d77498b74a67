/**
 * The in-process, per-subset view of traffic that the canary controller reads without Prometheus: status-class
 * counts and latency percentiles over sliding windows, and exact per-tick increments for sequential analysis.
 * Recording is lock-free (adders, an atomic HdrHistogram and a writer-reader phaser); readers roll finished
 * intervals into a ring of time slots.
 */
@NullMarked
package io.aviary.gateway.telemetry.subset;

import org.jspecify.annotations.NullMarked;
