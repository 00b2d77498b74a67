package io.aviary.simulation.stats;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's root finder (inverse quadratic interpolation, secant and bisection), as Kayenta calls Commons Math's
 * {@code BrentSolver} with an absolute accuracy and a budget of evaluations. When {@code f} does not change sign on
 * the bracket the end nearer to a root is returned; callers that need R's rule for that case check the ends first.
 */
public final class BrentRoot {

  private BrentRoot() {}

  public static double solve(DoubleUnaryOperator f, double lo, double hi, double accuracy, int maxEvaluations) {
    double fLo = f.applyAsDouble(lo);
    double fHi = f.applyAsDouble(hi);
    if (fLo == 0) {
      return lo;
    }
    if (fHi == 0) {
      return hi;
    }
    if (fLo * fHi > 0) {
      return Math.abs(fLo) <= Math.abs(fHi) ? lo : hi;
    }
    return new Search(f, lo, fLo, hi, fHi).run(accuracy, maxEvaluations - 2);
  }

  /**
   * One search's state: {@code b} the best estimate, {@code a} the previous one, {@code c} the point bracketing the
   * root with {@code b}; {@code d} the last step and {@code e} the one before (Brent 1973, chapter 4).
   */
  private static final class Search {
    private final DoubleUnaryOperator f;
    private double a;
    private double fa;
    private double b;
    private double fb;
    private double c;
    private double fc;
    private double d;
    private double e;

    Search(DoubleUnaryOperator f, double a, double fa, double b, double fb) {
      this.f = f;
      this.a = a;
      this.fa = fa;
      this.b = b;
      this.fb = fb;
      this.c = a;
      this.fc = fa;
      this.d = b - a;
      this.e = d;
    }

    double run(double accuracy, int evaluations) {
      for (int i = 0; i < evaluations; i++) {
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
        chooseStep(tolerance, half);
        a = b;
        fa = fb;
        b += Math.abs(d) > tolerance ? d : (half > 0 ? tolerance : -tolerance);
        fb = f.applyAsDouble(b);
        if ((fb > 0) == (fc > 0)) {
          c = a;
          fc = fa;
          d = b - a;
          e = d;
        }
      }
      return b;
    }

    /** Interpolates when the last steps shrank fast enough and the step stays inside the bracket; else bisects. */
    private void chooseStep(double tolerance, double half) {
      if (Math.abs(e) < tolerance || Math.abs(fa) <= Math.abs(fb)) {
        d = half;
        e = d;
        return;
      }
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
      if (p > 0) {
        q = -q;
      } else {
        p = -p;
      }
      if (2 * p < Math.min(3 * half * q - Math.abs(tolerance * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    }
  }
}
