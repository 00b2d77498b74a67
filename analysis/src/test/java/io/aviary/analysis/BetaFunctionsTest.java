package io.aviary.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pinned to closed forms and to values computed independently with scipy.special (gammaln, betainc). */
class BetaFunctionsTest {

  @ParameterizedTest
  @CsvSource({"0.5, 0.5723649429247", "1, 0", "2, 0", "10, 12.801827480081469", "100000, 1051287.7089736569",
      "0.001, 6.907178885383853"})
  void logGammaMatchesKnownValues(double x, double expected) {
    assertThat(BetaFunctions.logGamma(x)).isCloseTo(expected, within(Math.max(1e-12, Math.abs(expected) * 1e-13)));
  }

  @Test
  void logBetaIsTheLogOfTheBetaFunction() {
    assertThat(BetaFunctions.logBeta(2, 3)).isCloseTo(Math.log(1.0 / 12), within(1e-13));
  }

  @ParameterizedTest
  @CsvSource({"0.3, 2.5, 3.5, 0.29675298929566646", "0.78, 200, 50, 0.2110569607617739", "0.5, 7, 7, 0.5",
      "0.2, 1, 1, 0.2", "0.2, 3, 1, 0.008", "0.2, 1, 3, 0.488"})
  void regularizedBetaMatchesClosedFormsAndScipy(double x, double a, double b, double expected) {
    assertThat(Math.exp(BetaFunctions.logRegularizedBeta(x, a, b))).isCloseTo(expected, within(1e-12));
  }

  @Test
  void farTailsStayFiniteInLogSpace() {
    // scipy: log(betainc(50, 5000, 0.001)) = -72.6601336709169, about 1e-32.
    assertThat(BetaFunctions.logRegularizedBeta(0.001, 50, 5000)).isCloseTo(-72.6601336709169, within(1e-9));
  }

  @Test
  void answersAtTheSwitchPointWhereRoundingPutsBothTailsAboveIt() {
    // x just above (a+1)/(a+b+2) while 1-x also rounds above (b+1)/(a+b+2): reflecting twice overflowed the stack
    // in aviary simulate. Near the mean the regularized beta is about one half.
    double value = Math.exp(BetaFunctions.logRegularizedBeta(0.049660734698105655, 13.21020756623367,
        270.93553016035156));

    assertThat(value).isBetween(0.4, 0.7);
  }

  @Test
  void regularizedBetaMatchesScipyAndIsZeroAndOneAtTheEnds() {
    // SciPy 1.17 betainc.
    assertThat(BetaFunctions.regularizedBeta(0.5, 2, 3)).isCloseTo(0.6875, within(1e-13));
    assertThat(BetaFunctions.regularizedBeta(0.3, 0.5, 0.5)).isCloseTo(0.36901011956554536, within(1e-12));
    assertThat(BetaFunctions.regularizedBeta(0.04, 200, 5000)).isCloseTo(0.7229968145007297, within(1e-10));
    assertThat(BetaFunctions.regularizedBeta(0, 3, 4)).isZero();
    assertThat(BetaFunctions.regularizedBeta(1, 3, 4)).isEqualTo(1);
  }
}
