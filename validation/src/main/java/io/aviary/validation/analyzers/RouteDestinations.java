package io.aviary.validation.analyzers;

import io.aviary.model.istio.Destination;
import io.aviary.model.istio.HttpRoute;
import io.aviary.model.istio.VirtualService;
import java.util.ArrayList;
import java.util.List;

/**
 * Every destination a VirtualService sends or mirrors HTTP traffic to, with the pointer of its {@code host}
 * field, in istioctl's order (routes first, then mirrors), so that host and subset analyzers report the same line
 * for the same destination.
 */
final class RouteDestinations {

  /** A destination, where its {@code host} is written, and whether it only receives mirrored copies. */
  record Located(Destination destination, String hostPointer, boolean mirror) {}

  private RouteDestinations() {}

  static List<Located> of(VirtualService vs) {
    List<Located> found = new ArrayList<>();
    List<HttpRoute> http = vs.spec().http();
    for (int i = 0; i < http.size(); i++) {
      for (int j = 0; j < http.get(i).route().size(); j++) {
        Destination destination = http.get(i).route().get(j).destination();
        if (destination != null) {
          String pointer = JsonPointer.of("spec", "http", i, "route", j, "destination", "host");
          found.add(new Located(destination, pointer, false));
        }
      }
    }
    for (int i = 0; i < http.size(); i++) {
      HttpRoute route = http.get(i);
      if (route.mirror() != null) {
        found.add(new Located(route.mirror(), JsonPointer.of("spec", "http", i, "mirror", "host"), true));
      }
      for (int j = 0; j < route.mirrors().size(); j++) {
        Destination destination = route.mirrors().get(j).destination();
        if (destination != null) {
          String pointer = JsonPointer.of("spec", "http", i, "mirrors", j, "destination", "host");
          found.add(new Located(destination, pointer, true));
        }
      }
    }
    return found;
  }
}
