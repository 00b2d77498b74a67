package io.aviary.controller.spec;

import java.util.List;

/**
 * Embedded mode's routing: the weights of {@code routes} of the VirtualService {@code virtualService} (all its HTTP
 * routes' stable/canary destinations when empty) move between two subsets of {@code destinationRule}. Routes not
 * listed are the user's and stay as written.
 */
public record SubsetRouting(
    String virtualService, List<String> routes, String destinationRule, String stableSubset, String canarySubset) {

  public SubsetRouting {
    routes = List.copyOf(routes);
  }
}
