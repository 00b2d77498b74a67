package io.aviary.gateway.upstream.endpoints;

import io.aviary.model.istio.HostName;
import java.util.Objects;

/**
 * Identity of an upstream cluster, as Istio names Envoy clusters: {@code outbound|<port>|<subset>|<fqdn>}. The
 * subset is the empty string when the route names none, as in Istio's cluster names.
 *
 * @param host the destination host as a fully qualified name ({@link HostName#resolve})
 * @param port the service port (not the endpoint port)
 * @param subset the DestinationRule subset name, or {@code ""} for the whole service
 */
public record ClusterKey(HostName host, int port, String subset) {

  public ClusterKey {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(subset, "subset");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port: " + port + " (expected: 1..65535)");
    }
  }

  /** The cluster of the whole service, without a subset. */
  public static ClusterKey of(HostName host, int port) {
    return new ClusterKey(host, port, "");
  }

  public ClusterKey withSubset(String subsetName) {
    return new ClusterKey(host, port, subsetName);
  }

  public ClusterKey withoutSubset() {
    return new ClusterKey(host, port, "");
  }

  public boolean hasSubset() {
    return !subset.isEmpty();
  }

  /** Envoy's cluster name, e.g. {@code outbound|80|v1|next-service.default.svc.cluster.local}. */
  public String envoyName() {
    return "outbound|" + port + "|" + subset + "|" + host.value();
  }

  @Override
  public String toString() {
    return envoyName();
  }
}
