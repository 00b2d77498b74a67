package io.aviary.analysis;

/** Both versions' p99 confidence sequences at one tick, for the decision record. */
public record P99Bounds(QuantileInterval canary, QuantileInterval primary, double confidence) {

  /** {@code p99, 99% CS: canary [212ms, 260ms], primary [150ms, 171ms]}; {@code -} marks an open end. */
  public String describe() {
    return "p99, " + Numbers.level(confidence) + "% CS: canary " + canary.describe() + ", primary "
        + primary.describe();
  }
}
