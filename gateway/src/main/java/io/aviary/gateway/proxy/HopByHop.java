package io.aviary.gateway.proxy;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes the headers that describe one connection rather than the message (RFC 9110 §7.6.1), as Envoy does
 * before forwarding either way. {@code Transfer-Encoding} stays: Netty re-frames a chunked body with it.
 */
final class HopByHop {

  private HopByHop() {}

  static void strip(HttpHeaders headers, boolean keepUpgrade) {
    if (headers.contains(HttpHeaderNames.CONNECTION)) {
      List<String> listed = connectionListed(headers);
      headers.remove(HttpHeaderNames.CONNECTION);
      for (String name : listed) {
        if (!keepUpgrade || !name.equalsIgnoreCase("upgrade")) {
          headers.remove(name);
        }
      }
    }
    headers.remove(HttpHeaderNames.KEEP_ALIVE);
    headers.remove(HttpHeaderNames.PROXY_CONNECTION);
    headers.remove(HttpHeaderNames.PROXY_AUTHENTICATE);
    headers.remove(HttpHeaderNames.PROXY_AUTHORIZATION);
    String te = headers.get(HttpHeaderNames.TE);
    if (te != null && !te.equalsIgnoreCase(HttpHeaderValues.TRAILERS.toString())) {
      headers.remove(HttpHeaderNames.TE);
    }
    if (!keepUpgrade) {
      headers.remove(HttpHeaderNames.UPGRADE);
    }
  }

  private static List<String> connectionListed(HttpHeaders headers) {
    List<String> values = headers.getAll(HttpHeaderNames.CONNECTION);
    if (values.size() == 1 && isPlainOption(values.getFirst())) {
      return List.of();
    }
    List<String> names = new ArrayList<>(0);
    for (String value : values) {
      for (String token : value.split(",")) {
        String name = token.trim();
        if (!name.isEmpty() && !name.equalsIgnoreCase("close") && !name.equalsIgnoreCase("keep-alive")) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** The common {@code Connection: keep-alive} or {@code close} names no other header. */
  private static boolean isPlainOption(String value) {
    return value.equalsIgnoreCase("keep-alive") || value.equalsIgnoreCase("close");
  }
}
