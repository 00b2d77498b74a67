/**
 * The effective DestinationRule traffic policy of one cluster, with Istio's defaults filled in, as typed
 * settings the balancers, the outlier detector and the circuit breakers read.
 */
@NullMarked
package io.aviary.gateway.upstream.policy;

import org.jspecify.annotations.NullMarked;
