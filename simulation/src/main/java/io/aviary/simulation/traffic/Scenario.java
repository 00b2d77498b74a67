package io.aviary.simulation.traffic;

/**
 * One row of doc §7.2: the total request rate, what both versions share over time and how the canary differs.
 * Time 0 is when the canary first receives traffic.
 */
public record Scenario(String id, String purpose, double requestsPerSecond, BaseLoad load, CanaryChange change) {

  public Conditions primary(int second) {
    return load.at(second);
  }

  public Conditions canary(int second, double phase) {
    return change.apply(load.at(second), second, phase);
  }

  /** Whether a rollback is the right outcome (E*, L*, F1), as opposed to a false one (H*, W1, S1). */
  public boolean regression() {
    return change.regression();
  }

  public int onsetSecond() {
    return change.onsetSecond();
  }

  /** The warm-up window policies that have one are configured with for this scenario (W1's 30 s); 0 otherwise. */
  public int warmUpSeconds() {
    return change.warmUpSeconds();
  }
}
