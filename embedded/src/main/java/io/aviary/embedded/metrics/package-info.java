/**
 * Embedded mode's metrics: Flagger's two built-in checks and the sequential judge's per-tick counts, read from the
 * gateway's in-process per-subset telemetry, so a canary on one machine needs no Prometheus.
 */
@NullMarked
package io.aviary.embedded.metrics;

import org.jspecify.annotations.NullMarked;
