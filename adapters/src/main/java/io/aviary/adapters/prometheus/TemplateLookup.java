package io.aviary.adapters.prometheus;

import io.aviary.controller.port.MetricQuery;
import io.aviary.model.ResourceSet;
import io.aviary.model.flagger.CrossNamespaceRef;
import io.aviary.model.flagger.MetricTemplate;
import java.util.Optional;

/** Finds a check's MetricTemplate as Flagger does: by name, in the ref's namespace or else the Canary's. */
final class TemplateLookup {

  /** The template, or why there is none. */
  sealed interface Found {

    record Template(MetricTemplate template) implements Found {}

    record Missing(String reason) implements Found {}
  }

  private TemplateLookup() {}

  static Found find(ResourceSet resources, MetricQuery query) {
    CrossNamespaceRef ref = query.check().template();
    String metric = query.check().name();
    if (ref == null) {
      return new Found.Missing("metric %s has no templateRef; built-in metrics are answered by the embedded "
          .formatted(metric) + "telemetry, not by Prometheus");
    }
    if (ref.name() == null || ref.name().isBlank()) {
      return new Found.Missing("metric %s: templateRef.name is missing".formatted(metric));
    }
    String namespace = ref.namespace() == null || ref.namespace().isBlank()
        ? query.canary().namespace() : ref.namespace();
    Optional<MetricTemplate> template = resources.metricTemplates().stream()
        .filter(t -> t.namespace().equals(namespace) && t.name().equals(ref.name()))
        .findFirst();
    return template.<Found>map(Found.Template::new).orElseGet(() -> new Found.Missing(
        "metric %s: MetricTemplate %s/%s not found".formatted(metric, namespace, ref.name())));
  }
}
