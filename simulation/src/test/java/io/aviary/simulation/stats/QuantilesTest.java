package io.aviary.simulation.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantilesTest {

  @Test
  void interpolatesBetweenOrderStatisticsAsRAndNumpyDo() {
    double[] values = {40, 10, 30, 20};
    assertThat(Quantiles.of(values, 0.5)).hasValue(25);
    assertThat(Quantiles.of(values, 0.9)).hasValue(37);
    assertThat(Quantiles.of(values, 0)).hasValue(10);
    assertThat(Quantiles.of(values, 1)).hasValue(40);
  }

  @Test
  void isEmptyWithoutValues() {
    assertThat(Quantiles.of(new double[0], 0.5)).isEmpty();
  }
}
