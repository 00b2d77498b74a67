package io.aviary.gateway.proxy;

import io.aviary.gateway.proxy.h1.DownstreamResponseEncoder;
import io.aviary.gateway.proxy.h1.UpstreamResponseDecoder;
import io.aviary.gateway.proxy.tunnel.Tunnel;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpRequestEncoder;

/**
 * Turns an exchange whose upstream answered 101 (WebSocket) into a byte tunnel: both pipelines drop their HTTP
 * codecs and the proxy handlers give way to a {@link Tunnel}. The order matters: encoders go first, so that bytes
 * a decoder still holds (flushed on its removal) pass as they are, whichever side they are relayed to. Runs on the
 * connections' shared event loop.
 */
final class UpgradeHandoff {

  private UpgradeHandoff() {}

  /** An HTTP/1.1 client connection can be tunnelled; an HTTP/2 stream cannot. */
  static boolean canTunnel(ChannelHandlerContext client) {
    return client.pipeline().get(DownstreamResponseEncoder.class) != null;
  }

  /** Completes the 101 to the client and splices the connections; the client must be {@link #canTunnel}. */
  static void start(ChannelHandlerContext client, Channel upstream, HttpContent last, Runnable onClosed,
      long idleTimeoutMillis) {
    ChannelPipeline down = client.pipeline();
    ChannelPipeline up = upstream.pipeline();
    client.writeAndFlush(last);
    Tunnel tunnel = new Tunnel(onClosed, idleTimeoutMillis);
    down.remove(DownstreamResponseEncoder.class);
    up.remove(HttpRequestEncoder.class);
    down.replace(DownstreamHandler.class, "tunnel", tunnel.relayTo(upstream));
    up.replace(UpstreamHandler.class, "tunnel", tunnel.relayTo(client.channel()));
    down.remove(HttpRequestDecoder.class);
    up.remove(UpstreamResponseDecoder.class);
    tunnel.watchIdle(client.channel(), upstream);
  }
}
