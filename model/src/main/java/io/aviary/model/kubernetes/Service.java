package io.aviary.model.kubernetes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.aviary.model.ObjectMeta;
import io.aviary.model.Resource;
import io.aviary.model.source.Origin;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Kubernetes Service: a host {@code name.namespace.svc.cluster.local} whose endpoints its selector picks. */
public record Service(String apiVersion, ObjectMeta metadata, Spec spec, Origin origin) implements Resource {

  public static final String KIND = "Service";

  @Override
  public String kind() {
    return KIND;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Spec(
      Map<String, String> selector, List<ServicePort> ports, @Nullable String type, @Nullable String clusterIP) {
    public Spec {
      selector = selector == null ? Map.of() : Map.copyOf(selector);
      ports = ports == null ? List.of() : List.copyOf(ports);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ServicePort(
      @Nullable String name,
      @Nullable Integer port,
      @Nullable IntOrString targetPort,
      @Nullable String protocol,
      @Nullable String appProtocol) {}
}
