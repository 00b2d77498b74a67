/**
 * Endpoint resolution: Kubernetes Services, ServiceEntries and WorkloadEntries compiled into an immutable
 * {@link io.aviary.gateway.upstream.endpoints.EndpointIndex} of clusters ({@code outbound|port|subset|host}).
 */
@NullMarked
package io.aviary.gateway.upstream.endpoints;

import org.jspecify.annotations.NullMarked;
