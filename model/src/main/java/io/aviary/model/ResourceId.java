package io.aviary.model;

/** Identity of a resource: kind, namespace and name. Two manifests with the same id describe the same object. */
public record ResourceId(String kind, String namespace, String name) {

  /** {@code namespace/name}, the way istioctl and kubectl print a resource. */
  public String qualifiedName() {
    return namespace.isEmpty() ? name : namespace + "/" + name;
  }

  @Override
  public String toString() {
    return kind + " " + qualifiedName();
  }
}
