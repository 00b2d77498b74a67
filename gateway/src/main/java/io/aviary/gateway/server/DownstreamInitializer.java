package io.aviary.gateway.server;

import java.util.concurrent.atomic.AtomicReference;

import io.aviary.gateway.proxy.DownstreamHandler;
import io.aviary.gateway.proxy.ProxyContext;
import io.aviary.gateway.proxy.ProxyLimits;
import io.aviary.gateway.proxy.WireBytes;
import io.aviary.gateway.proxy.h1.DownstreamResponseEncoder;
import io.aviary.gateway.proxy.h2.Http2Connection;
import io.aviary.gateway.proxy.h2.PrefaceSniffer;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpRequestDecoder;
import org.jspecify.annotations.Nullable;

/**
 * The pipeline of a client connection on one listener: optional TLS, a byte counter, then HTTP/1.1 or HTTP/2,
 * chosen by whether the client opens with the HTTP/2 preface (prior knowledge in cleartext, ALPN {@code h2} after
 * TLS). Shared by all connections of the listener; it keeps no per-connection state.
 */
final class DownstreamInitializer extends ChannelInitializer<SocketChannel> {

  private final ProxyContext proxy;
  private final ProxyLimits limits;
  private final int port;
  private final AtomicReference<@Nullable TlsTermination> tls;

  /**
   * @param tls the port's TLS as the configuration has it now; read for each new connection, so a reload that
   *     changes the Gateway's certificates applies to the next connection without rebinding the port
   */
  DownstreamInitializer(ProxyContext proxy, ProxyLimits limits, int port, AtomicReference<@Nullable TlsTermination> tls) {
    this.proxy = proxy;
    this.limits = limits;
    this.port = port;
    this.tls = tls;
  }

  @Override
  protected void initChannel(SocketChannel channel) {
    ChannelPipeline pipeline = channel.pipeline();
    TlsTermination termination = tls.get();
    if (termination != null) {
      pipeline.addLast("tls", termination.newHandler(channel.alloc()));
    }
    String scheme = termination == null ? "http" : "https";
    WireBytes wire = new WireBytes();
    pipeline.addLast("bytes", wire);
    pipeline.addLast("sniff", new PrefaceSniffer(limits.requestHeadersTimeoutMillis(),
        http1 -> installHttp1(http1, wire, scheme),
        http2 -> Http2Connection.install(http2, proxy, limits, port, scheme)));
  }

  private void installHttp1(ChannelPipeline pipeline, WireBytes wire, String scheme) {
    pipeline.addLast("decoder", new HttpRequestDecoder(new HttpDecoderConfig()
        .setMaxInitialLineLength(limits.maxInitialLineLength())
        .setMaxHeaderSize(limits.maxRequestHeaderBytes())
        .setMaxChunkSize(64 * 1024)));
    pipeline.addLast("encoder", new DownstreamResponseEncoder());
    pipeline.addLast("proxy", new DownstreamHandler(proxy, port, scheme, wire));
  }
}
