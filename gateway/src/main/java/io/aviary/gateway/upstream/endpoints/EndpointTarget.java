package io.aviary.gateway.upstream.endpoints;

/**
 * The socket an endpoint receives traffic on. It is also the endpoint's identity across index rebuilds: health
 * state (readiness, ejections) follows the target, not the position in a cluster.
 */
public record EndpointTarget(EndpointAddress address, int port) {

  public EndpointTarget {
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port: " + port + " of " + address.host() + " (expected: 1..65535)");
    }
  }

  /** {@code host:port}, with IPv6 literals in brackets, as an HTTP authority or a connect target. */
  public String authority() {
    String host = address.host();
    return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
  }

  @Override
  public String toString() {
    return authority();
  }
}
