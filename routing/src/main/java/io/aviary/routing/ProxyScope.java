package io.aviary.routing;

import org.jspecify.annotations.Nullable;

/**
 * The proxy a VirtualService is being compiled for: a gateway ({@code ns/name}) listening on {@code port}, or
 * the mesh, whose client-specific match fields are left to per-request checks.
 */
record ProxyScope(String gateway, @Nullable Integer port) {

  static ProxyScope mesh() {
    return new ProxyScope(ProxyRef.MESH, null);
  }

  boolean isMesh() {
    return gateway.equals(ProxyRef.MESH);
  }

  String describe() {
    return isMesh() ? ProxyRef.MESH : gateway + ":" + port;
  }
}
