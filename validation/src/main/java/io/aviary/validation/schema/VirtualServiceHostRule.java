package io.aviary.validation.schema;

import io.aviary.model.load.Manifest;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which requests a VirtualService can apply to. A mesh-bound VirtualService may not claim every host ({@code *}).
 * One without hosts is a delegate: it must have no gateways, tls or tcp routes (Istio's rules), and some rule of a
 * root VirtualService in the input must delegate to it, otherwise none of its routes can ever be used (Aviary's
 * rule: Istio cannot know, Aviary validates a complete configuration). Each needs http, tcp or tls routes.
 */
public final class VirtualServiceHostRule implements Analyzer {

  private static final String MESH = "mesh";

  @Override
  public Set<String> codes() {
    return Set.of(SchemaValidationError.CODE);
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    List<Manifest> virtualServices = IstioNetworking.ofKind(context, "VirtualService");
    Set<String> delegated = delegateTargets(virtualServices);
    for (Manifest manifest : virtualServices) {
      Located spec = Located.root(manifest.raw()).child("spec");
      List<Located> hosts = spec.child("hosts").items();
      if (hosts.isEmpty()) {
        checkDelegate(manifest, spec, delegated, findings);
      } else if (appliesToMesh(spec.child("gateways"))) {
        hosts.stream().filter(host -> "*".equals(host.node().asString(""))).forEach(host -> report(manifest, host,
            "wildcard host * is not allowed for virtual services bound to the mesh gateway", findings));
      }
      if (List.of("http", "tcp", "tls").stream().allMatch(kind -> spec.child(kind).items().isEmpty())) {
        report(manifest, spec, "http, tcp or tls must be provided in virtual service", findings);
      }
    }
  }

  private void checkDelegate(Manifest manifest, Located spec, Set<String> delegated, Findings findings) {
    for (String field : List.of("gateways", "tls", "tcp")) {
      if (!spec.child(field).items().isEmpty()) {
        String what = field.equals("gateways") ? "gateways" : field + " route";
        report(manifest, spec.child(field), "delegate virtual service must have no " + what + " specified", findings);
      }
    }
    String self = manifest.resource().namespace() + "/" + manifest.resource().name();
    if (!delegated.contains(self)) {
      report(manifest, spec, "virtual service has no hosts and no virtual service in the input delegates to it",
          findings);
    }
  }

  /** {@code namespace/name} of every VirtualService some root rule delegates to. */
  private static Set<String> delegateTargets(List<Manifest> virtualServices) {
    Set<String> targets = new HashSet<>();
    for (Manifest root : virtualServices) {
      for (Located route : IstioNetworking.httpRoutes(root)) {
        Located delegate = route.child("delegate");
        if (delegate.present()) {
          String namespace = delegate.child("namespace").node().asString(root.resource().namespace());
          targets.add(namespace + "/" + delegate.child("name").node().asString(""));
        }
      }
    }
    return targets;
  }

  private static boolean appliesToMesh(Located gateways) {
    List<Located> names = gateways.items();
    return names.isEmpty() || names.stream().anyMatch(name -> MESH.equals(name.node().asString("")));
  }

  private static void report(Manifest manifest, Located field, String detail, Findings findings) {
    SchemaValidationError.report(findings, manifest.resource(), field.pointer(), detail);
  }
}
