package io.aviary.gateway.server;

import java.util.List;
import java.util.Locale;

/**
 * Matches a request's host (or a TLS client's SNI name) against a Gateway server's {@code hosts}, whose entries
 * are {@code [namespace/]dnsName} with an optional left-most wildcard: {@code *} matches every host and
 * {@code *.example.com} any name ending in {@code .example.com}, as Istio's gateway host matching does.
 * Stateless.
 */
final class ServerHosts {

  private ServerHosts() {}

  /** True when {@code host} (a Host header, port allowed) is served by one of {@code hosts}. */
  static boolean anyMatches(List<String> hosts, String host) {
    String name = withoutPort(host).toLowerCase(Locale.ROOT);
    for (String entry : hosts) {
      if (matches(dnsName(entry), name)) {
        return true;
      }
    }
    return false;
  }

  /** True when some entry of {@code hosts} names {@code host} exactly, without a wildcard. */
  static boolean anyNamesExactly(List<String> hosts, String host) {
    String name = withoutPort(host).toLowerCase(Locale.ROOT);
    for (String entry : hosts) {
      if (dnsName(entry).equals(name)) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(String pattern, String name) {
    if (pattern.equals("*")) {
      return true;
    }
    if (pattern.startsWith("*.")) {
      return name.endsWith(pattern.substring(1)) && name.length() > pattern.length() - 1;
    }
    return pattern.equals(name);
  }

  /** The DNS part of {@code [namespace/]dnsName}, lower-cased. */
  static String dnsName(String entry) {
    int slash = entry.indexOf('/');
    return (slash < 0 ? entry : entry.substring(slash + 1)).toLowerCase(Locale.ROOT);
  }

  private static String withoutPort(String host) {
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      return close < 0 ? host : host.substring(0, close + 1);
    }
    int colon = host.indexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }
}
