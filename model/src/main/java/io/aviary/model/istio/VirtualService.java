package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.aviary.model.ObjectMeta;
import io.aviary.model.Resource;
import io.aviary.model.source.Origin;
import java.util.List;

/** Istio VirtualService. Only {@code http} routes are interpreted; {@code tls} and {@code tcp} are counted. */
public record VirtualService(String apiVersion, ObjectMeta metadata, Spec spec, Origin origin)
    implements Resource {

  public static final String KIND = "VirtualService";

  @Override
  public String kind() {
    return KIND;
  }

  /** An empty {@code gateways} list means the mesh (sidecars) only. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Spec(
      List<String> hosts,
      List<String> gateways,
      List<HttpRoute> http,
      List<Object> tls,
      List<Object> tcp,
      List<String> exportTo) {

    public Spec {
      hosts = hosts == null ? List.of() : List.copyOf(hosts);
      gateways = gateways == null ? List.of() : List.copyOf(gateways);
      http = http == null ? List.of() : List.copyOf(http);
      tls = tls == null ? List.of() : List.copyOf(tls);
      tcp = tcp == null ? List.of() : List.copyOf(tcp);
      exportTo = exportTo == null ? List.of() : List.copyOf(exportTo);
    }
  }
}
