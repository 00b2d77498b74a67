package io.aviary.simulation.stats;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman and Fan's type 7, the default of R
 * and NumPy), so a reported median or p90 can be checked with either.
 */
public final class Quantiles {

  private Quantiles() {}

  /** The {@code p} (0..1) quantile of {@code values}, empty when there are none. */
  public static OptionalDouble of(double[] values, double p) {
    if (values.length == 0) {
      return OptionalDouble.empty();
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double h = (sorted.length - 1) * p;
    int below = (int) Math.floor(h);
    int above = Math.min(below + 1, sorted.length - 1);
    return OptionalDouble.of(sorted[below] + (h - below) * (sorted[above] - sorted[below]));
  }
}
