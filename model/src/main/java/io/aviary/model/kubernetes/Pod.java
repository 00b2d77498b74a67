package io.aviary.model.kubernetes;

import io.aviary.model.ObjectMeta;
import io.aviary.model.Resource;
import io.aviary.model.source.Origin;
import org.jspecify.annotations.Nullable;

/** Kubernetes Pod: a workload whose metadata labels services, subsets and gateways select. */
public record Pod(String apiVersion, ObjectMeta metadata, PodTemplate.@Nullable PodSpec spec, Origin origin)
    implements Resource {

  public static final String KIND = "Pod";

  @Override
  public String kind() {
    return KIND;
  }
}
