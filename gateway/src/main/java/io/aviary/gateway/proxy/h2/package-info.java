/**
 * HTTP/2 on the client side of the proxy: a connection that opens with the HTTP/2 preface (cleartext with prior
 * knowledge, or after TLS with ALPN {@code h2}) is multiplexed into one child channel per stream, and each stream
 * runs through the same {@link io.aviary.gateway.proxy.DownstreamHandler} as an HTTP/1.1 request, so routing,
 * retries, faults and telemetry apply unchanged. Upstreams stay HTTP/1.1.
 */
@NullMarked
package io.aviary.gateway.proxy.h2;

import org.jspecify.annotations.NullMarked;
