/**
 * The upstream side of the embedded gateway, as pure logic: which endpoints a cluster has, how requests are
 * spread over them, which endpoints are healthy and how many requests a cluster may hold. No sockets and no
 * Netty here; the proxy drives these types and turns their decisions into Envoy's response flags
 * ({@code NC}, {@code UH}, {@code UO}).
 */
@NullMarked
package io.aviary.gateway.upstream;

import org.jspecify.annotations.NullMarked;
