package io.aviary.gateway.admin;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/** Dispatches admin requests to their route on a worker executor, checking the token for mutating ones. */
final class AdminHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

  private final AdminRoutes routes;
  private final AdminToken token;
  private final Executor worker;

  AdminHandler(AdminRoutes routes, AdminToken token, Executor worker) {
    this.routes = routes;
    this.token = token;
    this.worker = worker;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    if (!request.decoderResult().isSuccess()) {
      respond(ctx, AdminResponse.text(400, "malformed request\n"), false);
      return;
    }
    QueryStringDecoder uri = new QueryStringDecoder(request.uri());
    String method = request.method().name();
    var route = routes.find(method, uri.path());
    if (route.isEmpty()) {
      int status = routes.hasPath(uri.path()) ? 405 : 404;
      respond(ctx, AdminResponse.text(status, status == 405 ? "method not allowed\n" : "not found\n"), keepAlive);
      return;
    }
    if (route.get().mutating() && !token.accepts(request.headers().get(HttpHeaderNames.AUTHORIZATION))) {
      respond(ctx, AdminResponse.text(401, "a bearer token is required: see the admin token file\n"), keepAlive);
      return;
    }
    Map<String, String> query = new LinkedHashMap<>();
    uri.parameters().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.getFirst()));
    AdminRequest admin = new AdminRequest(method, uri.path(), query, ByteBufUtil.getBytes(request.content()));
    AdminEndpoint endpoint = route.get().endpoint();
    worker.execute(() -> {
      AdminResponse response;
      try {
        response = endpoint.handle(admin);
      } catch (Exception e) {
        response = AdminResponse.text(500, "error: " + e.getMessage() + "\n");
      }
      AdminResponse done = response;
      ctx.executor().execute(() -> respond(ctx, done, keepAlive));
    });
  }

  private static void respond(ChannelHandlerContext ctx, AdminResponse response, boolean keepAlive) {
    FullHttpResponse http = new DefaultFullHttpResponse(
        HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(response.status()), Unpooled.wrappedBuffer(response.body()));
    http.headers().set(HttpHeaderNames.CONTENT_TYPE, response.contentType());
    http.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, response.body().length);
    HttpUtil.setKeepAlive(http, keepAlive);
    var written = ctx.writeAndFlush(http);
    if (!keepAlive) {
      written.addListener(ChannelFutureListener.CLOSE);
    }
  }
}
