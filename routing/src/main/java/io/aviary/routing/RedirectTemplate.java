package io.aviary.routing;

import io.aviary.model.istio.HttpRedirect;
import io.aviary.routing.RouteDecision.Redirect;
import io.aviary.routing.host.Authority;
import org.jspecify.annotations.Nullable;

/**
 * A compiled {@code redirect} (§4.3): the location is the request's, with the path replaced ({@code uri}) or
 * its matched prefix replaced ({@code prefixRewrite}), the authority, scheme and port replaced as configured, and
 * the query string kept. An explicit or derived port is left out when it is the scheme's default; a port the
 * client wrote in its Host header is kept as written.
 */
record RedirectTemplate(RouteRef route, HttpRedirect redirect, @Nullable String matchedPrefix) {

  static final int DEFAULT_STATUS = 301;

  Redirect redirect(RequestView request) {
    String scheme = redirect.scheme() != null ? redirect.scheme() : request.scheme();
    int status = redirect.redirectCode() != null ? redirect.redirectCode() : DEFAULT_STATUS;
    return new Redirect(route, status, scheme + "://" + authority(request, scheme) + path(request.path()));
  }

  private String authority(RequestView request, String scheme) {
    String sent = request.authority();
    String host = redirect.authority() != null ? Authority.host(redirect.authority()) : Authority.host(sent);
    Integer port = configuredPort(request);
    if (port != null) {
      boolean schemeDefault = (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
      return schemeDefault ? host : host + ":" + port;
    }
    if (redirect.authority() != null || "FROM_PROTOCOL_DEFAULT".equals(redirect.derivePort())) {
      return redirect.authority() != null ? redirect.authority() : host;
    }
    return sent;
  }

  private @Nullable Integer configuredPort(RequestView request) {
    if (redirect.port() != null) {
      return redirect.port();
    }
    if ("FROM_REQUEST_PORT".equals(redirect.derivePort())) {
      if (request.port() != null) {
        return request.port();
      }
      int written = Authority.port(request.authority());
      return written < 0 ? null : written;
    }
    return null;
  }

  private String path(String requested) {
    int question = requested.indexOf('?');
    String pathOnly = question < 0 ? requested : requested.substring(0, question);
    String query = question < 0 ? "" : requested.substring(question);
    String next = pathOnly;
    if (redirect.uri() != null) {
      next = redirect.uri();
    } else if (redirect.prefixRewrite() != null) {
      int cut = matchedPrefix != null && pathOnly.startsWith(matchedPrefix) ? matchedPrefix.length() : 0;
      next = redirect.prefixRewrite() + pathOnly.substring(cut);
    }
    return next.indexOf('?') >= 0 ? next : next + query;
  }
}
