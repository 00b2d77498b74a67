package io.aviary.gateway.proxy.h2;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http2.HttpConversionUtil.ExtensionHeaderNames;

/**
 * Makes a request head decoded from HTTP/2 fit the proxy: Netty's conversion already turns {@code :authority}
 * into {@code Host} (so routing matches hosts as for HTTP/1.1) but adds {@code x-http2-*} headers of its own, which
 * must not reach the upstream; and the head is marked {@code HTTP/2.0}, which telemetry reports and which tells
 * the proxy that a body without framing headers needs chunking on the HTTP/1.1 upstream. A stream that ends with
 * its headers arrives as one {@link FullHttpRequest}; it is split into head and last content, the shape the proxy
 * handles (it writes the head upstream and then the body, and a full request would be written twice). Stateless
 * and shared.
 */
@ChannelHandler.Sharable
final class Http2RequestHead extends ChannelInboundHandlerAdapter {

  static final Http2RequestHead INSTANCE = new Http2RequestHead();

  /** The version requests from HTTP/2 streams carry; keep-alive by default, as every stream ends cleanly. */
  static final HttpVersion HTTP_2 = new HttpVersion("HTTP", 2, 0, true);

  private Http2RequestHead() {}

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof FullHttpRequest whole) {
      ctx.fireChannelRead(normalized(new DefaultHttpRequest(HTTP_2, whole.method(), whole.uri(), whole.headers())));
      ctx.fireChannelRead(new DefaultLastHttpContent(whole.content(), whole.trailingHeaders()));
    } else if (msg instanceof HttpRequest head) {
      ctx.fireChannelRead(normalized(head));
    } else {
      ctx.fireChannelRead(msg);
    }
  }

  private static HttpRequest normalized(HttpRequest head) {
    HttpHeaders headers = head.headers();
    for (ExtensionHeaderNames name : ExtensionHeaderNames.values()) {
      headers.remove(name.text());
    }
    head.setProtocolVersion(HTTP_2);
    return head;
  }
}
