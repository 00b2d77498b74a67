package io.aviary.gateway.proxy.h2;

import io.aviary.gateway.proxy.DownstreamHandler;
import io.aviary.gateway.proxy.ProxyContext;
import io.aviary.gateway.proxy.WireBytes;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;

/**
 * The pipeline of one HTTP/2 stream: frames become Netty's HTTP/1.1 objects, the head is made to look as an
 * HTTP/1.1 request would (see {@link Http2RequestHead}), and the ordinary proxy handler serves it as a connection
 * carrying a single exchange. Shared by all streams of all connections of a listener: it keeps no state.
 */
final class Http2StreamInitializer extends ChannelInitializer<Channel> {

  private final ProxyContext proxy;
  private final int port;
  private final String scheme;

  Http2StreamInitializer(ProxyContext proxy, int port, String scheme) {
    this.proxy = proxy;
    this.port = port;
    this.scheme = scheme;
  }

  @Override
  protected void initChannel(Channel stream) {
    ChannelPipeline pipeline = stream.pipeline();
    WireBytes wire = new WireBytes();
    pipeline.addLast("bytes", wire);
    pipeline.addLast("codec", new Http2StreamFrameToHttpObjectCodec(true, true));
    pipeline.addLast("head", Http2RequestHead.INSTANCE);
    pipeline.addLast("proxy", new DownstreamHandler(proxy, port, scheme, wire));
  }
}
