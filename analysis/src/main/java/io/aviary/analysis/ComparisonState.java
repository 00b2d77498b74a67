package io.aviary.analysis;

import java.util.Arrays;

/**
 * One metric's e-process since the run began: the log-likelihood at every grid ratio (see {@link RatioGrid}), the
 * totals behind it, and the largest ln e-value reached so far, from which the always-valid p-value
 * {@code min(1, 1/max E)} follows. Never reset within a run.
 */
public record ComparisonState(
    double[] logLikelihood, long canaryTotal, long canaryEvents, long stableTotal, long stableEvents, double maxLogE) {

  public ComparisonState {
    logLikelihood = logLikelihood.clone();
  }

  static ComparisonState empty(int gridSize) {
    return new ComparisonState(new double[gridSize], 0, 0, 0, 0, 0);
  }

  /** A copy: the state is immutable, so no caller can change a stored status through it. */
  @Override
  public double[] logLikelihood() {
    return logLikelihood.clone();
  }

  /** For the judge's own reads, which never write. */
  double[] logLikelihoodView() {
    return logLikelihood;
  }

  ComparisonState plus(double[] next, long canaryEvents, long canaryTotal, long stableEvents, long stableTotal,
      double logE) {
    return new ComparisonState(next, this.canaryTotal + canaryTotal, this.canaryEvents + canaryEvents,
        this.stableTotal + stableTotal, this.stableEvents + stableEvents, Math.max(maxLogE, logE));
  }

  /** The always-valid p-value: one over the largest e-value so far, at most 1. */
  public double pValue() {
    return Math.min(1, Math.exp(-maxLogE));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ComparisonState that && Arrays.equals(logLikelihood, that.logLikelihood)
        && canaryTotal == that.canaryTotal && canaryEvents == that.canaryEvents && stableTotal == that.stableTotal
        && stableEvents == that.stableEvents && Double.compare(maxLogE, that.maxLogE) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(logLikelihood) + Long.hashCode(canaryTotal + 31 * canaryEvents);
  }

  @Override
  public String toString() {
    return "ComparisonState[canary %d/%d, stable %d/%d, maxLogE %s]"
        .formatted(canaryEvents, canaryTotal, stableEvents, stableTotal, maxLogE);
  }
}
