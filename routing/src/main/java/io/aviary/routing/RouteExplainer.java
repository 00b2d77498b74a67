package io.aviary.routing;

import io.aviary.model.istio.HostName;
import io.aviary.routing.RouteDecision.NoRoute;
import io.aviary.routing.host.Authority;
import io.aviary.routing.match.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Replays a decision slowly, with words: which virtual host was chosen, which rules were tried and the first
 * condition each one failed, and, when nothing matched, which VirtualServices would have served the host had
 * the request come through another gateway. Not for the request path: it allocates freely.
 */
public final class RouteExplainer {

  private final RouteTable table;

  public RouteExplainer(RouteTable table) {
    this.table = table;
  }

  public Explanation explain(RequestView request, RandomGenerator random) {
    RouteDecision decision = table.decide(request, random);
    VirtualHost host = table.virtualHost(request);
    List<String> steps = new ArrayList<>();
    if (host.domain().isEmpty()) {
      steps.add(host.unmatched().detail());
    } else {
      steps.add("virtual host \"" + host.domain() + "\" on " + where(request));
      walkRoutes(request, host, steps);
    }
    List<String> hints = decision instanceof NoRoute ? hints(request) : List.of();
    return new Explanation(decision, steps, hints);
  }

  private static void walkRoutes(RequestView request, VirtualHost host, List<String> steps) {
    for (CompiledRoute route : host.routes()) {
      RouteRef ref = route.ref();
      if (ref == null) {
        steps.add("no VirtualService covers this host: Istio's default route to the service itself");
        return;
      }
      String rule = ref.label() + " of VirtualService " + ref.virtualService().qualifiedName()
          + (route.matchIndex() < 0 ? "" : " match #" + route.matchIndex());
      Condition failed = route.block().firstFailure(request);
      if (failed == null) {
        steps.add("matched " + rule + (route.matchIndex() < 0 ? " (a rule without match accepts everything)" : ""));
        if (route.action() instanceof RouteAction.ForwardTo forward && forward.picker().choices().size() > 1) {
          steps.add("weighted split: " + split(forward.picker()));
        }
        return;
      }
      steps.add(rule + ": " + failed.failure(request));
    }
    steps.add("no rule matched: 404 NR");
  }

  private static String split(WeightedPicker picker) {
    List<String> shares = new ArrayList<>();
    List<RouteDecision.Forward> choices = picker.choices();
    for (int i = 0; i < choices.size(); i++) {
      Target target = choices.get(i).destination();
      shares.add(target.host().value() + (target.subset() == null ? "" : " subset " + target.subset())
          + String.format(java.util.Locale.ROOT, " %.1f%%", 100 * picker.share(i)));
    }
    return String.join(", ", shares);
  }

  private List<String> hints(RequestView request) {
    String wanted = requestHost(request);
    String here = request.proxy() instanceof ProxyRef.AtGateway gateway ? gateway.toString() : ProxyRef.MESH;
    List<String> hints = new ArrayList<>();
    for (BoundVirtualService vs : table.virtualServices()) {
      if (vs.hosts().stream().noneMatch(host -> host.covers(wanted))) {
        continue;
      }
      String name = vs.resource().id().qualifiedName();
      if (vs.everyGateway().contains(here)) {
        hints.add("VirtualService " + name + " serves " + wanted + " and is bound to " + here
            + ", but no server host of that Gateway (after namespace filtering) admits it, or no rule matched");
      } else {
        List<String> gateways = vs.everyGateway().stream().sorted().toList();
        hints.add("VirtualService " + name + " serves " + wanted + " but is bound to " + gateways
            + "; try --gateway " + gateways.getFirst());
      }
    }
    return hints;
  }

  private static String requestHost(RequestView request) {
    String host = Authority.host(request.authority());
    if (request.proxy() instanceof ProxyRef.InMesh client) {
      return HostName.resolve(host, client.namespace()).value();
    }
    return new HostName(host).value();
  }

  private static String where(RequestView request) {
    return request.proxy() instanceof ProxyRef.AtGateway gateway
        ? "Gateway " + gateway + (request.port() == null ? "" : " port " + request.port())
        : "the mesh (client namespace " + ((ProxyRef.InMesh) request.proxy()).namespace() + ")";
  }
}
