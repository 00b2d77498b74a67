package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.aviary.model.ObjectMeta;
import io.aviary.model.Resource;
import io.aviary.model.source.Origin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Istio DestinationRule: traffic policy for a host and its named subsets (endpoint label selectors). */
public record DestinationRule(String apiVersion, ObjectMeta metadata, Spec spec, Origin origin)
    implements Resource {

  public static final String KIND = "DestinationRule";

  @Override
  public String kind() {
    return KIND;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Spec(
      String host,
      @Nullable TrafficPolicy trafficPolicy,
      List<Subset> subsets,
      List<String> exportTo,
      @Nullable WorkloadSelector workloadSelector) {
    public Spec {
      host = host == null ? "" : host;
      subsets = subsets == null ? List.of() : List.copyOf(subsets);
      exportTo = exportTo == null ? List.of() : List.copyOf(exportTo);
    }

    public Optional<Subset> subset(String name) {
      return subsets.stream().filter(s -> s.name().equals(name)).findFirst();
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Subset(String name, Map<String, String> labels, @Nullable TrafficPolicy trafficPolicy) {
    public Subset {
      name = name == null ? "" : name;
      labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
  }
}
