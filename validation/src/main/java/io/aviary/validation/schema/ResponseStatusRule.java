package io.aviary.validation.schema;

import io.aviary.model.load.Manifest;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.Set;

/**
 * Status codes a route answers with itself: a redirect code must be 3xx; a direct response or abort status must
 * lie in 200..599. Istio's Go check lets 600 through, but Envoy rejects it ({@code lt: 600}) and the route would
 * be dropped, so Aviary follows Envoy and Istio's own message, "not in range 200-599".
 */
public final class ResponseStatusRule implements Analyzer {

  @Override
  public Set<String> codes() {
    return Set.of(SchemaValidationError.CODE);
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    for (Manifest manifest : IstioNetworking.ofKind(context, "VirtualService")) {
      for (Located route : IstioNetworking.httpRoutes(manifest)) {
        Located redirectCode = route.child("redirect").child("redirectCode");
        if (redirectCode.node().isIntegralNumber() && !inRange(redirectCode, 300, 399)) {
          report(manifest, redirectCode,
              "%d is not a valid redirect code, must be 3xx".formatted(redirectCode.node().asLong()), findings);
        }
        checkHttpStatus(manifest, route.child("directResponse").child("status"), findings);
        checkHttpStatus(manifest, route.child("fault").child("abort").child("httpStatus"), findings);
      }
    }
  }

  private static void checkHttpStatus(Manifest manifest, Located status, Findings findings) {
    if (status.node().isIntegralNumber() && !inRange(status, 200, 599)) {
      report(manifest, status, "HTTP status %d is not in range 200-599".formatted(status.node().asLong()), findings);
    }
  }

  private static boolean inRange(Located number, long lowest, long highest) {
    long value = number.node().asLong();
    return value >= lowest && value <= highest;
  }

  private static void report(Manifest manifest, Located field, String detail, Findings findings) {
    SchemaValidationError.report(findings, manifest.resource(), field.pointer(), detail);
  }
}
