package io.aviary.validation.schema;

import io.aviary.model.load.Manifest;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.List;
import java.util.Set;

/**
 * Destinations of VirtualService routes and mirrors, as Istio validates them: a host is required and may not be
 * {@code *}; weights may not be negative; and several destinations may not all have weight 0, since then no
 * destination could ever be chosen. A total other than 100 is fine: weights are relative since Istio 1.15.
 */
public final class RouteDestinationRule implements Analyzer {

  private static final List<String> ROUTE_KINDS = List.of("http", "tcp", "tls");

  @Override
  public Set<String> codes() {
    return Set.of(SchemaValidationError.CODE);
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    for (Manifest manifest : IstioNetworking.ofKind(context, "VirtualService")) {
      Located spec = Located.root(manifest.raw()).child("spec");
      for (String kind : ROUTE_KINDS) {
        for (Located rule : spec.child(kind).items()) {
          checkWeightedDestinations(manifest, rule.child("route"), findings);
        }
      }
      for (Located route : spec.child("http").items()) {
        checkHost(manifest, route.child("mirror"), findings);
        for (Located mirror : route.child("mirrors").items()) {
          checkHost(manifest, mirror.child("destination"), findings);
        }
      }
    }
  }

  private void checkWeightedDestinations(Manifest manifest, Located route, Findings findings) {
    List<Located> destinations = route.items();
    long total = 0;
    for (Located destination : destinations) {
      if (!destination.child("destination").present()) {
        report(manifest, destination, "destination is required", findings);
        continue;
      }
      checkHost(manifest, destination.child("destination"), findings);
      Located weight = destination.child("weight");
      if (weight.node().isIntegralNumber()) {
        long value = weight.node().asLong();
        if (value < 0) {
          report(manifest, weight, "weight %d < 0".formatted(value), findings);
        }
        total += value;
      }
    }
    if (destinations.size() > 1 && total == 0) {
      report(manifest, route, "total destination weight = 0", findings);
    }
  }

  private void checkHost(Manifest manifest, Located destination, Findings findings) {
    Located host = destination.child("host");
    if (!host.node().isString()) {
      return;
    }
    String value = host.node().asString();
    if (value.isEmpty()) {
      report(manifest, host, "empty domain name not allowed", findings);
    } else if (value.equals("*")) {
      report(manifest, host, "invalid destination host *", findings);
    }
  }

  private static void report(Manifest manifest, Located field, String detail, Findings findings) {
    SchemaValidationError.report(findings, manifest.resource(), field.pointer(), detail);
  }
}
