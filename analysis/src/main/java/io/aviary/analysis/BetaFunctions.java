package io.aviary.analysis;

/**
 * The special functions the beta-binomial mixtures need (doc §3.2): ln Gamma, ln B and the regularized incomplete beta
 * function, all in log space because the tails they measure are far below what a double can hold. ln Gamma is
 * Lanczos' approximation (g = 7, nine terms; relative error about 1e-15); I_x(a, b) is its continued fraction,
 * evaluated by the modified Lentz method on the side of the mean where it converges fast.
 */
public final class BetaFunctions {

  private static final double[] LANCZOS = {
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
  private static final double HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);
  private static final int MAX_TERMS = 100_000;
  private static final double EPSILON = 1e-15;
  private static final double TINY = 1e-300;

  private BetaFunctions() {}

  public static double logGamma(double x) {
    if (x < 0.5) {
      // Reflection: Gamma(x) Gamma(1 - x) = pi / sin(pi x); priors here are small but positive.
      return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    }
    double z = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    double t = z + 7.5;
    return HALF_LN_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  public static double logBeta(double a, double b) {
    return logGamma(a) + logGamma(b) - logGamma(a + b);
  }

  /** ln I_x(a, b), the regularized incomplete beta function, for 0 <= x <= 1 and a, b > 0. */
  public static double logRegularizedBeta(double x, double a, double b) {
    return logRegularizedBeta(x, a, b, true);
  }

  /** The regularized incomplete beta function I_x(a, b) itself, for callers that need no log scale. */
  public static double regularizedBeta(double x, double a, double b) {
    return Math.exp(logRegularizedBeta(x, a, b));
  }

  /**
   * {@code mayReflect} allows one use of the symmetry: near the mean, rounding can put both {@code x} and
   * {@code 1 - x} above their switch points, and reflecting again would recurse until the stack overflows.
   */
  private static double logRegularizedBeta(double x, double a, double b, boolean mayReflect) {
    if (x <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (x >= 1) {
      return 0;
    }
    if (mayReflect && x > (a + 1) / (a + b + 2)) {
      // I_x(a, b) = 1 - I_{1-x}(b, a); the fraction converges fast only below the mean.
      return Math.log1p(-Math.exp(logRegularizedBeta(1 - x, b, a, false)));
    }
    double logFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b) - Math.log(a);
    return logFront + Math.log(continuedFraction(x, a, b));
  }

  private static double continuedFraction(double x, double a, double b) {
    double c = 1;
    double d = nonZero(1 - (a + b) * x / (a + 1));
    d = 1 / d;
    double fraction = d;
    for (int m = 1; m <= MAX_TERMS; m++) {
      double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
      d = 1 / nonZero(1 + even * d);
      c = nonZero(1 + even / c);
      fraction *= d * c;
      double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1 / nonZero(1 + odd * d);
      c = nonZero(1 + odd / c);
      double step = d * c;
      fraction *= step;
      if (Math.abs(step - 1) < EPSILON) {
        return fraction;
      }
    }
    return fraction;
  }

  private static double nonZero(double value) {
    return Math.abs(value) < TINY ? TINY : value;
  }
}
