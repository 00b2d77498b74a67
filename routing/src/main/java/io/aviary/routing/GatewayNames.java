package io.aviary.routing;

/** How a VirtualService names a gateway, resolved to {@code ns/name} or {@code mesh} ([model] resolveGatewayName). */
final class GatewayNames {

  private static final String LEGACY_SUFFIX = ".svc.cluster.local";

  private GatewayNames() {}

  /**
   * {@code mesh}; {@code ns/name}; {@code ./name} and bare {@code name} in the VirtualService's namespace; the
   * legacy FQDN form {@code name.ns.svc.cluster.local} (or any {@code name.ns...}) as {@code ns/name}.
   */
  static String resolve(String written, String virtualServiceNamespace) {
    if (written.equals(ProxyRef.MESH)) {
      return ProxyRef.MESH;
    }
    int slash = written.indexOf('/');
    if (slash >= 0) {
      String namespace = written.substring(0, slash);
      String name = written.substring(slash + 1);
      return (namespace.equals(".") ? virtualServiceNamespace : namespace) + "/" + name;
    }
    int dot = written.indexOf('.');
    if (dot < 0) {
      return virtualServiceNamespace + "/" + written;
    }
    String name = written.substring(0, dot);
    String rest = written.endsWith(LEGACY_SUFFIX)
        ? written.substring(dot + 1, written.length() - LEGACY_SUFFIX.length())
        : written.substring(dot + 1);
    int nextDot = rest.indexOf('.');
    return (nextDot < 0 ? rest : rest.substring(0, nextDot)) + "/" + name;
  }
}
