package io.aviary.model.kubernetes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.aviary.model.ObjectMeta;
import io.aviary.model.Resource;
import io.aviary.model.source.Origin;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Kubernetes Deployment. Its pod template counts as a workload while it asks for replicas. */
public record Deployment(String apiVersion, ObjectMeta metadata, Spec spec, Origin origin)
    implements Resource {

  public static final String KIND = "Deployment";

  @Override
  public String kind() {
    return KIND;
  }

  /** A missing {@code replicas} is 1, Kubernetes' default. */
  public int replicas() {
    return spec.replicas() == null ? 1 : spec.replicas();
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Spec(@Nullable Integer replicas, @Nullable LabelSelector selector, @Nullable PodTemplate template) {
    public Map<String, String> templateLabels() {
      return template == null ? Map.of() : template.labels();
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LabelSelector(Map<String, String> matchLabels) {
    public LabelSelector {
      matchLabels = matchLabels == null ? Map.of() : Map.copyOf(matchLabels);
    }
  }
}
