package io.aviary.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.model.load.LoadResult;
import io.aviary.model.load.ManifestLoader;
import io.aviary.routing.RouteDecision.Forward;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Test fixture: route tables from files or inline YAML, requests, and measured shares. */
final class Routes {

  static final ProxyRef SEED_GATEWAY = ProxyRef.gateway("default", "next-gateway");
  static final ProxyRef MESH = ProxyRef.mesh("default");

  private Routes() {}

  static RouteTable fromFiles(Path... paths) {
    LoadResult result = new ManifestLoader("default").load(Arrays.stream(paths).map(Path::toString).toList());
    assertThat(result.errors()).isEmpty();
    return RouteTableCompiler.of(result.resources());
  }

  static RouteTable fromFiles(List<Path> base, Path... more) {
    List<Path> all = new java.util.ArrayList<>(base);
    all.addAll(List.of(more));
    return fromFiles(all.toArray(Path[]::new));
  }

  static RouteTable fromYaml(String yaml) {
    LoadResult result = new ManifestLoader("default").loadText(yaml, "inline.yaml");
    assertThat(result.errors()).isEmpty();
    return RouteTableCompiler.of(result.resources());
  }

  static SimpleRequest.Builder request(ProxyRef proxy, String authority) {
    return SimpleRequest.builder(proxy, authority);
  }

  static RouteDecision decide(RouteTable table, SimpleRequest.Builder request) {
    return table.decide(request.build(), new SplittableRandom(1));
  }

  static Forward forward(RouteTable table, SimpleRequest.Builder request) {
    RouteDecision decision = decide(table, request);
    assertThat(decision).isInstanceOf(Forward.class);
    return (Forward) decision;
  }

  /** The share of each subset (or host, without subset) over {@code draws} seeded decisions. */
  static Map<String, Double> shares(RouteTable table, SimpleRequest request, int draws, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < draws; i++) {
      Target target = ((Forward) table.decide(request, random)).destination();
      counts.merge(target.subset() != null ? target.subset() : target.host().value(), 1, Integer::sum);
    }
    Map<String, Double> shares = new HashMap<>();
    counts.forEach((key, count) -> shares.put(key, count / (double) draws));
    return shares;
  }
}
