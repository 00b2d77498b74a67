/** Connection-pool limits (Envoy's circuit breakers as Istio sets them): admission counters per cluster. */
@NullMarked
package io.aviary.gateway.upstream.pool;

import org.jspecify.annotations.NullMarked;
