package io.aviary.validation.analyzers;

import io.aviary.model.ResourceId;
import io.aviary.model.ResourceSet;
import io.aviary.model.istio.Gateway;
import java.util.Optional;

/**
 * Resolves the names in a VirtualService's {@code gateways} list to Gateway resources, so that every analyzer
 * reads {@code name}, {@code ns/name}, {@code ./name} and the reserved {@code mesh} the same way.
 */
final class GatewayReferences {

  /** The reserved name for the sidecars of the mesh; it never names a Gateway resource. */
  static final String MESH = "mesh";

  private GatewayReferences() {}

  static boolean isMesh(String reference) {
    return MESH.equals(reference);
  }

  /**
   * The Gateway {@code reference} names when written in {@code namespace}: {@code ns/name} is taken as it is,
   * {@code ./name} and a bare {@code name} are in the VirtualService's own namespace.
   */
  static ResourceId resolve(String reference, String namespace) {
    int slash = reference.indexOf('/');
    if (slash < 0) {
      return new ResourceId(Gateway.KIND, namespace, reference);
    }
    String prefix = reference.substring(0, slash);
    String name = reference.substring(slash + 1);
    return new ResourceId(Gateway.KIND, prefix.equals(".") ? namespace : prefix, name);
  }

  static Optional<Gateway> find(ResourceSet resources, ResourceId id) {
    return resources.get(id).filter(Gateway.class::isInstance).map(Gateway.class::cast);
  }
}
