/**
 * Endpoint health: passive outlier detection (Envoy's consecutive-error ejection as Istio configures it) and
 * the readiness the proxy's active probes report, combined with the panic threshold into what a balancer may
 * pick.
 */
@NullMarked
package io.aviary.gateway.upstream.health;

import org.jspecify.annotations.NullMarked;
