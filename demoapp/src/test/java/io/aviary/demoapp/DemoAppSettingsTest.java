package io.aviary.demoapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DemoAppSettingsTest {

  @Test
  void defaultsToAHealthyFastAppOnLoopbackPort9080() {
    assertThat(DemoAppSettings.of("v1"))
        .isEqualTo(new DemoAppSettings("v1", "127.0.0.1", 9080, 0, Duration.ZERO, null));
  }

  @Test
  void namesTheFieldTheValueAndTheExpectationOfEveryInvalidSetting() {
    DemoAppSettings settings = DemoAppSettings.of("v2");

    assertThatThrownBy(() -> settings.withErrorRate(1.5)).hasMessage("error-rate: 1.5 (expected: 0..1)");
    assertThatThrownBy(() -> settings.withErrorRate(Double.NaN)).hasMessage("error-rate: NaN (expected: 0..1)");
    assertThatThrownBy(() -> settings.withPort(70_000)).hasMessage("port: 70000 (expected: 0..65535)");
    assertThatThrownBy(() -> settings.withLatency(Duration.ofMillis(-1)))
        .hasMessage("latency: -1ms (expected: 0 or more)");
    assertThatThrownBy(() -> DemoAppSettings.of("v2\"}"))
        .hasMessage("version: 'v2\"}' (expected: letters, digits, '.', '_' or '-', e.g. v2)");
  }
}
