package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.aviary.model.ObjectMeta;
import io.aviary.model.Resource;
import io.aviary.model.source.Origin;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Istio WorkloadEntry: one non-Kubernetes workload (address, named ports, labels, weight). */
public record WorkloadEntry(String apiVersion, ObjectMeta metadata, Spec spec, Origin origin)
    implements Resource {

  public static final String KIND = "WorkloadEntry";

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * Also the shape of a ServiceEntry's inline {@code endpoints}. Labels are the spec's; the resource's
   * metadata labels are not used for selection, as in Istio.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Spec(
      @Nullable String address,
      Map<String, Integer> ports,
      Map<String, String> labels,
      @Nullable String network,
      @Nullable String locality,
      @Nullable Integer weight,
      @Nullable String serviceAccount) {
    public Spec {
      ports = ports == null ? Map.of() : Map.copyOf(ports);
      labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
  }
}
