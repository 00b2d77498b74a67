package io.aviary.validation.schema;

import io.aviary.model.load.Manifest;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.HashSet;
import java.util.Set;

/**
 * Names that must be unique inside one resource, because something looks them up by name: a Gateway's server
 * port names and a DestinationRule's subset names (a route naming a duplicated subset would be ambiguous).
 * Messages are Istio's; each repeat is reported at its own line.
 */
public final class UniqueNameRule implements Analyzer {

  @Override
  public Set<String> codes() {
    return Set.of(SchemaValidationError.CODE);
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    for (Manifest gateway : IstioNetworking.ofKind(context, "Gateway")) {
      Set<String> seen = new HashSet<>();
      for (Located server : Located.root(gateway.raw()).child("spec").child("servers").items()) {
        Located name = server.child("port").child("name");
        if (name.node().isString() && !seen.add(name.node().asString())) {
          SchemaValidationError.report(findings, gateway.resource(), name.pointer(),
              "port names in servers must be unique: duplicate name " + name.node().asString());
        }
      }
    }
    for (Manifest rule : IstioNetworking.ofKind(context, "DestinationRule")) {
      Set<String> seen = new HashSet<>();
      for (Located subset : Located.root(rule.raw()).child("spec").child("subsets").items()) {
        Located name = subset.child("name");
        if (name.node().isString() && !seen.add(name.node().asString())) {
          SchemaValidationError.report(findings, rule.resource(), name.pointer(),
              "duplicate subset names: " + name.node().asString());
        }
      }
    }
  }
}
