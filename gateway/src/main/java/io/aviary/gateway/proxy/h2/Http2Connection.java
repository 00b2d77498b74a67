package io.aviary.gateway.proxy.h2;

import io.aviary.gateway.proxy.ProxyContext;
import io.aviary.gateway.proxy.ProxyLimits;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2Settings;

/**
 * The handlers of a client connection that speaks HTTP/2: the connection's idle timeout, the frame codec, then a
 * multiplexer that gives each stream its own child channel running the proxy (see {@link Http2StreamInitializer}). Stateless; one call per
 * connection, on its event loop.
 */
public final class Http2Connection {

  /** Envoy's default for downstream HTTP/2 ({@code max_concurrent_streams} in Istio's gateway is 2^31-1). */
  private static final long MAX_CONCURRENT_STREAMS = 1024;

  private Http2Connection() {}

  /** Adds the HTTP/2 handlers at the end of {@code pipeline}; {@code scheme} is what routing sees. */
  public static void install(ChannelPipeline pipeline, ProxyContext proxy, ProxyLimits limits, int port, String scheme) {
    Http2Settings settings = Http2Settings.defaultSettings()
        .maxConcurrentStreams(MAX_CONCURRENT_STREAMS)
        .maxHeaderListSize(limits.maxRequestHeaderBytes());
    pipeline.addLast("h2-idle", new Http2IdleTimeout(limits.idleTimeoutMillis()));
    pipeline.addLast("h2", Http2FrameCodecBuilder.forServer()
        .initialSettings(settings)
        .validateHeaders(true)
        .build());
    pipeline.addLast("streams", new Http2MultiplexHandler(new Http2StreamInitializer(proxy, port, scheme)));
  }
}
