package io.aviary.adapters.prometheus;

import java.util.Map;

/**
 * The values Flagger offers a MetricTemplate's query: {@code name} and {@code namespace} of the Canary, the
 * {@code target} workload, the check's {@code interval} as a PromQL duration, and the Canary's
 * {@code templateVariables}. Flagger falls back to the target for {@code service}, {@code ingress} and {@code route}
 * when the Canary names none, which embedded mode never does.
 */
record TemplateModel(String name, String namespace, String target, String interval, Map<String, String> variables) {

  TemplateModel {
    variables = Map.copyOf(variables);
  }
}
