package io.aviary.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.aviary.model.load.ManifestLoader;
import io.aviary.simulation.report.ScenarioResult;
import io.aviary.simulation.traffic.Scenario;
import io.aviary.simulation.traffic.Scenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

  @Test
  void theSameSeedGivesTheSameFiguresOnOneThreadOrTwo() {
    List<Scenario> scenarios = List.of(scenario("H3"), scenario("E2"), scenario("F1"));
    var canary = SimulatedCanary.defaultCanary();

    List<ScenarioResult> one = Simulation.run(new SimulationSettings(canary, 40, 7, scenarios, 1));
    List<ScenarioResult> two = Simulation.run(new SimulationSettings(canary, 40, 7, scenarios, 2));

    assertThat(two).isEqualTo(one);
  }

  @Test
  void anotherSeedGivesOtherTraffic() {
    var canary = SimulatedCanary.defaultCanary();
    List<Scenario> h3 = List.of(scenario("H3"));
    List<ScenarioResult> a = Simulation.run(new SimulationSettings(canary, 200, 1, h3, 2));
    List<ScenarioResult> b = Simulation.run(new SimulationSettings(canary, 200, 2, h3, 2));
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void reportsEachScenarioUnderTheThreePoliciesInOrder() {
    List<ScenarioResult> results = Simulation.run(
        new SimulationSettings(SimulatedCanary.defaultCanary(), 5, 1, List.of(scenario("H1"), scenario("E3")), 2));
    assertThat(results).extracting(ScenarioResult::scenario, ScenarioResult::policy).containsExactly(
        tuple("H1", "aviary"), tuple("H1", "flagger"),
        tuple("H1", "kayenta"), tuple("E3", "aviary"),
        tuple("E3", "flagger"), tuple("E3", "kayenta"));
  }

  @Test
  void theSuiteHasTheDocsEighteenScenarios() {
    assertThat(Scenarios.all(10)).extracting(Scenario::id).containsExactly("H1", "H2", "H3", "H4", "H5", "E1", "E2",
        "E3", "E4", "L1", "L2", "L3", "L1t", "L2t", "L3t", "F1", "W1", "S1");
  }

  @Test
  void refusesWhatItCannotSimulateNamingTheField() {
    String yaml = """
        apiVersion: aviary.io/v1alpha1
        kind: Canary
        metadata: {name: c}
        spec:
          trafficRouting:
            istio:
              virtualService: {name: vs}
              destinationRule: {name: dr, stableSubsetName: v1, canarySubsetName: v2}
          analysis:
            stepWeight: 10
            mirror: true
            metrics:
            - name: error-budget
              templateRef: {name: budget}
              thresholdRange: {max: 1}
        """;
    assertThatThrownBy(() -> SimulatedCanary.resolve(new ManifestLoader("default").loadText(yaml, "c.yaml"), "c.yaml"))
        .hasMessageContaining("analysis: CANARY with mirroring (expected: a weighted canary")
        .hasMessageContaining("analysis.metrics[error-budget]: not simulated");
  }

  @Test
  void refusesAFileWithoutAnAviaryCanary() {
    assertThatThrownBy(() -> SimulatedCanary.resolve(new ManifestLoader("default").loadText("""
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec: {ports: [{port: 80}]}
        """, "s.yaml"), "s.yaml")).hasMessageContaining("s.yaml: 0 Canary resources of aviary.io/v1alpha1");
  }

  private static Scenario scenario(String id) {
    return Scenarios.byId(id, 10).orElseThrow();
  }
}
