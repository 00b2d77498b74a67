package io.aviary.embedded.traffic;

import io.aviary.model.istio.Destination;
import io.aviary.model.istio.HeaderOperations;
import io.aviary.model.istio.Headers;
import io.aviary.model.istio.HttpMatchRequest;
import io.aviary.model.istio.HttpRoute;
import io.aviary.model.istio.Percent;
import io.aviary.model.istio.RouteDestination;
import io.aviary.model.istio.StringMatch;
import io.aviary.model.istio.VirtualService;
import io.aviary.embedded.traffic.TrafficIntent.Affinity;
import io.aviary.embedded.traffic.TrafficIntent.CanaryRouting;
import io.aviary.embedded.traffic.TrafficIntent.ManualWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Applies a {@link TrafficIntent} to the user's VirtualService (as its file has it): a pure function. Routes the
 * intent does not target are returned as written; routes it inserted itself carry its marker name and are
 * replaced, never duplicated, should it meet its own output.
 */
public final class RouteRewriter {

  private RouteRewriter() {}

  public static VirtualService apply(VirtualService service, TrafficIntent intent) {
    List<HttpRoute> routes = switch (intent) {
      case CanaryRouting canary -> canaryRoutes(service.spec().http(), canary);
      case ManualWeights manual -> manualRoutes(service.spec().http(), manual);
    };
    VirtualService.Spec spec = service.spec();
    return new VirtualService(service.apiVersion(), service.metadata(),
        new VirtualService.Spec(spec.hosts(), spec.gateways(), routes, spec.tls(), spec.tcp(), spec.exportTo()),
        service.origin());
  }

  private static List<HttpRoute> canaryRoutes(List<HttpRoute> written, CanaryRouting intent) {
    String marker = "aviary-" + intent.owner() + "-";
    List<HttpRoute> out = new ArrayList<>();
    boolean inserted = false;
    for (HttpRoute route : written) {
      if (route.name() != null && route.name().startsWith(marker)) {
        continue;
      }
      if (!targeted(route, intent.routes(), Set.of(intent.stableSubset(), intent.canarySubset()))) {
        out.add(route);
        continue;
      }
      Destination template = route.route().getFirst().destination();
      if (!inserted) {
        out.addAll(insertedRoutes(route, template, intent, marker));
        inserted = true;
      }
      out.add(weighted(route, template, intent));
    }
    return out;
  }

  /** Routes placed before the first targeted one: A/B matches and sticky users go to the canary first. */
  private static List<HttpRoute> insertedRoutes(HttpRoute base, Destination template, CanaryRouting intent,
      String marker) {
    List<HttpRoute> inserted = new ArrayList<>();
    if (!intent.match().isEmpty()) {
      inserted.add(withRoute(base, marker + "ab", intent.match(),
          split(template, intent.stableSubset(), intent.canarySubset(), intent.canaryWeight(), null), null, 0));
    }
    Affinity affinity = intent.affinity();
    if (affinity != null && intent.canaryWeight() > 0 && intent.match().isEmpty()) {
      HttpMatchRequest sticky = cookieMatch(affinity);
      inserted.add(withRoute(base, marker + "affinity", List.of(sticky),
          List.of(new RouteDestination(subset(template, intent.canarySubset()), 100, Headers.NONE)), null, 0));
    }
    return inserted;
  }

  private static HttpRoute weighted(HttpRoute route, Destination template, CanaryRouting intent) {
    if (!intent.match().isEmpty()) {
      return withRoute(route, route.name(), route.match(),
          List.of(new RouteDestination(subset(template, intent.stableSubset()), 100, Headers.NONE)), null, 0);
    }
    List<RouteDestination> split =
        split(template, intent.stableSubset(), intent.canarySubset(), intent.canaryWeight(), intent.affinity());
    if (intent.mirrorPercent() == 0) {
      return withRoute(route, route.name(), route.match(), split, null, -1);
    }
    Destination mirror = subset(template, intent.canarySubset());
    return withRoute(route, route.name(), route.match(), split, mirror, intent.mirrorPercent());
  }

  private static List<RouteDestination> split(Destination template, String stable, String canary, int canaryWeight,
      @Nullable Affinity affinity) {
    Headers canaryHeaders = affinity == null ? Headers.NONE : new Headers(HeaderOperations.NONE,
        new HeaderOperations(Map.of(), Map.of("Set-Cookie", affinity.cookieName() + "=" + affinity.value()
            + "; Max-Age=" + affinity.maxAge().toSeconds()), List.of()));
    return List.of(
        new RouteDestination(subset(template, stable), 100 - canaryWeight, Headers.NONE),
        new RouteDestination(subset(template, canary), canaryWeight, canaryHeaders));
  }

  private static HttpMatchRequest cookieMatch(Affinity affinity) {
    StringMatch cookie = new StringMatch.Regex(".*" + affinity.cookieName() + "=" + affinity.value() + ".*");
    return new HttpMatchRequest(null, null, null, null, null, Map.of("cookie", cookie), null, null, null, null, null,
        null, null, null);
  }

  private static List<HttpRoute> manualRoutes(List<HttpRoute> written, ManualWeights intent) {
    List<HttpRoute> out = new ArrayList<>();
    for (HttpRoute route : written) {
      if (!targeted(route, intent.routes(), intent.weights().keySet())) {
        out.add(route);
        continue;
      }
      Destination template = route.route().getFirst().destination();
      List<RouteDestination> destinations = new ArrayList<>();
      intent.weights().forEach((name, weight) -> {
        if (weight > 0) {
          destinations.add(new RouteDestination(subset(template, name), weight, Headers.NONE));
        }
      });
      out.add(withRoute(route, route.name(), route.match(), destinations, route.mirror(), -1));
    }
    return out;
  }

  /**
   * Whether an intent owns {@code route}: by name when names are given, otherwise a catch-all route (no
   * {@code match}) that forwards to any of {@code subsets} of one host. Routes with match conditions are the
   * user's A/B rules and stay as written, through rollback and promotion too.
   */
  private static boolean targeted(HttpRoute route, List<String> names, Set<String> subsets) {
    if (route.route().isEmpty()) {
      return false;
    }
    if (!names.isEmpty()) {
      return route.name() != null && names.contains(route.name());
    }
    if (!route.match().isEmpty()) {
      return false;
    }
    String host = route.route().getFirst().destination().host();
    return route.route().stream().map(RouteDestination::destination).allMatch(d -> d.host().equals(host))
        && route.route().stream().anyMatch(d -> subsets.contains(d.destination().subset()));
  }

  private static Destination subset(Destination template, String subset) {
    return new Destination(template.host(), subset, template.port());
  }

  /**
   * {@code route} with new destinations; a mirror percent of -1 keeps the route's own mirror settings, 0 removes
   * a mirror this rewriter would have added.
   */
  private static HttpRoute withRoute(HttpRoute route, @Nullable String name, List<HttpMatchRequest> match,
      List<RouteDestination> destinations, @Nullable Destination mirror, int mirrorPercent) {
    boolean keepMirror = mirrorPercent < 0;
    return new HttpRoute(name, match, destinations, route.redirect(), route.directResponse(), route.delegate(),
        route.rewrite(), route.timeout(), route.retries(), route.fault(),
        keepMirror ? route.mirror() : mirror, keepMirror ? route.mirrors() : List.of(),
        keepMirror ? route.mirrorPercentage() : (mirror == null ? null : new Percent(mirrorPercent)),
        keepMirror ? route.mirrorPercent() : null, route.corsPolicy(), route.headers());
  }
}
