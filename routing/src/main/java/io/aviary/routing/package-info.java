/**
 * The pure routing engine: {@link io.aviary.routing.RouteTableCompiler} turns Gateways and VirtualServices into
 * an immutable {@link io.aviary.routing.RouteTable}; {@link io.aviary.routing.RouteTable#decide} answers one
 * request with a {@link io.aviary.routing.RouteDecision}, following Istio's translation to Envoy. Nothing here
 * does I/O, reads a clock or knows about sockets, so the CLI and the Netty gateway share it unchanged.
 */
@NullMarked
package io.aviary.routing;

import org.jspecify.annotations.NullMarked;
