package io.aviary.gateway.proxy.h1;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpStatusClass;

/**
 * Encodes responses to an HTTP/1.1 client: Netty's encoder for the responses the proxy builds or edits, and a
 * pass-through for {@link RelayedBytes}, which are wire bytes already. Netty's server codec cannot be used: it
 * pairs every response it encodes with a request it decoded, and relayed responses never pass through it.
 * Requests on a connection are answered one at a time, so the request being answered is told, not queued.
 */
public final class DownstreamResponseEncoder extends HttpResponseEncoder {

  private boolean answeringHead;

  /** The next final response answers a request with this method; a response to {@code HEAD} has no body. */
  public void answering(HttpMethod method) {
    answeringHead = HttpMethod.HEAD.equals(method);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
    if (msg instanceof RelayedBytes relayed) {
      ctx.write(relayed.content(), promise);
      return;
    }
    super.write(ctx, msg, promise);
  }

  @Override
  protected boolean isContentAlwaysEmpty(HttpResponse msg) {
    if (answeringHead && msg.status().codeClass() != HttpStatusClass.INFORMATIONAL) {
      return true;
    }
    return super.isContentAlwaysEmpty(msg);
  }
}
