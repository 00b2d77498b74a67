package io.aviary.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MarginTestTest {

  @Test
  void matchesAnIndependentComputationOnTheNullsBoundary() {
    // scipy: betaln mixtures minus the likelihood maximised on p_c = p_p + 0.005 (bounded minimize_scalar).
    MarginTest test = new MarginTest(0.005, 0.005);

    assertThat(test.logE(30, 500, 5, 4500)).isCloseTo(30.8096287552, within(1e-6));
  }

  @Test
  void withinTheMarginTheNullMaximumIsTheFreeOneAndEvidenceIsNegative() {
    MarginTest test = new MarginTest(0.005, 0.005);

    assertThat(test.logE(3, 500, 5, 4500)).isLessThan(0);
    assertThat(test.logE(0, 0, 5, 4500)).isZero();
  }

  @Test
  void aCanaryAtTheMarginIsRarelyRejectedWhenRatesAreConstant() {
    MarginTest test = new MarginTest(0.005, 0.01);
    SplittableRandom random = new SplittableRandom(5);
    int rejected = 0;
    for (int run = 0; run < 400; run++) {
      long xc = 0;
      long xp = 0;
      boolean crossed = false;
      for (int tick = 1; tick <= 30 && !crossed; tick++) {
        for (int i = 0; i < 100; i++) {
          xc += random.nextDouble() < 0.006 ? 1 : 0;
        }
        for (int i = 0; i < 900; i++) {
          xp += random.nextDouble() < 0.001 ? 1 : 0;
        }
        crossed = test.logE(xc, 100L * tick, xp, 900L * tick) >= Math.log(100);
      }
      rejected += crossed ? 1 : 0;
    }

    assertThat(rejected).isLessThanOrEqualTo(4 + 6);
  }
}
