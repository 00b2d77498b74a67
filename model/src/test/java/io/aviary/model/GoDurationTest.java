package io.aviary.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GoDurationTest {

  @Test
  void readsTheFormsIstioAndFlaggerUse() {
    assertThat(GoDuration.parse("1s")).contains(Duration.ofSeconds(1));
    assertThat(GoDuration.parse("0.5s")).contains(Duration.ofMillis(500));
    assertThat(GoDuration.parse("100ms")).contains(Duration.ofMillis(100));
    assertThat(GoDuration.parse("1m")).contains(Duration.ofMinutes(1));
    assertThat(GoDuration.parse("1h30m")).contains(Duration.ofMinutes(90));
    assertThat(GoDuration.parse(".5s")).contains(Duration.ofMillis(500));
    assertThat(GoDuration.parse("250us")).contains(Duration.ofNanos(250_000));
    assertThat(GoDuration.parse("-2s")).contains(Duration.ofSeconds(-2));
    assertThat(GoDuration.parse("0")).contains(Duration.ZERO);
  }

  @Test
  void rejectsWhatGoRejects() {
    assertThat(GoDuration.parse("")).isEmpty();
    assertThat(GoDuration.parse("10")).isEmpty();
    assertThat(GoDuration.parse("1d")).isEmpty();
    assertThat(GoDuration.parse("PT1S")).isEmpty();
    assertThat(GoDuration.parse("s")).isEmpty();
    assertThat(GoDuration.parse("1s ")).isEmpty();
    assertThat(GoDuration.parse("3000000h")).isEmpty();
  }
}
