/**
 * Istio's standard HTTP metrics ({@code istio_requests_total}, {@code istio_request_duration_milliseconds},
 * {@code istio_request_bytes}, {@code istio_response_bytes}, {@code istio_build}) with Istio's exact label names and
 * Envoy's default buckets, so that Flagger's and Kiali's stock PromQL selects Aviary's embedded gateway like an Istio
 * ingress gateway. Recording goes through pre-bound {@link io.aviary.gateway.telemetry.istio.DestinationSeries}
 * handles: no lock and no allocation once a label set has been seen.
 */
@NullMarked
package io.aviary.gateway.telemetry.istio;

import org.jspecify.annotations.NullMarked;
