/**
 * The reverse proxy: one {@link io.aviary.gateway.proxy.DownstreamHandler} per client connection turns each
 * request into an {@link io.aviary.gateway.proxy.Exchange} that routes it, picks an endpoint through the
 * {@link io.aviary.gateway.proxy.UpstreamChooser} port, and streams both bodies without buffering them.
 * Everything for one connection runs on its event loop; upstream connections live on that same loop.
 */
@NullMarked
package io.aviary.gateway.proxy;

import org.jspecify.annotations.NullMarked;
