package io.aviary.routing;

import java.util.Map;

/**
 * The proxy a request arrives at, which decides the VirtualServices that apply: an ingress gateway
 * ({@code ns/name}) or a sidecar in the mesh, where the client's namespace expands short hosts such as
 * {@code reviews} and its namespace and labels decide {@code sourceNamespace}/{@code sourceLabels} matches.
 */
public sealed interface ProxyRef {

  /** The reserved gateway name that stands for every sidecar. */
  String MESH = "mesh";

  /** A Gateway resource, named as VirtualServices name it after resolution: {@code namespace/name}. */
  record AtGateway(String namespace, String name) implements ProxyRef {
    @Override
    public String toString() {
      return namespace + "/" + name;
    }
  }

  /** A sidecar whose workload lives in {@code namespace} and carries {@code labels}. */
  record InMesh(String namespace, Map<String, String> labels) implements ProxyRef {
    public InMesh {
      labels = Map.copyOf(labels);
    }

    @Override
    public String toString() {
      return MESH;
    }
  }

  static ProxyRef mesh(String clientNamespace) {
    return new InMesh(clientNamespace, Map.of());
  }

  static ProxyRef gateway(String namespace, String name) {
    return new AtGateway(namespace, name);
  }

  /**
   * {@code mesh}, {@code ns/name} or a bare {@code name} (taken to be in {@code defaultNamespace}); the
   * namespace also becomes the mesh client's namespace.
   */
  static ProxyRef parse(String text, String defaultNamespace) {
    if (text.equals(MESH)) {
      return mesh(defaultNamespace);
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      return gateway(defaultNamespace, text);
    }
    return gateway(text.substring(0, slash), text.substring(slash + 1));
  }
}
