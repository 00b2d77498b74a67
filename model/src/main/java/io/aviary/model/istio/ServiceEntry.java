package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.aviary.model.ObjectMeta;
import io.aviary.model.Resource;
import io.aviary.model.source.Origin;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Istio ServiceEntry: hosts added to the registry, with inline endpoints or a workload selector. */
public record ServiceEntry(String apiVersion, ObjectMeta metadata, Spec spec, Origin origin)
    implements Resource {

  public static final String KIND = "ServiceEntry";

  @Override
  public String kind() {
    return KIND;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Spec(
      List<String> hosts,
      List<String> addresses,
      List<Port> ports,
      @Nullable String location,
      @Nullable String resolution,
      List<WorkloadEntry.Spec> endpoints,
      @Nullable WorkloadSelector workloadSelector,
      List<String> exportTo) {
    public Spec {
      hosts = hosts == null ? List.of() : List.copyOf(hosts);
      addresses = addresses == null ? List.of() : List.copyOf(addresses);
      ports = ports == null ? List.of() : List.copyOf(ports);
      endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
      exportTo = exportTo == null ? List.of() : List.copyOf(exportTo);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Port(
      @Nullable Integer number, @Nullable String protocol, @Nullable String name, @Nullable Integer targetPort) {}
}
