package io.aviary.validation.schema;

import io.aviary.model.load.Manifest;
import io.aviary.validation.AnalysisContext;
import java.util.List;

/**
 * Selects the manifests Istio's networking validation applies to, by {@code apiVersion} and {@code kind} of the
 * raw tree, so that value rules also see resources whose typed decoding failed.
 */
final class IstioNetworking {

  private static final String GROUP = "networking.istio.io/";

  private IstioNetworking() {}

  static List<Manifest> ofKind(AnalysisContext context, String kind) {
    return context.manifests().stream()
        .filter(m -> m.raw().path("apiVersion").asString("").startsWith(GROUP))
        .filter(m -> kind.equals(m.raw().path("kind").asString("")))
        .toList();
  }

  /** The {@code http} routes of a VirtualService manifest. */
  static List<Located> httpRoutes(Manifest virtualService) {
    return Located.root(virtualService.raw()).child("spec").child("http").items();
  }
}
