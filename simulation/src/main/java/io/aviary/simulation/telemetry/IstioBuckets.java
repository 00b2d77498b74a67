package io.aviary.simulation.telemetry;

/**
 * Istio's default buckets of {@code istio_request_duration_milliseconds} and Prometheus' {@code histogram_quantile}
 * over them: linear interpolation inside the bucket holding the rank, 0 as the first bucket's lower end, and the
 * highest finite bound when the rank falls in {@code +Inf}. This is the blurred p99 Flagger's
 * {@code request-duration} check sees: 233 ms for the baseline's true 160 ms.
 */
public final class IstioBuckets {

  /** Upper bounds ({@code le}) in ms; index {@link #COUNT} - 1 is {@code +Inf}. */
  static final double[] BOUNDS = {
    0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000, 3600000
  };
  public static final int COUNT = BOUNDS.length + 1;
  private static final double[] LN_BOUNDS = new double[BOUNDS.length];

  static {
    for (int i = 0; i < BOUNDS.length; i++) {
      LN_BOUNDS[i] = Math.log(BOUNDS[i]);
    }
  }

  private IstioBuckets() {}

  /** The bucket a request of {@code lnMillis} is counted in (the first with {@code value <= le}). */
  public static int bucket(double lnMillis) {
    int i = 0;
    while (i < LN_BOUNDS.length && lnMillis > LN_BOUNDS[i]) {
      i++;
    }
    return i;
  }

  /**
   * {@code histogram_quantile(q, ...)} of per-bucket (not cumulative) {@code counts}; NaN when there are no
   * observations, as Prometheus returns.
   */
  public static double quantile(double q, long[] counts) {
    long observations = 0;
    for (long count : counts) {
      observations += count;
    }
    if (observations == 0) {
      return Double.NaN;
    }
    double rank = q * observations;
    long cumulative = 0;
    for (int b = 0; b < BOUNDS.length; b++) {
      long before = cumulative;
      cumulative += counts[b];
      if (cumulative >= rank && counts[b] > 0) {
        double start = b == 0 ? 0 : BOUNDS[b - 1];
        return start + (BOUNDS[b] - start) * ((rank - before) / counts[b]);
      }
    }
    return BOUNDS[BOUNDS.length - 1];
  }
}
