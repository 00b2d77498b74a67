package io.aviary.gateway.server;

import io.aviary.gateway.proxy.DownstreamHandler;
import io.aviary.gateway.proxy.ProxyContext;
import io.aviary.gateway.proxy.ProxyLimits;
import io.aviary.gateway.proxy.WireBytes;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import org.jspecify.annotations.Nullable;

/** The pipeline of a client connection on one listener: optional TLS, the HTTP/1.1 codec, idle timeout, proxy. */
final class DownstreamInitializer extends ChannelInitializer<SocketChannel> {

  private final ProxyContext proxy;
  private final ProxyLimits limits;
  private final int port;
  private final @Nullable SslContext tls;

  DownstreamInitializer(ProxyContext proxy, ProxyLimits limits, int port, @Nullable SslContext tls) {
    this.proxy = proxy;
    this.limits = limits;
    this.port = port;
    this.tls = tls;
  }

  @Override
  protected void initChannel(SocketChannel channel) {
    ChannelPipeline pipeline = channel.pipeline();
    if (tls != null) {
      pipeline.addLast("tls", tls.newHandler(channel.alloc()));
    }
    WireBytes wire = new WireBytes();
    pipeline.addLast("bytes", wire);
    pipeline.addLast("codec", new HttpServerCodec(
        limits.maxInitialLineLength(), limits.maxRequestHeaderBytes(), 64 * 1024));
    pipeline.addLast("proxy", new DownstreamHandler(proxy, port, tls == null ? "http" : "https", wire));
  }
}
