package io.aviary.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatioGridTest {

  /** The doc's grid (§3.1): 25 log-uniform ratios in (1, 64], equal weights. */
  private final RatioGrid doc = new RatioGrid(1, 64, 25, 50);

  @ParameterizedTest(name = "canary share {0}: one canary error gives {1}, two give {2}")
  @CsvSource({"0.10, 4.94, 30.6", "0.05, 7.13, 72.3", "0.02, 10.36, 178.1", "0.01, 12.53, 286.6"})
  void reproducesTheDocsMixtureFactorsForCanaryOnlyErrors(double share, double one, double two) {
    assertThat(eValue(doc, share, 1, 0)).isCloseTo(one, within(0.01));
    assertThat(eValue(doc, share, 2, 0)).isCloseTo(two, within(0.1));
  }

  @Test
  void equalsTheClosedFormMixtureOfBinomialLikelihoodRatiosForOneTick() {
    RatioGrid grid = new RatioGrid(1.5, 64, 16, 32);
    double share = 300.0 / 3000;
    double expected = 0;
    for (int g = 1; g <= 16; g++) {
      double psi = 1.5 * Math.pow(64, g / 16.0);
      double pi = share / (1 - share) * psi / (1 + share / (1 - share) * psi);
      double pi0 = share / (1 - share) * 1.5 / (1 + share / (1 - share) * 1.5);
      expected += Math.pow(pi / pi0, 4) * Math.pow((1 - pi) / (1 - pi0), 3) / 16;
    }

    assertThat(eValue(grid, share, 4, 3)).isCloseTo(expected, within(expected * 1e-12));
  }

  @Test
  void multipliesTheLikelihoodRatiosOfTicksWithDifferentSplits() {
    RatioGrid grid = new RatioGrid(1, 64, 16, 32);
    double[] logLikelihood = new double[grid.size()];
    grid.accumulate(logLikelihood, 2, 5, 10.0 / 90);
    grid.accumulate(logLikelihood, 3, 4, 50.0 / 50);
    double expected = 0;
    for (int g = 1; g <= 16; g++) {
      double psi = Math.pow(64, g / 16.0);
      expected += factor(0.1, psi, 2, 3) * factor(0.5, psi, 3, 1) / 16;
    }

    assertThat(Math.exp(grid.logWorse(logLikelihood, grid.centre()))).isCloseTo(expected, within(expected * 1e-12));
  }

  @Test
  void aTickWithoutEventsLeavesTheEvidenceAtOne() {
    assertThat(eValue(doc, 0.1, 0, 0)).isEqualTo(1.0);
  }

  @Test
  void theIntervalCoversTheObservedRatioAndExcludesTheNullWhenTheTestRejects() {
    RatioGrid grid = new RatioGrid(1, 64, 16, 32);
    double[] logLikelihood = new double[grid.size()];
    for (int tick = 0; tick < 20; tick++) {
      grid.accumulate(logLikelihood, 5, 6, 10.0 / 90);
    }
    RatioInterval interval = grid.interval(logLikelihood, Math.log(2 / 0.01));

    assertThat(grid.estimate(logLikelihood)).isCloseTo(45, within(10.0));
    assertThat(interval.low()).isGreaterThan(1).isLessThan(45);
    assertThat(interval.high()).isGreaterThan(45);
    assertThat(grid.logWorse(logLikelihood, grid.centre())).isGreaterThan(Math.log(100));
  }

  @Test
  void withoutDataTheIntervalIsUnbounded() {
    RatioGrid grid = new RatioGrid(1, 64, 16, 32);

    assertThat(grid.interval(new double[grid.size()], Math.log(200)))
        .isEqualTo(new RatioInterval(0, Double.POSITIVE_INFINITY));
  }

  @Test
  void roundsTheHarmBoundDownOntoTheGrid() {
    RatioGrid grid = new RatioGrid(1.5, 64, 16, 32);

    assertThat(grid.ratio(grid.indexAtOrBelow(2))).isCloseTo(1.5 * Math.pow(64, 1 / 16.0), within(1e-9))
        .isLessThanOrEqualTo(2);
    assertThat(grid.indexAtOrBelow(1.5)).isEqualTo(grid.centre());
  }

  private static double eValue(RatioGrid grid, double share, long canaryErrors, long primaryErrors) {
    double[] logLikelihood = new double[grid.size()];
    grid.accumulate(logLikelihood, canaryErrors, canaryErrors + primaryErrors, share / (1 - share));
    return Math.exp(grid.logWorse(logLikelihood, grid.centre()));
  }

  private static double factor(double share, double psi, long canary, long primary) {
    double r = share / (1 - share);
    double pi = r * psi / (1 + r * psi);
    return Math.pow(pi / share, canary) * Math.pow((1 - pi) / (1 - share), primary);
  }
}
