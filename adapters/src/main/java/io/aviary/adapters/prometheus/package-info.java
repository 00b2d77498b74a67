/**
 * Prometheus as a metrics source: Flagger's MetricTemplates with provider {@code prometheus} (the template looked up
 * in the config store, its query rendered with Flagger's variables and run as an instant query on Prometheus' HTTP
 * API), and the sequential judge's per-tick counts from Istio's standard metrics ({@link
 * io.aviary.adapters.prometheus.PrometheusTickCounts}).
 */
@NullMarked
package io.aviary.adapters.prometheus;

import org.jspecify.annotations.NullMarked;
