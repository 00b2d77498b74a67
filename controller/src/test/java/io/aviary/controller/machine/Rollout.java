package io.aviary.controller.machine;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.controller.action.Action;
import io.aviary.controller.observe.Observations;
import io.aviary.controller.observe.QueryResult;
import io.aviary.controller.spec.CanarySpec;
import io.aviary.controller.spec.CanarySpecResolver;
import io.aviary.controller.spec.Resolution;
import io.aviary.controller.status.CanaryStatus;
import io.aviary.controller.status.Phase;
import io.aviary.model.aviary.Canary;
import io.aviary.model.load.LoadResult;
import io.aviary.model.load.ManifestLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Drives the machine through a rollout, one interval per tick, as the scheduler would; keeps status between ticks. */
final class Rollout {

  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final String V2 = "v2@version=v2";

  private final CanaryStateMachine machine = new CanaryStateMachine();
  final CanarySpec spec;
  CanaryStatus status;
  Instant now = START;
  Step last;
  /** How far each tick moves the clock: the interval, as Flagger ticks, unless a test ticks faster. */
  Duration tickLength;

  Rollout(CanarySpec spec) {
    this.spec = spec;
    this.status = CanaryStatus.initial(spec.routing().stableSubset(), spec.routing().canarySubset(), START);
    this.tickLength = spec.analysis().interval();
  }

  /** A Canary on the seed's subsets (stable v1, canary v2) whose {@code spec.analysis} is {@code analysis}. */
  static Rollout of(String analysis) {
    return new Rollout(resolve("""
        apiVersion: aviary.io/v1alpha1
        kind: Canary
        metadata: {name: next-canary, namespace: default}
        spec:
          trafficRouting:
            istio:
              virtualService: {name: next-virtual-service}
              destinationRule: {name: next-destination-rule, stableSubsetName: v1, canarySubsetName: v2}
          analysis:
        """ + analysis.indent(4)));
  }

  static Rollout ofFile(Path file) {
    LoadResult loaded = new ManifestLoader("default").load(List.of(file.toString()));
    return new Rollout(resolved((Canary) loaded.manifests().getFirst().resource()));
  }

  static CanarySpec resolve(String yaml) {
    LoadResult loaded = new ManifestLoader("default").loadText(yaml, "canary.yaml");
    return resolved((Canary) loaded.manifests().getFirst().resource());
  }

  private static CanarySpec resolved(Canary canary) {
    Resolution resolution = new CanarySpecResolver().resolve(canary);
    assertThat(resolution).isInstanceOf(Resolution.Resolved.class);
    return ((Resolution.Resolved) resolution).spec();
  }

  /** The canary's metrics all within the seed's ranges. */
  static Observations healthy() {
    return Observations.of(V2)
        .withMetric("request-success-rate", new QueryResult.Value(100))
        .withMetric("request-duration", new QueryResult.Value(120));
  }

  static Observations noData() {
    return Observations.of(V2)
        .withMetric("request-success-rate", new QueryResult.NoData())
        .withMetric("request-duration", new QueryResult.NoData());
  }

  static Observations failing() {
    return Observations.of(V2)
        .withMetric("request-success-rate", new QueryResult.Value(90))
        .withMetric("request-duration", new QueryResult.Value(120));
  }

  Step tick(Observations observations) {
    last = machine.step(spec, status, observations, now);
    status = last.nextStatus();
    now = now.plus(tickLength);
    return last;
  }

  /** Ticks, then asserts the phase and canary weight the tick ended in. */
  Rollout expect(Observations observations, Phase phase, int canaryWeight) {
    tick(observations);
    assertThat(status.phase()).as("phase after tick at %s", now).isEqualTo(phase);
    assertThat(status.canaryWeight()).as("canary weight after tick at %s", now).isEqualTo(canaryWeight);
    return this;
  }

  <T extends Action> List<T> actions(Class<T> type) {
    return last.actions().stream().filter(type::isInstance).map(type::cast).toList();
  }
}
