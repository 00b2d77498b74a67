package io.aviary.simulation.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values from SciPy 1.17 ({@code gammaln}, {@code betainc}). */
class BetaFunctionTest {

  @Test
  void lnGammaMatchesKnownValues() {
    assertThat(BetaFunction.lnGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-13));
    assertThat(BetaFunction.lnGamma(10)).isCloseTo(12.801827480081469, within(1e-12));
    assertThat(BetaFunction.lnGamma(1e4)).isCloseTo(82099.71749644238, within(1e-8));
  }

  @Test
  void regularizedIncompleteBetaMatchesScipy() {
    assertThat(BetaFunction.regularized(0.5, 2, 3)).isCloseTo(0.6875, within(1e-14));
    assertThat(BetaFunction.regularized(0.3, 0.5, 0.5)).isCloseTo(0.36901011956554536, within(1e-12));
    assertThat(BetaFunction.regularized(0.04, 200, 5000)).isCloseTo(0.7229968145007297, within(1e-10));
  }

  @Test
  void regularizedIncompleteBetaIsZeroAndOneAtTheEnds() {
    assertThat(BetaFunction.regularized(0, 3, 4)).isZero();
    assertThat(BetaFunction.regularized(1, 3, 4)).isEqualTo(1);
  }
}
