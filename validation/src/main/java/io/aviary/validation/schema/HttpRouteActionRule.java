package io.aviary.validation.schema;

import io.aviary.model.load.Manifest;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.Set;

/**
 * What an HTTP route does must be unambiguous, as Istio requires: forward ({@code route}), {@code redirect},
 * {@code directResponse} or {@code delegate}, and the actions that cannot go together are rejected with Istio's
 * messages (a redirect with a route, fault or rewrite; a direct response with a route, fault or rewrite; a
 * delegating root rule with a route or redirect; both {@code mirror} and {@code mirrors}).
 */
public final class HttpRouteActionRule implements Analyzer {

  @Override
  public Set<String> codes() {
    return Set.of(SchemaValidationError.CODE);
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    for (Manifest manifest : IstioNetworking.ofKind(context, "VirtualService")) {
      for (Located route : IstioNetworking.httpRoutes(manifest)) {
        checkActions(manifest, route, findings);
        if (route.child("mirror").present() && !route.child("mirrors").items().isEmpty()) {
          report(manifest, route.child("mirrors"), "HTTP route cannot contain both mirror and mirrors", findings);
        }
      }
    }
  }

  private void checkActions(Manifest manifest, Located route, Findings findings) {
    boolean forwards = !route.child("route").items().isEmpty();
    if (route.child("delegate").present()) {
      String name = route.child("name").node().asString("");
      conflict(manifest, route, "redirect", "root HTTP route " + name + " must not specify redirect", findings);
      if (forwards) {
        report(manifest, route.child("route"), "root HTTP route " + name + " must not specify route", findings);
      }
    } else if (route.child("redirect").present()) {
      if (forwards) {
        report(manifest, route.child("route"), "HTTP route cannot contain both route and redirect", findings);
      }
      conflict(manifest, route, "fault", "HTTP route cannot contain both fault and redirect", findings);
      conflict(manifest, route, "rewrite", "HTTP route rule cannot contain both rewrite and redirect", findings);
      conflict(manifest, route, "directResponse",
          "HTTP route rule cannot contain both direct_response and redirect", findings);
    } else if (route.child("directResponse").present()) {
      if (forwards) {
        report(manifest, route.child("route"), "HTTP route cannot contain both route and direct_response", findings);
      }
      conflict(manifest, route, "fault", "HTTP route cannot contain both fault and direct_response", findings);
      conflict(manifest, route, "rewrite", "HTTP route rule cannot contain both rewrite and direct_response",
          findings);
    } else if (!forwards) {
      report(manifest, route, "HTTP route, redirect or direct_response is required", findings);
    }
  }

  private static void conflict(Manifest manifest, Located route, String field, String detail, Findings findings) {
    if (route.child(field).present()) {
      report(manifest, route.child(field), detail, findings);
    }
  }

  private static void report(Manifest manifest, Located field, String detail, Findings findings) {
    SchemaValidationError.report(findings, manifest.resource(), field.pointer(), detail);
  }
}
