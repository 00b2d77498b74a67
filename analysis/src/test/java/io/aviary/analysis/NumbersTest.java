package io.aviary.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

  @ParameterizedTest
  @CsvSource({"3.14159, 3.1", "0.5234, 0.52", "0.05, 0.05", "12.4, 12", "150.2, 150", "1, 1", "9.96, 10", "0, 0"})
  void writesRatiosWithTwoSignificantDigits(double value, String text) {
    assertThat(Numbers.ratio(value)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"252.4, 252", "0.00397, 0.00397", "251234, 2.51e+05", "0.000123, 1.23e-04", "1, 1", "9999.9, 10000",
      "1e30, 1e+30"})
  void writesEvidenceWithThreeSignificantDigits(double value, String text) {
    assertThat(Numbers.evidence(value)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"0.99, 99", "0.995, 99.5", "0.99833, 99.83"})
  void writesConfidenceLevelsWithoutTrailingZeros(double value, String text) {
    assertThat(Numbers.level(value)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"15, 303, 5%", "23, 2697, 0.85%", "0, 10, 0%", "1, 3, 33%"})
  void writesRatesAsPercentages(long part, long whole, String text) {
    assertThat(Numbers.percent(part, whole)).isEqualTo(text);
  }
}
