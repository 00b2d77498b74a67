package io.aviary.simulation.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BrentRootTest {

  @Test
  void findsTheSquareRootOfTwo() {
    assertThat(BrentRoot.solve(x -> x * x - 2, 0, 2, 1e-12, 100)).isCloseTo(Math.sqrt(2), within(1e-11));
  }

  @Test
  void findsTheJumpOfAStepFunctionToTheAccuracyAsked() {
    assertThat(BrentRoot.solve(x -> x < 0.3 ? 1 : -1, 0, 1, 1e-4, 1000)).isCloseTo(0.3, within(1e-4));
  }

  @Test
  void returnsTheEndNearerToARootWithoutASignChange() {
    assertThat(BrentRoot.solve(x -> x + 1, 0, 5, 1e-6, 100)).isZero();
  }
}
