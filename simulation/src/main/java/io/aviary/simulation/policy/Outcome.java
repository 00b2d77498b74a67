package io.aviary.simulation.policy;

/**
 * How one run ended for one policy: rolled back, promoted, or still undecided at the horizon; at which second (from
 * the canary's first traffic); counted from the scenario's onset to that end, the canary's requests and its bad
 * ones (5xx or slower than the baseline's p99); and the policy's reason for a rollback (empty otherwise).
 */
public record Outcome(
    Ending ending, int atSecond, long canaryRequestsSinceOnset, long badRequestsSinceOnset, String decision) {

  public enum Ending {
    ROLLED_BACK,
    PROMOTED,
    UNDECIDED
  }
}
