package io.aviary.gateway.proxy;

import io.aviary.routing.ProxyRef;
import io.aviary.routing.RequestView;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * The routing engine's view of a Netty request, read in place without copying headers. The proxy it is routed
 * at can be changed, because a listener port may be served by several Gateways and each is tried in turn.
 */
public final class ProxyRequest implements RequestView {

  private final HttpRequest request;
  private final HeadScan scan;
  private final int listenerPort;
  private final String scheme;
  private final String path;
  private ProxyRef proxy;

  public ProxyRequest(HttpRequest request, int listenerPort, String scheme, ProxyRef proxy) {
    this(request, HeadScan.of(request), listenerPort, scheme, proxy);
  }

  ProxyRequest(HttpRequest request, HeadScan scan, int listenerPort, String scheme, ProxyRef proxy) {
    this.request = request;
    this.scan = scan;
    this.listenerPort = listenerPort;
    this.scheme = scheme;
    this.path = originFormOf(request.uri());
    this.proxy = proxy;
  }

  /** Absolute-form targets ({@code http://host/p}) are reduced to the path, as Envoy does for routing. */
  private static String originFormOf(String uri) {
    if (uri.startsWith("/")) {
      return uri;
    }
    int scheme = uri.indexOf("://");
    if (scheme < 0) {
      return uri.equals("*") ? uri : "/" + uri;
    }
    int slash = uri.indexOf('/', scheme + 3);
    return slash < 0 ? "/" : uri.substring(slash);
  }

  public HttpRequest netty() {
    return request;
  }

  /** What one pass over the client's headers found, before the proxy changed them. */
  HeadScan scan() {
    return scan;
  }

  public void routeAt(ProxyRef gateway) {
    this.proxy = gateway;
  }

  @Override
  public String authority() {
    CharSequence host = scan.host;
    return host == null ? "" : host.toString();
  }

  @Override
  public Integer port() {
    return listenerPort;
  }

  boolean isHead() {
    return request.method().equals(HttpMethod.HEAD);
  }

  @Override
  public String method() {
    return request.method().name();
  }

  @Override
  public String scheme() {
    return scheme;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public @Nullable String header(String lowerCaseName) {
    HttpHeaders headers = request.headers();
    Iterator<String> values = headers.valueStringIterator(lowerCaseName);
    if (!values.hasNext()) {
      return switch (lowerCaseName) {
        case ":method" -> method();
        case ":path" -> path;
        case ":scheme" -> scheme;
        case ":authority" -> authority();
        default -> null;
      };
    }
    String first = values.next();
    if (!values.hasNext()) {
      return first;
    }
    StringBuilder joined = new StringBuilder(first);
    while (values.hasNext()) {
      joined.append(',').append(values.next());
    }
    return joined.toString();
  }

  @Override
  public ProxyRef proxy() {
    return proxy;
  }
}
