package io.aviary.model.kubernetes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.aviary.model.ObjectMeta;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The part of a pod spec Aviary reads: labels and container ports (for named target ports). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PodTemplate(@Nullable ObjectMeta metadata, @Nullable PodSpec spec) {

  public Map<String, String> labels() {
    return metadata == null ? Map.of() : metadata.labels();
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PodSpec(List<Container> containers) {
    public PodSpec {
      containers = containers == null ? List.of() : List.copyOf(containers);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Container(@Nullable String name, @Nullable String image, List<ContainerPort> ports) {
    public Container {
      ports = ports == null ? List.of() : List.copyOf(ports);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ContainerPort(@Nullable String name, @Nullable Integer containerPort, @Nullable String protocol) {}
}
