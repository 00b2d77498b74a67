package io.aviary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code aviary demo-app}'s help and argument errors; none of these starts a server. */
class DemoAppCommandTest {

  @Test
  void helpDescribesEveryOption() {
    CliRun run = CliRun.of("demo-app", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: aviary demo-app", "--version=V", "--port=P", "--bind=ADDR",
        "--error-rate=R", "--latency=D", "--seed=N", "default: 9080", "default: 127.0.0.1");
  }

  @Test
  void isListedByTheTopLevelHelp() {
    assertThat(CliRun.of("--help").out()).contains("demo-app");
  }

  @Test
  void requiresAVersion() {
    CliRun run = CliRun.of("demo-app", "--port", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--version=V'");
  }

  @Test
  void refusesAnErrorRateOutsideZeroToOne() {
    CliRun run = CliRun.of("demo-app", "--version", "v2", "--error-rate", "1.5");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--error-rate: 1.5 (expected: 0..1)");
  }

  @Test
  void refusesALatencyThatIsNotAGoDuration() {
    CliRun run = CliRun.of("demo-app", "--version", "v2", "--latency", "100");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--latency: 100 (expected: a Go duration such as 150ms or 1s)");
  }

  @Test
  void refusesAPortOutOfRangeAndAVersionThatIsNotAName() {
    assertThat(CliRun.of("demo-app", "--version", "v2", "--port", "70000").err())
        .contains("--port: 70000 (expected: 0..65535)");
    assertThat(CliRun.of("demo-app", "--version", "v 2").err())
        .contains("--version: 'v 2' (expected: letters, digits, '.', '_' or '-', e.g. v2)");
  }

  @Test
  void refusesANumberThatIsNotANumber() {
    CliRun run = CliRun.of("demo-app", "--version", "v2", "--port", "http");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--port");
  }
}
