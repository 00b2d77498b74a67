package io.aviary.model.kubernetes;

import io.aviary.model.ObjectMeta;
import io.aviary.model.Resource;
import io.aviary.model.source.Origin;

/** Kubernetes Namespace (labels such as {@code istio-injection} are kept). */
public record Namespace(String apiVersion, ObjectMeta metadata, Origin origin) implements Resource {

  public static final String KIND = "Namespace";

  @Override
  public String kind() {
    return KIND;
  }
}
