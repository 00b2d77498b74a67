package io.aviary.controller.status;

/**
 * Where traffic goes now: {@code canaryWeight} percent to the canary subset, the rest to the stable subset, plus
 * whether stable traffic is mirrored to the canary. The stable subset changes only at promotion.
 */
public record TrafficState(String stableSubset, String canarySubset, int canaryWeight, boolean mirroring) {

  public int stableWeight() {
    return 100 - canaryWeight;
  }

  public TrafficState withCanaryWeight(int weight) {
    return new TrafficState(stableSubset, canarySubset, weight, mirroring);
  }

  public TrafficState withMirroring(boolean on) {
    return new TrafficState(stableSubset, canarySubset, canaryWeight, on);
  }
}
