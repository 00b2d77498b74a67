package io.aviary.controller.spec;

import java.util.List;

/**
 * Embedded mode's routing: the weights of {@code routes} of the VirtualService {@code virtualService} (when empty,
 * its catch-all routes, those without {@code match}, that send to either subset) move between two subsets of
 * {@code destinationRule}. Other routes, such as the user's header and cookie rules, stay as written.
 */
public record SubsetRouting(
    String virtualService, List<String> routes, String destinationRule, String stableSubset, String canarySubset) {

  public SubsetRouting {
    routes = List.copyOf(routes);
  }
}
