package io.aviary.simulation.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aviary.simulation.stats.ClopperPearson.Interval;
import org.junit.jupiter.api.Test;

/** Reference intervals from SciPy's {@code binomtest(k, n).proportion_ci(0.95, 'exact')}. */
class ClopperPearsonTest {

  @Test
  void noEventsInThreeHundredRunsBoundTheRateBelowOnePointTwoTwoPercent() {
    Interval interval = ClopperPearson.interval(0, 300, 0.95);
    assertThat(interval.lo()).isZero();
    assertThat(interval.hi()).isCloseTo(0.012220974694296421, within(1e-12));
  }

  @Test
  void matchesScipyForTypicalCounts() {
    assertInterval(ClopperPearson.interval(5, 100, 0.95), 0.016431879181728278, 0.11283491110546288);
    assertInterval(ClopperPearson.interval(15, 1522, 0.95), 0.005526217328443179, 0.01620304970232268);
    assertInterval(ClopperPearson.interval(20, 2000, 0.95), 0.006118657542728635, 0.015402125783560783);
  }

  @Test
  void allEventsReachOne() {
    assertInterval(ClopperPearson.interval(2000, 2000, 0.95), 0.9981572602063068, 1.0);
  }

  @Test
  void refusesMoreSuccessesThanTrials() {
    assertThatThrownBy(() -> ClopperPearson.interval(3, 2, 0.95)).hasMessageContaining("successes 3, trials 2");
  }

  private static void assertInterval(Interval interval, double lo, double hi) {
    assertThat(interval.lo()).isCloseTo(lo, within(1e-12));
    assertThat(interval.hi()).isCloseTo(hi, within(1e-12));
  }
}
