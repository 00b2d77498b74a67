package io.aviary.simulation.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference intervals from an independent transcription of R's {@code wilcox.test} asymptotic interval in Python
 * (SciPy's {@code rankdata} and {@code brentq} with xtol 1e-4); both land within the root finders' tolerance.
 */
class MannWhitneyTest {

  private static final double Z_98 = 2.3263478740408408;

  @Test
  void matchesRsAsymptoticIntervalOnDistinctValues() {
    double[] x = {1.1, 2.3, 3.5, 4.2, 5.9, 7.1, 8.0};
    double[] y = {0.5, 1.2, 1.9, 2.8, 3.1, 2.2};

    MannWhitney.Result result = MannWhitney.interval(x, y, Z_98);

    assertThat(result.lower()).isCloseTo(-0.8, within(3e-4));
    assertThat(result.upper()).isCloseTo(5.9, within(3e-4));
    assertThat(result.estimate()).isBetween(2.7, 2.8);
  }

  @Test
  void matchesRsAsymptoticIntervalWithManyTies() {
    double[] x = {0, 0, 0.01, 0, 0.02, 0};
    double[] y = {0, 0, 0, 0.001, 0, 0};

    MannWhitney.Result result = MannWhitney.interval(x, y, Z_98);

    assertThat(result.lower()).isCloseTo(-0.0009153839166576511, within(2e-4));
    assertThat(result.upper()).isCloseTo(0.019927770906450613, within(2e-4));
  }

  @Test
  void aShiftedCopyIsEstimatedAtItsShift() {
    double[] y = {3, 9, 4, 7, 1, 8, 2, 6, 5};
    double[] x = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      x[i] = y[i] + 100;
    }

    MannWhitney.Result result = MannWhitney.interval(x, y, Z_98);

    assertThat(result.estimate()).isCloseTo(100, within(1e-3));
    assertThat(result.lower()).isGreaterThan(90).isLessThan(100);
  }
}
