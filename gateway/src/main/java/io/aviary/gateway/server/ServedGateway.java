package io.aviary.gateway.server;

import io.aviary.model.istio.Gateway;
import io.aviary.routing.ProxyRef;

/** A server of a Gateway that selects the embedded gateway workload. */
public record ServedGateway(ProxyRef.AtGateway gateway, Gateway.Server server, int port) {

  /** {@code HTTPS} and {@code TLS} servers terminate TLS; a plain server with only {@code httpsRedirect} does not. */
  public boolean terminatesTls() {
    String protocol = server.port() == null || server.port().protocol() == null ? "" : server.port().protocol();
    return protocol.equalsIgnoreCase("HTTPS") || protocol.equalsIgnoreCase("TLS");
  }
}
