package io.aviary.bench;

import io.aviary.model.load.ManifestLoader;
import io.aviary.routing.ProxyRef;
import io.aviary.routing.RouteDecision;
import io.aviary.routing.RouteTable;
import io.aviary.routing.RouteTableCompiler;
import io.aviary.routing.SimpleRequest;
import io.aviary.testkit.SampleManifests;
import java.util.ArrayList;
import java.util.List;
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
 * One routing decision on the seed guide's own manifests (Service, Gateway, DestinationRule and one step's
 * VirtualService), for a Firefox user: the 90/10 split, and the Chrome A/B step where the header regex is tested
 * first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SeedRouteDecisionBenchmark {

  @Param({"next-virtual-service-90-10.yaml", "next-virtual-service-chrome-v2.yaml"})
  public String step;

  private RouteTable table;
  private SimpleRequest firefox;
  private final SplittableRandom random = new SplittableRandom(1);

  @Setup
  public void compile() {
    List<String> files = new ArrayList<>();
    SampleManifests.seedBase().forEach(path -> files.add(path.toString()));
    files.add(SampleManifests.seed(step).toString());
    table = RouteTableCompiler.of(new ManifestLoader("default").load(files).resources());
    firefox = SimpleRequest.builder(ProxyRef.gateway("default", "next-gateway"), "next.example.com")
        .header("user-agent", "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")
        .build();
  }

  @Benchmark
  public RouteDecision decideOnTheSeedGuide() {
    return table.decide(firefox, random);
  }
}
