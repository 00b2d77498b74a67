package io.aviary.gateway.upstream.endpoints;

import io.aviary.model.kubernetes.IntOrString;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Maps a service port to the port an endpoint listens on, the way Istio does for WorkloadEntries: the entry's
 * {@code ports} map is keyed by service port name and wins; otherwise the service's target port (a number, or a
 * name looked up in the entry's {@code ports}); otherwise the service port itself.
 *
 * <p>A target port given by name that the entry does not declare yields no port: the endpoint is left out of
 * that port's cluster, as Kubernetes leaves a pod out of a Service's endpoints when the named port is missing.
 * Sending to a guessed port would be worse than answering 503.
 */
final class EndpointPorts {

  private EndpointPorts() {}

  /** For a Kubernetes Service port ({@code targetPort} may be a number or a name). */
  static OptionalInt forServicePort(
      @Nullable String portName, int servicePort, @Nullable IntOrString targetPort, Map<String, Integer> entryPorts) {
    Integer byPortName = portName == null ? null : entryPorts.get(portName);
    if (byPortName != null) {
      return OptionalInt.of(byPortName);
    }
    if (targetPort == null) {
      return OptionalInt.of(servicePort);
    }
    if (targetPort.number() != null) {
      return OptionalInt.of(targetPort.number());
    }
    Integer byTargetName = entryPorts.get(targetPort.name());
    return byTargetName == null ? OptionalInt.empty() : OptionalInt.of(byTargetName);
  }

  /** For a ServiceEntry port ({@code targetPort} is a number when given). */
  static int forServiceEntryPort(
      @Nullable String portName, int number, @Nullable Integer targetPort, Map<String, Integer> entryPorts) {
    Integer byPortName = portName == null ? null : entryPorts.get(portName);
    if (byPortName != null) {
      return byPortName;
    }
    return targetPort != null && targetPort > 0 ? targetPort : number;
  }
}
