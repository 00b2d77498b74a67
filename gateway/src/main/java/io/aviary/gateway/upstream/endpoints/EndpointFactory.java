package io.aviary.gateway.upstream.endpoints;

import io.aviary.model.ResourceId;
import io.aviary.model.istio.WorkloadEntry;
import java.util.Map;
import java.util.Optional;

/** Turns a WorkloadEntry (or a ServiceEntry's inline entry) plus an already-mapped port into an {@link Endpoint}. */
final class EndpointFactory {

  private EndpointFactory() {}

  /** An endpoint for a WorkloadEntry resource; empty when the entry has no address. */
  static Optional<Endpoint> fromWorkloadEntry(WorkloadEntry entry, int port) {
    String address = entry.spec().address();
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    Map<String, String> labels = entry.spec().labels();
    return Optional.of(new Endpoint(
        new EndpointTarget(EndpointAddress.of(address), port),
        weightOf(entry.spec()),
        labels,
        entry.id(),
        WorkloadIdentity.of(labels, entry.name(), entry.namespace()),
        entry.metadata().annotations().get(Endpoint.HEALTH_PATH_ANNOTATION)));
  }

  /**
   * An endpoint for an inline ServiceEntry entry; its identity falls back to the ServiceEntry's name and it is
   * never probed (inline entries carry no annotations).
   */
  static Optional<Endpoint> fromInlineEntry(WorkloadEntry.Spec spec, int port, ResourceId serviceEntry) {
    String address = spec.address();
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new Endpoint(
        new EndpointTarget(EndpointAddress.of(address), port),
        weightOf(spec),
        spec.labels(),
        serviceEntry,
        WorkloadIdentity.of(spec.labels(), serviceEntry.name(), serviceEntry.namespace()),
        null));
  }

  private static int weightOf(WorkloadEntry.Spec spec) {
    Integer weight = spec.weight();
    return weight == null || weight < 1 ? 1 : weight;
  }
}
