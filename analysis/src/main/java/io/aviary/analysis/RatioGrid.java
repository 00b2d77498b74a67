package io.aviary.analysis;

/**
 * Rate ratios {@code psi_j = centre * step^j} for {@code j = -span..span} and the conditional-binomial e-processes
 * read off one accumulated log-likelihood per grid point (doc §3.1, derived from Lindon and Malek 2022).
 *
 * <p>Given a tick's exposures (canary {@code nc}, primary {@code np}) and its {@code n} events, the canary's share of
 * the events is {@code Binomial(n, pi(psi))} with {@code pi(psi) = r psi / (1 + r psi)}, {@code r = nc / np}, whatever
 * the common rate was in that tick. Up to a constant, the log-likelihood of {@code x} canary events is
 * {@code x ln psi - n ln(1 + r psi)}; summed over ticks it gives every likelihood ratio between two grid points, so
 * one array serves the rollback test (null {@code centre}, alternatives above), the evidence test (null at the harm
 * bound, alternatives below) and the confidence sequence (every grid point as a null). The likelihood is concave in
 * {@code ln psi}, which the interval search relies on.
 *
 * <p>Each test mixes {@code width} alternatives with equal weights; a mixture of likelihood ratios is a test
 * martingale under its null, so rejecting when it reaches {@code 1/alpha} is valid at every tick (Ville).
 */
final class RatioGrid {

  private final int span;
  private final int width;
  private final double lnWidth;
  private final double[] ratios;
  private final double[] lnRatios;

  /** {@code width} alternatives per test spread log-uniformly over {@code (centre, centre * maxFactor]}. */
  RatioGrid(double centre, double maxFactor, int width, int span) {
    if (!(centre > 0) || !(maxFactor > 1) || width < 1 || span < width) {
      throw new IllegalArgumentException("grid centre %s, maxFactor %s, width %d, span %d (expected: centre > 0, "
          .formatted(centre, maxFactor, width, span) + "maxFactor > 1, 1 <= width <= span)");
    }
    this.span = span;
    this.width = width;
    this.lnWidth = Math.log(width);
    double lnStep = Math.log(maxFactor) / width;
    ratios = new double[2 * span + 1];
    lnRatios = new double[ratios.length];
    for (int i = 0; i < ratios.length; i++) {
      lnRatios[i] = Math.log(centre) + (i - span) * lnStep;
      ratios[i] = Math.exp(lnRatios[i]);
    }
  }

  int size() {
    return ratios.length;
  }

  /** The index of {@code centre}, the null of the rollback test. */
  int centre() {
    return span;
  }

  double ratio(int index) {
    return ratios[index];
  }

  /** The largest index whose ratio is at most {@code psi} (rounded down, so a claim "below psi" stays true). */
  int indexAtOrBelow(double psi) {
    int index = centre();
    while (index > 0 && ratios[index] > psi * (1 + 1e-12)) {
      index--;
    }
    while (index + 1 < ratios.length && ratios[index + 1] <= psi * (1 + 1e-12)) {
      index++;
    }
    return index;
  }

  /** Adds one tick: {@code canaryEvents} of {@code events} fell on the canary, whose exposure is {@code r} x the primary's. */
  void accumulate(double[] logLikelihood, long canaryEvents, long events, double exposureRatio) {
    accumulate(logLikelihood, canaryEvents, events, exposureRatio, 1);
  }

  /**
   * Adds one tick's log-likelihood divided by {@code dispersion >= 1}. Tempering keeps every likelihood ratio's
   * expectation at most 1 under the binomial null (Jensen: {@code E[LR^(1/phi)] <= E[LR]^(1/phi)}), so the tests stay
   * valid, and it discounts ticks whose events come in clusters (one client's burst of errors), which a binomial
   * model would take at face value.
   */
  void accumulate(double[] logLikelihood, long canaryEvents, long events, double exposureRatio, double dispersion) {
    double weight = 1 / dispersion;
    for (int i = 0; i < ratios.length; i++) {
      logLikelihood[i] += weight * (canaryEvents * lnRatios[i] - events * Math.log(1 + exposureRatio * ratios[i]));
    }
  }

  /** ln e-value against "psi <= psi_index": the mixture over the {@code width} ratios above it. */
  double logWorse(double[] logLikelihood, int index) {
    return logMean(logLikelihood, index + 1) - logLikelihood[index];
  }

  /** ln e-value against "psi >= psi_index": the mixture over the {@code width} ratios below it. */
  double logBetter(double[] logLikelihood, int index) {
    return logMean(logLikelihood, index - width) - logLikelihood[index];
  }

  private double logMean(double[] values, int from) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = from; i < from + width; i++) {
      max = Math.max(max, values[i]);
    }
    double sum = 0;
    for (int i = from; i < from + width; i++) {
      sum += Math.exp(values[i] - max);
    }
    return max + Math.log(sum) - lnWidth;
  }

  /**
   * The maximum-likelihood ratio: the best grid point refined by a parabola through it and its neighbours (the
   * likelihood is concave in ln psi); the centre when nothing was observed.
   */
  double estimate(double[] logLikelihood) {
    int top = argMax(logLikelihood);
    if (top == 0 || top == ratios.length - 1) {
      return ratios[top];
    }
    double below = logLikelihood[top - 1];
    double above = logLikelihood[top + 1];
    double curvature = below - 2 * logLikelihood[top] + above;
    if (curvature >= 0) {
      return ratios[top];
    }
    double lnStep = lnRatios[top + 1] - lnRatios[top];
    return Math.exp(lnRatios[top] + lnStep * (below - above) / (2 * curvature));
  }

  private static int argMax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best] + 1e-12) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The confidence sequence: every grid ratio that neither one-sided test rejects at {@code logThreshold}, as its
   * lowest and highest member. Bounds at the grid's ends are reported as 0 and infinity. All windows share one
   * normalisation, {@code exp(L - max L)}, and a window rejects its centre {@code i} when its sum reaches
   * {@code width * exp(logThreshold) * exp(L_i - max L)}, so no logarithm is taken. By concavity a window that
   * underflows lies wholly on one side of the maximum, which decides it.
   */
  RatioInterval interval(double[] logLikelihood, double logThreshold) {
    int top = argMax(logLikelihood);
    double max = logLikelihood[top];
    if (max == 0 && logLikelihood[0] == 0 && logLikelihood[logLikelihood.length - 1] == 0) {
      return new RatioInterval(0, Double.POSITIVE_INFINITY);
    }
    double[] scaled = new double[logLikelihood.length];
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] = Math.exp(logLikelihood[i] - max);
    }
    double bar = width * Math.exp(logThreshold);
    int first = -1;
    int last = -1;
    for (int i = width; i < ratios.length - width; i++) {
      boolean worseRejected = rejects(window(scaled, i + 1), bar * scaled[i], top > i);
      boolean betterRejected = rejects(window(scaled, i - width), bar * scaled[i], top < i);
      if (!worseRejected && !betterRejected) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      double estimate = ratios[top];
      return new RatioInterval(estimate, estimate);
    }
    double low = first == width ? 0 : ratios[first];
    double high = last == ratios.length - width - 1 ? Double.POSITIVE_INFINITY : ratios[last];
    return new RatioInterval(low, high);
  }

  private double window(double[] scaled, int from) {
    double sum = 0;
    for (int i = from; i < from + width; i++) {
      sum += scaled[i];
    }
    return sum;
  }

  private static boolean rejects(double windowSum, double bar, boolean maximumBeyond) {
    if (windowSum == 0 && bar == 0) {
      return maximumBeyond;
    }
    return windowSum >= bar;
  }
}
