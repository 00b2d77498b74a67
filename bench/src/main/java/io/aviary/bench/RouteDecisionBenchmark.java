package io.aviary.bench;

import io.aviary.model.load.ManifestLoader;
import io.aviary.routing.ProxyRef;
import io.aviary.routing.RouteDecision;
import io.aviary.routing.RouteTable;
import io.aviary.routing.RouteTableCompiler;
import io.aviary.routing.SimpleRequest;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One routing decision on a gateway with 1,000 VirtualServices of 10 rules each (9 with a header regex, the
 * last a 90/10 split). The worst case request fails all nine regexes of its host before the split.
 *
 * <p>{@code regexKind}: {@code literal} regexes ({@code .*Chrome-1-2.*}, also with {@code (?i)}) are what users
 * mostly write and the engine answers them without running RE2; {@code re2} ones
 * ({@code .*Chrome-1-2(/[0-9]+)?.*}) must run RE2J when a value may match.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RouteDecisionBenchmark {

  private static final int VIRTUAL_SERVICES = 1_000;
  private static final int RULES = 10;

  @Param({"literal", "re2"})
  public String regexKind;

  private RouteTable table;
  private SimpleRequest fallThrough;
  private SimpleRequest firstRule;
  private final SplittableRandom random = new SplittableRandom(1);

  @Setup
  public void compile() {
    var loaded = new ManifestLoader("default").loadText(manifests(regexKind.equals("re2")), "bench.yaml");
    table = RouteTableCompiler.of(loaded.resources());
    ProxyRef gateway = ProxyRef.gateway("default", "gw");
    fallThrough = SimpleRequest.builder(gateway, "svc-500.example.com").path("/api/items?page=2")
        .header("user-agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0").build();
    firstRule = SimpleRequest.builder(gateway, "svc-500.example.com").path("/api/items")
        .header("user-agent", "Mozilla/5.0 Chrome-500-0 Safari").build();
  }

  @Benchmark
  public RouteDecision decideFallingThroughNineRegexRules() {
    return table.decide(fallThrough, random);
  }

  @Benchmark
  public RouteDecision decideOnTheFirstRule() {
    return table.decide(firstRule, random);
  }

  private static String manifests(boolean needsRe2) {
    StringBuilder yaml = new StringBuilder("""
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata: {name: gw, namespace: default}
        spec:
          servers:
          - port: {number: 80, name: http, protocol: HTTP}
            hosts: ["*"]
        """);
    for (int vs = 0; vs < VIRTUAL_SERVICES; vs++) {
      yaml.append("---\napiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: vs-")
          .append(vs).append(", namespace: default}\nspec:\n  hosts: [svc-").append(vs)
          .append(".example.com]\n  gateways: [gw]\n  http:\n");
      for (int rule = 0; rule < RULES - 1; rule++) {
        yaml.append("  - match: [{uri: {prefix: /api}, headers: {user-agent: {regex: \"")
            .append(".*Chrome-")
            .append(vs).append('-').append(rule).append(needsRe2 ? "(/[0-9]+)?.*" : ".*")
            .append("\"}}}]\n    route: [{destination: {host: svc-")
            .append(vs).append(", subset: v2}}]\n");
      }
      yaml.append("  - route:\n    - {destination: {host: svc-").append(vs)
          .append(", subset: v1}, weight: 90}\n    - {destination: {host: svc-").append(vs)
          .append(", subset: v2}, weight: 10}\n");
    }
    return yaml.toString();
  }
}
