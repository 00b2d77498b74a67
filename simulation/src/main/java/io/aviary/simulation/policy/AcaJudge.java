package io.aviary.simulation.policy;

import io.aviary.simulation.stats.MannWhitney;
import java.util.Arrays;

/**
 * One metric's classification as Kayenta's {@code MannWhitneyClassifier} makes it, for metrics that must not
 * increase: no data when either series is empty; Pass when both are identical or all values are equal; otherwise
 * High when the Mann-Whitney 98 % interval's lower bound exceeds 25 % of the estimate's size (a precision rule, not a
 * tolerance in metric units) and the mean ratio is at least 1; else Pass. NaN steps are removed first.
 */
final class AcaJudge {

  /** The upper 1 % normal quantile: Kayenta's confidence level 0.98, two-sided. */
  static final double Z_98 = 2.3263478740408408;
  static final double TOLERANCE = 0.25;
  static final double ALLOWED_INCREASE = 1.0;

  private AcaJudge() {}

  enum Classification {
    PASS,
    HIGH,
    NODATA
  }

  static Classification classify(double[] experimentSteps, double[] controlSteps) {
    double[] x = withoutNaN(experimentSteps);
    double[] y = withoutNaN(controlSteps);
    if (x.length == 0 || y.length == 0) {
      return Classification.NODATA;
    }
    if (Arrays.equals(x, y) || allEqual(x, y)) {
      return Classification.PASS;
    }
    MannWhitney.Result result = MannWhitney.interval(x, y, Z_98);
    boolean high = result.lower() > TOLERANCE * Math.abs(result.estimate())
        && mean(x) / mean(y) >= ALLOWED_INCREASE;
    return high ? Classification.HIGH : Classification.PASS;
  }

  /** The score in percent: passing metrics over those that had data (Kayenta's NodataFailMetric off). */
  static double score(Classification... metrics) {
    int judged = 0;
    int passed = 0;
    for (Classification metric : metrics) {
      if (metric != Classification.NODATA) {
        judged++;
        passed += metric == Classification.PASS ? 1 : 0;
      }
    }
    return judged == 0 ? 100 : 100.0 * passed / judged;
  }

  private static double[] withoutNaN(double[] values) {
    double[] kept = Arrays.stream(values).filter(value -> !Double.isNaN(value)).toArray();
    Arrays.sort(kept);
    return kept;
  }

  private static boolean allEqual(double[] x, double[] y) {
    double first = x[0];
    return Arrays.stream(x).allMatch(value -> value == first) && Arrays.stream(y).allMatch(value -> value == first);
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }
}
