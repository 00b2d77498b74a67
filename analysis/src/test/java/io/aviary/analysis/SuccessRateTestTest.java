package io.aviary.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SuccessRateTestTest {

  @Test
  void matchesTheDocsReferenceValueOfTheBetaBinomialMixture() {
    // Doc §3.2: p0 = 1%, 5,000 requests, 80 errors, tuned for 2,000 requests at alpha 0.05: ln m = 6.4914312371.
    SuccessRateTest test = new SuccessRateTest(0.01, 0.05, 2000);

    assertThat(test.logE(5000, 80)).isCloseTo(6.4914312371, within(1e-8));
  }

  @Test
  void aCanaryWithinTheSloBuildsNoEvidence() {
    SuccessRateTest test = new SuccessRateTest(0.01, 0.005, 1000);

    assertThat(test.logE(0, 0)).isZero();
    assertThat(test.logE(10_000, 50)).isLessThan(0);
  }

  @Test
  void anErrorRateAtTheSloIsRarelyRejectedOverAWholeRun() {
    SuccessRateTest test = new SuccessRateTest(0.01, 0.01, 1000);
    SplittableRandom random = new SplittableRandom(3);
    int rejected = 0;
    for (int run = 0; run < 1000; run++) {
      long requests = 0;
      long errors = 0;
      for (int tick = 0; tick < 60 && test.logE(requests, errors) < Math.log(100); tick++) {
        for (int i = 0; i < 100; i++) {
          errors += random.nextDouble() < 0.01 ? 1 : 0;
        }
        requests += 100;
      }
      rejected += test.logE(requests, errors) >= Math.log(100) ? 1 : 0;
    }

    assertThat(rejected).isLessThanOrEqualTo(10 + 3 * 3);
  }

  @Test
  void catchesACanaryFailingTheSlo() {
    SuccessRateTest test = new SuccessRateTest(0.01, 0.005, 1000);

    assertThat(test.logE(1000, 40)).isGreaterThan(Math.log(200));
  }
}
