package io.aviary.simulation.traffic;

import io.aviary.simulation.traffic.CanaryChange.ExtraErrors;
import io.aviary.simulation.traffic.CanaryChange.Flapping;
import io.aviary.simulation.traffic.CanaryChange.None;
import io.aviary.simulation.traffic.CanaryChange.ScaledLatency;
import io.aviary.simulation.traffic.CanaryChange.SkewedClient;
import io.aviary.simulation.traffic.CanaryChange.SlowTail;
import io.aviary.simulation.traffic.CanaryChange.WarmUp;
import java.util.List;
import java.util.Optional;

/**
 * The scenario suite of doc §7.2, in its order. Baseline: 0.1 % 5xx, lognormal latency (median 50 ms, sigma 0.5),
 * 100 requests per second. E4's onset is "mid-rollout": the start of the fourth analysis interval (180 s with the
 * Flagger tutorial's 1m interval, as in the doc), so it stays mid-rollout for a Canary with a shorter interval.
 */
public final class Scenarios {

  static final double BASE_ERRORS = 0.001;
  static final double RATE = 100;
  static final int DRIFT_SECONDS = 20 * 60;
  static final int ONSET_INTERVALS = 3;

  private Scenarios() {}

  public static List<Scenario> all(int intervalSeconds) {
    BaseLoad base = BaseLoad.steady(BASE_ERRORS);
    return List.of(
        new Scenario("H1", "healthy", RATE, base, new None()),
        new Scenario("H2", "healthy, noisy (0.5 % 5xx)", RATE, BaseLoad.steady(0.005), new None()),
        new Scenario("H3", "healthy near the SLO (0.9 % 5xx)", RATE, BaseLoad.steady(0.009), new None()),
        new Scenario("H4", "healthy, both drifting (0.1 -> 1 % 5xx, latency x1 -> x1.5 over 20 min)", RATE,
            new BaseLoad(BASE_ERRORS, 0.01, 1, 1.5, DRIFT_SECONDS), new None()),
        new Scenario("H5", "healthy, low traffic (10 rps)", 10, base, new None()),
        new Scenario("E1", "+0.5 pp 5xx", RATE, base, new ExtraErrors(0.005, 0)),
        new Scenario("E2", "+1 pp 5xx", RATE, base, new ExtraErrors(0.01, 0)),
        new Scenario("E3", "+5 pp 5xx", RATE, base, new ExtraErrors(0.05, 0)),
        new Scenario("E4", "+5 pp 5xx from the fourth interval", RATE, base,
            new ExtraErrors(0.05, ONSET_INTERVALS * intervalSeconds)),
        new Scenario("L1", "latency x1.2 (p99 +20 %)", RATE, base, new ScaledLatency(1.2)),
        new Scenario("L2", "latency x1.5 (p99 +50 %)", RATE, base, new ScaledLatency(1.5)),
        new Scenario("L3", "latency x2", RATE, base, new ScaledLatency(2)),
        new Scenario("L1t", "2.1 % of requests x3 (p99 +20 %)", RATE, base, new SlowTail(0.021, 3)),
        new Scenario("L2t", "5.3 % of requests x3 (p99 +50 %)", RATE, base, new SlowTail(0.053, 3)),
        new Scenario("L3t", "15.3 % of requests x3 (p99 x2)", RATE, base, new SlowTail(0.153, 3)),
        new Scenario("F1", "flapping: 10 % 5xx for 5 s of every 60 s", RATE, base, new Flapping(0.10, 5, 60)),
        new Scenario("W1", "warm-up: 2 % 5xx and latency x3 decaying over 30 s (30-s warm-up window where a policy "
            + "has one)", RATE, base,
            new WarmUp(30, 10, 0.02, 3)),
        new Scenario("S1", "skewed: 20 % of canary 5xx from one client in bursts of 4", RATE, base,
            new SkewedClient(0.2, 4)));
  }

  public static Optional<Scenario> byId(String id, int intervalSeconds) {
    return all(intervalSeconds).stream().filter(scenario -> scenario.id().equalsIgnoreCase(id)).findFirst();
  }
}
