package io.aviary.simulation.stats;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's root finder (inverse quadratic interpolation, secant and bisection), as Kayenta calls Commons Math's
 * {@code BrentSolver} with an absolute accuracy and a budget of evaluations. When {@code f} does not change sign on
 * the bracket the end nearer to a root is returned, as Kayenta's Mann-Whitney port does for small samples.
 */
public final class BrentRoot {

  private BrentRoot() {}

  public static double solve(DoubleUnaryOperator f, double lo, double hi, double accuracy, int maxEvaluations) {
    double a = lo;
    double b = hi;
    double fa = f.applyAsDouble(a);
    double fb = f.applyAsDouble(b);
    if (fa == 0) {
      return a;
    }
    if (fb == 0) {
      return b;
    }
    if (fa * fb > 0) {
      return Math.abs(fa) <= Math.abs(fb) ? a : b;
    }
    double c = a;
    double fc = fa;
    double d = b - a;
    double e = d;
    for (int evaluations = 2; evaluations < maxEvaluations; evaluations++) {
      if (Math.abs(fc) < Math.abs(fb)) {
        a = b;
        b = c;
        c = a;
        fa = fb;
        fb = fc;
        fc = fa;
      }
      double tolerance = 2 * Math.ulp(b) + 0.5 * accuracy;
      double half = 0.5 * (c - b);
      if (Math.abs(half) <= tolerance || fb == 0) {
        return b;
      }
      if (Math.abs(e) < tolerance || Math.abs(fa) <= Math.abs(fb)) {
        d = half;
        e = d;
      } else {
        double[] step = interpolate(a, b, c, fa, fb, fc, half);
        if (2 * step[0] < Math.min(3 * half * step[1] - Math.abs(tolerance * step[1]), Math.abs(e * step[1]))) {
          e = d;
          d = step[0] / step[1];
        } else {
          d = half;
          e = d;
        }
      }
      a = b;
      fa = fb;
      b += Math.abs(d) > tolerance ? d : (half > 0 ? tolerance : -tolerance);
      fb = f.applyAsDouble(b);
      if ((fb > 0 && fc > 0) || (fb <= 0 && fc <= 0)) {
        c = a;
        fc = fa;
        d = b - a;
        e = d;
      }
    }
    return b;
  }

  /** The interpolation step as {@code {p, q}} with {@code p >= 0}: secant when two points coincide, else quadratic. */
  private static double[] interpolate(double a, double b, double c, double fa, double fb, double fc, double half) {
    double s = fb / fa;
    double p;
    double q;
    if (a == c) {
      p = 2 * half * s;
      q = 1 - s;
    } else {
      double qa = fa / fc;
      double r = fb / fc;
      p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1));
      q = (qa - 1) * (r - 1) * (s - 1);
    }
    return p > 0 ? new double[] {p, -q} : new double[] {-p, q};
  }
}
