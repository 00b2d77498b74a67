package io.aviary.embedded.control;

import io.aviary.embedded.state.StateDirectory;
import io.aviary.embedded.traffic.RouteRewriter;
import io.aviary.embedded.traffic.TrafficIntent;
import io.aviary.embedded.traffic.TrafficIntents;
import io.aviary.model.ResourceId;
import io.aviary.model.ResourceSet;
import io.aviary.model.aviary.Canary;
import io.aviary.model.istio.DestinationRule;
import io.aviary.model.istio.HostName;
import io.aviary.model.istio.RouteDestination;
import io.aviary.model.istio.VirtualService;
import io.aviary.store.ConfigStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code aviary set-weight}: the seed guide's manual weight steps. A request is checked whole (weights 0..100
 * summing to 100, subsets defined by a DestinationRule of the route's host, at least one route targeted, no Canary
 * owning the VirtualService), then saved to the state directory and put in force; a refused request changes
 * nothing.
 */
public final class ManualWeightsService {

  private final ConfigStore store;
  private final TrafficIntents intents;
  private final StateDirectory state;

  public ManualWeightsService(ConfigStore store, TrafficIntents intents, StateDirectory state) {
    this.store = store;
    this.intents = intents;
    this.state = state;
  }

  /** @return the problems that refused the request; empty when it is in force */
  public List<String> apply(ResourceId virtualService, ManualWeightsRequest request) {
    ResourceSet resources = store.current().resources();
    if (!(resources.get(virtualService).orElse(null) instanceof VirtualService service)) {
      return List.of(virtualService + " not found");
    }
    Optional<String> owner = owningCanary(resources, virtualService);
    if (owner.isPresent()) {
      return List.of("%s is routed by Canary %s; use promote, rollback, pause or resume on it"
          .formatted(virtualService, owner.get()));
    }
    if (request.clear()) {
      state.removeWeights(virtualService);
      intents.remove(virtualService, store, "set-weight --clear");
      return List.of();
    }
    TrafficIntent.ManualWeights intent = new TrafficIntent.ManualWeights(virtualService,
        request.routes() == null ? List.of() : request.routes(),
        request.weights() == null ? Map.of() : request.weights());
    List<String> problems = check(resources, service, intent);
    if (problems.isEmpty()) {
      state.save(intent);
      intents.put(intent, store, "set-weight");
    }
    return problems;
  }

  private static List<String> check(ResourceSet resources, VirtualService service, TrafficIntent.ManualWeights intent) {
    List<String> problems = new ArrayList<>();
    int sum = 0;
    for (var entry : intent.weights().entrySet()) {
      if (entry.getValue() < 0 || entry.getValue() > 100) {
        problems.add("weight of %s: %d (expected: 0..100)".formatted(entry.getKey(), entry.getValue()));
      }
      sum += entry.getValue();
    }
    if (intent.weights().isEmpty() || sum != 100) {
      problems.add("weights: %s sum to %d (expected: 100)".formatted(intent.weights(), sum));
    }
    VirtualService rewritten = RouteRewriter.apply(service, intent);
    if (rewritten.equals(service) && problems.isEmpty()) {
      problems.add("no route of %s matched (expected: a route without match conditions that sends to %s%s)"
          .formatted(service.id(), intent.weights().keySet(),
              intent.routes().isEmpty() ? "" : ", among routes " + intent.routes()));
    }
    for (var route : rewritten.spec().http()) {
      for (RouteDestination destination : route.route()) {
        undefinedSubset(resources, service.namespace(), destination).ifPresent(problem -> {
          if (!problems.contains(problem)) {
            problems.add(problem);
          }
        });
      }
    }
    return problems;
  }

  private static Optional<String> undefinedSubset(ResourceSet resources, String namespace, RouteDestination target) {
    String subset = target.destination().subset();
    if (subset == null) {
      return Optional.empty();
    }
    HostName host = HostName.resolve(target.destination().host(), namespace);
    for (DestinationRule rule : resources.destinationRules()) {
      if (HostName.resolve(rule.spec().host(), rule.namespace()).equals(host)) {
        return rule.spec().subset(subset).isPresent() ? Optional.empty() : Optional.of(
            "subset %s is not defined by DestinationRule %s (subsets: %s)".formatted(subset,
                rule.id().qualifiedName(), rule.spec().subsets().stream().map(DestinationRule.Subset::name).toList()));
      }
    }
    return Optional.of("no DestinationRule defines subsets for host " + host.value());
  }

  private static Optional<String> owningCanary(ResourceSet resources, ResourceId virtualService) {
    for (Canary canary : resources.ofType(Canary.class)) {
      var routing = canary.spec().trafficRouting();
      var istio = routing == null ? null : routing.istio();
      var vs = istio == null ? null : istio.virtualService();
      if (vs != null && virtualService.name().equals(vs.name())
          && canary.namespace().equals(virtualService.namespace())) {
        return Optional.of(canary.id().qualifiedName());
      }
    }
    return Optional.empty();
  }
}
