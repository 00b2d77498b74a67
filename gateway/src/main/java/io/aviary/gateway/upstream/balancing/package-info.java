/**
 * Load balancers over a cluster's endpoints: least request, weighted round robin, weighted random and ring
 * hash. All are thread-safe and allocation-light; health comes in as a predicate per pick.
 */
@NullMarked
package io.aviary.gateway.upstream.balancing;

import org.jspecify.annotations.NullMarked;
