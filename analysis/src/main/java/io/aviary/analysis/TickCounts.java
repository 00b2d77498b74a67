package io.aviary.analysis;

/**
 * The increments of one tick (not a window) for both versions, and the canary's configured share during the tick,
 * which the sample-ratio check holds the request counts to.
 */
public record TickCounts(VersionCounts stable, VersionCounts canary, int canaryWeight) {

  /** The same counts reported at another configured weight. */
  public TickCounts withWeight(int weight) {
    return new TickCounts(stable, canary, weight);
  }
}
