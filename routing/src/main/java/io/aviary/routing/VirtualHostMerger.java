package io.aviary.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the routes of one gateway virtual host from every VirtualService that serves its domain ([bp] "Split
 * large virtual services"): each VS's routes in order, the VSs in {@link BoundVirtualService#MERGE_ORDER}, then
 * every catch-all route moved to the end keeping relative order ([route.go] {@code SortVHostRoutes}).
 */
final class VirtualHostMerger {

  private VirtualHostMerger() {}

  static List<CompiledRoute> merge(List<BoundVirtualService> services, ProxyScope scope) {
    List<CompiledRoute> specific = new ArrayList<>();
    List<CompiledRoute> catchAll = new ArrayList<>();
    for (BoundVirtualService bound : services.stream().sorted(BoundVirtualService.MERGE_ORDER).toList()) {
      for (CompiledRoute route : RuleCompiler.compile(bound, scope)) {
        (route.block().catchAll() ? catchAll : specific).add(route);
      }
    }
    specific.addAll(catchAll);
    return specific;
  }
}
