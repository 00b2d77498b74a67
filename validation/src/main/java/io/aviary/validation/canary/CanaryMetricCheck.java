package io.aviary.validation.canary;

import io.aviary.model.ResourceId;
import io.aviary.model.flagger.Canary;
import io.aviary.model.flagger.CrossNamespaceRef;
import io.aviary.model.flagger.MetricTemplate;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import io.aviary.validation.Level;
import java.util.List;
import java.util.Set;

/**
 * The metrics a Canary's analysis checks must be measurable. AVY0102: a {@code templateRef} must name a
 * MetricTemplate in the input (Aviary cannot query a template it has not been given, so a run would fail on every
 * check). AVY0103: without a template, only Flagger's built-in Istio metrics exist.
 */
public final class CanaryMetricCheck implements Analyzer {

  public static final String TEMPLATE_NOT_FOUND = "AVY0102";
  public static final String UNKNOWN_BUILT_IN = "AVY0103";
  static final List<String> BUILT_IN = List.of("request-success-rate", "request-duration");

  @Override
  public Set<String> codes() {
    return Set.of(TEMPLATE_NOT_FOUND, UNKNOWN_BUILT_IN);
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    for (Canary canary : context.resources().canaries()) {
      Canary.Analysis analysis = canary.spec().analysis();
      if (analysis == null) {
        continue;
      }
      for (int i = 0; i < analysis.metrics().size(); i++) {
        check(context, canary, analysis.metrics().get(i), "/spec/analysis/metrics/" + i, i, findings);
      }
    }
  }

  private void check(
      AnalysisContext context, Canary canary, Canary.Metric metric, String pointer, int index, Findings findings) {
    CrossNamespaceRef ref = metric.templateRef();
    if (ref != null) {
      String namespace = ref.namespace() == null ? canary.namespace() : ref.namespace();
      ResourceId wanted = new ResourceId(MetricTemplate.KIND, namespace, String.valueOf(ref.name()));
      if (context.resources().get(wanted).isEmpty()) {
        findings.report(canary, pointer + "/templateRef/name", TEMPLATE_NOT_FOUND, Level.Error,
            "metrics[%d].templateRef: %s (expected: a MetricTemplate in the input)"
                .formatted(index, wanted.qualifiedName()));
      }
    } else if (!BUILT_IN.contains(String.valueOf(metric.name()))) {
      findings.report(canary, pointer + "/name", UNKNOWN_BUILT_IN, Level.Error,
          "metrics[%d].name: %s (expected: %s, or a templateRef)"
              .formatted(index, metric.name(), String.join(" or ", BUILT_IN)));
    }
  }
}
