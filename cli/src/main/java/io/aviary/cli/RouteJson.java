package io.aviary.cli;

import io.aviary.routing.ProxyRef;
import io.aviary.routing.RouteDecision;
import io.aviary.routing.RouteRef;
import io.aviary.routing.Target;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a decision: {@code gateway, virtualService, route {index, name}, action, status,
 * destination {host, subset, port}} and, with samples, {@code samples [{host, subset, port, count}]}.
 */
final class RouteJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private RouteJson() {}

  static String render(ProxyRef proxy, RouteDecision decision, @Nullable SampleCounts samples) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("gateway", proxy.toString());
    RouteRef ref = route(decision);
    if (ref == null) {
      root.putNull("virtualService");
      root.putNull("route");
    } else {
      root.put("virtualService", ref.virtualService().qualifiedName());
      ObjectNode route = root.putObject("route");
      route.put("index", ref.index());
      route.put("name", ref.name());
    }
    root.put("action", action(decision));
    switch (decision) {
      case RouteDecision.Redirect redirect -> root.put("status", redirect.status());
      case RouteDecision.DirectResponse direct -> root.put("status", direct.status());
      default -> root.putNull("status");
    }
    if (decision instanceof RouteDecision.Forward forward) {
      target(root.putObject("destination"), forward.destination());
    } else {
      root.putNull("destination");
    }
    if (samples != null) {
      ArrayNode array = root.putArray("samples");
      samples.byTarget().forEach((target, count) -> target(array.addObject(), target).put("count", count));
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static ObjectNode target(ObjectNode node, Target target) {
    node.put("host", target.host().value());
    node.put("subset", target.subset());
    node.put("port", target.port());
    return node;
  }

  static @Nullable RouteRef route(RouteDecision decision) {
    return switch (decision) {
      case RouteDecision.Forward forward -> forward.route();
      case RouteDecision.Redirect redirect -> redirect.route();
      case RouteDecision.DirectResponse direct -> direct.route();
      case RouteDecision.NoRoute ignored -> null;
    };
  }

  static String action(RouteDecision decision) {
    return switch (decision) {
      case RouteDecision.Forward ignored -> "forward";
      case RouteDecision.Redirect ignored -> "redirect";
      case RouteDecision.DirectResponse ignored -> "directResponse";
      case RouteDecision.NoRoute ignored -> "noRoute";
    };
  }
}
