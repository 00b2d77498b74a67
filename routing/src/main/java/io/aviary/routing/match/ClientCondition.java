package io.aviary.routing.match;

import io.aviary.routing.ProxyRef;
import io.aviary.routing.RequestView;
import io.aviary.routing.host.Authority;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The match fields that Istio resolves per sidecar rather than per request ({@code sourceNamespace},
 * {@code sourceLabels}, {@code port}). One mesh table serves every client, so they are checked against the
 * request's {@link ProxyRef.InMesh} and port instead.
 */
public record ClientCondition(
    @Nullable String sourceNamespace, Map<String, String> sourceLabels, @Nullable Integer port)
    implements Condition {

  /** The port a sidecar's outbound listener would have: the request's, else the Host header's, else 80. */
  static int effectivePort(RequestView request) {
    Integer port = request.port();
    if (port != null) {
      return port;
    }
    int written = Authority.port(request.authority());
    return written < 0 ? 80 : written;
  }

  @Override
  public boolean test(RequestView request) {
    if (!(request.proxy() instanceof ProxyRef.InMesh client)) {
      return false;
    }
    if (sourceNamespace != null && !sourceNamespace.equals(client.namespace())) {
      return false;
    }
    for (Map.Entry<String, String> label : sourceLabels.entrySet()) {
      if (!label.getValue().equals(client.labels().get(label.getKey()))) {
        return false;
      }
    }
    return port == null || port == effectivePort(request);
  }

  @Override
  public String failure(RequestView request) {
    return "client condition (sourceNamespace " + sourceNamespace + ", sourceLabels " + sourceLabels
        + ", port " + port + ") does not hold for client " + request.proxy() + " on port "
        + effectivePort(request);
  }

  @Override
  public boolean dependsOnClient() {
    return true;
  }
}
