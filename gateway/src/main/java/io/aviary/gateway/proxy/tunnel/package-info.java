/**
 * Byte tunnels: after a protocol upgrade (WebSocket's 101) the client and upstream connections stop speaking HTTP
 * and the proxy only splices bytes between them, with backpressure, until either side closes.
 */
@NullMarked
package io.aviary.gateway.proxy.tunnel;

import org.jspecify.annotations.NullMarked;
