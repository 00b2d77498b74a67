package io.aviary.gateway.runtime;

import io.aviary.routing.RequestView;
import io.aviary.gateway.upstream.balancing.RequestAttributes;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What consistent hashing reads from a request, computed only when a hash policy asks for it. */
final class ProxyRequestAttributes implements RequestAttributes {

  private final RequestView request;
  private final String clientAddress;

  ProxyRequestAttributes(RequestView request, String clientAddress) {
    this.request = request;
    this.clientAddress = clientAddress;
  }

  @Override
  public @Nullable String header(String name) {
    return request.header(name.toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public @Nullable String cookie(String name) {
    String header = request.header("cookie");
    if (header == null) {
      return null;
    }
    for (Cookie cookie : ServerCookieDecoder.LAX.decode(header)) {
      if (cookie.name().equals(name)) {
        return cookie.value();
      }
    }
    return null;
  }

  @Override
  public @Nullable String queryParameter(String name) {
    List<String> values = new QueryStringDecoder(request.path()).parameters().get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  @Override
  public @Nullable String sourceAddress() {
    return clientAddress.isEmpty() ? null : clientAddress;
  }
}
