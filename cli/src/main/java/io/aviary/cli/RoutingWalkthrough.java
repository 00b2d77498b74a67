package io.aviary.cli;

import io.aviary.model.ResourceSet;
import io.aviary.model.load.LoadResult;
import io.aviary.model.load.ManifestLoader;
import io.aviary.routing.ProxyRef;
import io.aviary.routing.RequestView;
import io.aviary.routing.RouteTable;
import io.aviary.routing.RouteTableCompiler;
import io.aviary.routing.SimpleRequest;
import io.aviary.routing.Target;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The seed guide's steps, replayed through the routing engine: the app's base resources with each step's
 * VirtualService in turn, and the share of 10,000 seeded requests each version gets (or, for the A/B steps,
 * where a Chrome user, a test-cookie user and anyone else go). What {@code bin/aviary demo} shows until the
 * live rollout lands.
 */
final class RoutingWalkthrough {

  private static final ProxyRef GATEWAY = ProxyRef.gateway("default", "next-gateway");
  private static final int DRAWS = 10_000;

  private final PrintWriter out;

  RoutingWalkthrough(PrintWriter out) {
    this.out = out;
  }

  /** Returns false when a step's manifests cannot be read. */
  boolean run(Path base, Path steps) throws java.io.IOException {
    List<Path> stepFiles;
    try (Stream<Path> files = Files.list(steps)) {
      stepFiles = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path step : stepFiles) {
      LoadResult loaded = new ManifestLoader("default").load(List.of(base.toString(), step.toString()));
      if (!loaded.readable()) {
        loaded.errors().forEach(error -> out.println("cannot read: " + error));
        return false;
      }
      out.println(describe(step));
      show(RouteTableCompiler.of(loaded.resources()), loaded.resources());
    }
    return true;
  }

  private static String describe(Path step) throws java.io.IOException {
    String first = Files.readAllLines(step).stream().filter(l -> l.startsWith("#")).findFirst().orElse("# " + step);
    return "\n" + step.getFileName() + ": " + first.substring(1).strip();
  }

  private void show(RouteTable table, ResourceSet resources) {
    Map<String, RequestView> visitors = Map.of(
        "Firefox user", request("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", null),
        "Chrome user ", request("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36", null),
        "test cookie ", request("curl/8.5", "theme=dark; user=test"));
    for (String who : List.of("Firefox user", "Chrome user ", "test cookie ")) {
      SampleCounts counts = SampleCounts.draw(table, visitors.get(who), DRAWS, 7);
      out.println("  " + who + " -> " + shares(counts));
    }
  }

  private static RequestView request(String userAgent, String cookie) {
    SimpleRequest.Builder builder = SimpleRequest.builder(GATEWAY, "next.example.com").header("user-agent", userAgent);
    if (cookie != null) {
      builder.header("cookie", cookie);
    }
    return builder.build();
  }

  private static String shares(SampleCounts counts) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<Target, Integer> entry : counts.byTarget().entrySet()) {
      String subset = entry.getKey().subset() == null ? entry.getKey().host().value() : entry.getKey().subset();
      text.append(String.format("%s %5.1f%%  ", subset, 100.0 * entry.getValue() / counts.total()));
    }
    return text.toString().strip();
  }
}
