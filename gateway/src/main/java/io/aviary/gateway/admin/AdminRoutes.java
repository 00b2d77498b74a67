package io.aviary.gateway.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The admin API's routes by method and path. Routes marked as mutating require the bearer token; a path
 * ending in {@code /*} matches any sub-path (e.g. {@code /canaries/*}).
 */
public final class AdminRoutes {

  record Route(AdminEndpoint endpoint, boolean mutating) {}

  private final Map<String, Route> routes = new LinkedHashMap<>();

  public AdminRoutes read(String path, AdminEndpoint endpoint) {
    routes.put("GET " + path, new Route(endpoint, false));
    return this;
  }

  public AdminRoutes write(String method, String path, AdminEndpoint endpoint) {
    routes.put(method + " " + path, new Route(endpoint, true));
    return this;
  }

  Optional<Route> find(String method, String path) {
    Route exact = routes.get(method + " " + path);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (var entry : routes.entrySet()) {
      String key = entry.getKey();
      if (key.endsWith("/*") && (method + " " + path).startsWith(key.substring(0, key.length() - 1))) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  boolean hasPath(String path) {
    return routes.keySet().stream().anyMatch(k -> k.substring(k.indexOf(' ') + 1).equals(path));
  }
}
