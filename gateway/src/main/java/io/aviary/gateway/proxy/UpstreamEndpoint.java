package io.aviary.gateway.proxy;

import org.jspecify.annotations.Nullable;

/**
 * The endpoint a request goes to: where to connect and who it is for telemetry.
 *
 * @param address an IP address or a DNS name resolved at connect time
 * @param identity opaque to the proxy: handed back to the {@link ExchangeObserver} with the completed exchange
 * @param cookieToIssue a {@code Set-Cookie} value to add to the response (consistent hash on a cookie the client
 *     did not send yet), or {@code null}
 */
public record UpstreamEndpoint(
    String address, int port, Object identity, @Nullable String cookieToIssue, String hostPort) {

  public UpstreamEndpoint(String address, int port, Object identity, @Nullable String cookieToIssue) {
    this(address, port, identity, cookieToIssue,
        address.indexOf(':') >= 0 ? "[" + address + "]:" + port : address + ":" + port);
  }

  /** The same endpoint, asking the proxy to set {@code cookie} on the response. */
  public UpstreamEndpoint issuing(String cookie) {
    return new UpstreamEndpoint(address, port, identity, cookie, hostPort);
  }
}
