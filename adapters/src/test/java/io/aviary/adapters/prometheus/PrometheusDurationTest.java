package io.aviary.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PrometheusDurationTest {

  @Test
  void writesWindowsAsPromqlRangesLargestUnitFirst() {
    assertThat(PrometheusDuration.format(Duration.ofMinutes(1))).isEqualTo("1m");
    assertThat(PrometheusDuration.format(Duration.ofSeconds(30))).isEqualTo("30s");
    assertThat(PrometheusDuration.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(PrometheusDuration.format(Duration.ofHours(2).plusSeconds(5))).isEqualTo("2h5s");
    assertThat(PrometheusDuration.format(Duration.ofMillis(1500))).isEqualTo("1s500ms");
  }
}
