package io.aviary.validation.schema;

import io.aviary.model.load.Manifest;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.Set;

/**
 * Fault injection and mirroring percentages, as Istio validates them. A fault must inject something (an abort
 * and/or a delay). Fault percentages are 0 or within [0.0001, 100], because Envoy counts in millionths; mirror
 * percentages lie within [0, 100].
 */
public final class FaultAndMirrorPercentageRule implements Analyzer {

  private static final double SMALLEST_FAULT_PERCENT = 0.0001;

  @Override
  public Set<String> codes() {
    return Set.of(SchemaValidationError.CODE);
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    for (Manifest manifest : IstioNetworking.ofKind(context, "VirtualService")) {
      for (Located route : IstioNetworking.httpRoutes(manifest)) {
        checkFault(manifest, route.child("fault"), findings);
        checkMirror(manifest, route.child("mirrorPercentage").child("value"), "mirror_percentage", findings);
        for (Located mirror : route.child("mirrors").items()) {
          checkMirror(manifest, mirror.child("percentage").child("value"), "mirror percentage", findings);
        }
      }
    }
  }

  private void checkFault(Manifest manifest, Located fault, Findings findings) {
    if (!fault.present()) {
      return;
    }
    if (!fault.child("abort").present() && !fault.child("delay").present()) {
      report(manifest, fault, "HTTP fault injection must have an abort and/or a delay", findings);
    }
    for (String kind : new String[] {"abort", "delay"}) {
      Located value = fault.child(kind).child("percentage").child("value");
      if (value.node().isNumber()) {
        double percent = value.node().asDouble();
        if (percent < 0 || percent > 100 || (percent > 0 && percent < SMALLEST_FAULT_PERCENT)) {
          report(manifest, value, "percentage %s is neither 0.0, nor in range [0.0001, 100.0]"
              .formatted(GoFloat.format(percent)), findings);
        }
      }
    }
  }

  private void checkMirror(Manifest manifest, Located value, String name, Findings findings) {
    if (!value.node().isNumber()) {
      return;
    }
    double percent = value.node().asDouble();
    if (percent > 100) {
      report(manifest, value, "%s must have a max value of 100 (it has %f)".formatted(name, percent), findings);
    } else if (percent < 0) {
      report(manifest, value, "%s must have a min value of 0 (it has %f)".formatted(name, percent), findings);
    }
  }

  private static void report(Manifest manifest, Located field, String detail, Findings findings) {
    SchemaValidationError.report(findings, manifest.resource(), field.pointer(), detail);
  }
}
