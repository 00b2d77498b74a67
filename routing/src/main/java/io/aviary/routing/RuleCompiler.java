package io.aviary.routing;

import io.aviary.model.istio.HttpMatchRequest;
import io.aviary.model.istio.HttpRoute;
import io.aviary.model.istio.StringMatch;
import io.aviary.routing.match.MatchBlock;
import io.aviary.routing.match.MatchCompiler;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a VirtualService's {@code http} rules into the Envoy routes one proxy gets ([route.go]
 * {@code BuildHTTPRoutesForVirtualService}): one route per match block that applies to the proxy, in order; a
 * rule whose blocks were all dropped disappears; once a catch-all route is produced the rest is unreachable.
 */
final class RuleCompiler {

  private RuleCompiler() {}

  static List<CompiledRoute> compile(BoundVirtualService bound, ProxyScope scope) {
    List<CompiledRoute> routes = new ArrayList<>();
    List<HttpRoute> rules = bound.resource().spec().http();
    for (int index = 0; index < rules.size(); index++) {
      HttpRoute rule = rules.get(index);
      if (rule.match().isEmpty()) {
        if (bound.gateways().contains(scope.gateway())) {
          routes.add(route(bound, index, rule, -1, null, MatchCompiler.everything()));
          return routes;
        }
        continue;
      }
      for (int m = 0; m < rule.match().size(); m++) {
        HttpMatchRequest match = rule.match().get(m);
        if (!applies(bound, match, scope)) {
          continue;
        }
        MatchBlock block = MatchCompiler.compile(match, scope.isMesh());
        routes.add(route(bound, index, rule, m, match, block));
        if (block.catchAll()) {
          return routes;
        }
      }
    }
    return routes;
  }

  /** Gateway binding per block; at gateways, blocks for another port or for particular clients are dropped. */
  private static boolean applies(BoundVirtualService bound, HttpMatchRequest match, ProxyScope scope) {
    if (!bound.appliesOn(match, scope.gateway())) {
      return false;
    }
    if (scope.isMesh()) {
      return true;
    }
    boolean samePort = match.port() == null || match.port().equals(scope.port());
    boolean anyClient = match.sourceNamespace() == null && match.sourceLabels().isEmpty();
    return samePort && anyClient;
  }

  private static CompiledRoute route(
      BoundVirtualService bound, int index, HttpRoute rule, int matchIndex, @Nullable HttpMatchRequest match, MatchBlock block) {
    String name = routeName(rule.name(), match == null ? null : match.name());
    RouteRef ref = new RouteRef(bound.resource().id(), index, name);
    RouteAction action = ActionCompiler.compile(ref, rule, bound.namespace(), matchedPrefix(match));
    return new CompiledRoute(ref, matchIndex, block, action);
  }

  /** Istio's route name: {@code http.name}, with {@code "." + match.name} when both are set. */
  private static @Nullable String routeName(@Nullable String ruleName, @Nullable String matchName) {
    if (ruleName == null) {
      return null;
    }
    return matchName == null ? ruleName : ruleName + "." + matchName;
  }

  private static @Nullable String matchedPrefix(@Nullable HttpMatchRequest match) {
    StringMatch uri = match == null ? null : match.uri();
    return switch (uri) {
      case null -> "/";
      case StringMatch.Exact exact -> exact.value();
      case StringMatch.Prefix prefix -> prefix.value();
      case StringMatch.Regex ignored -> null;
      case StringMatch.Present ignored -> "/";
    };
  }
}
