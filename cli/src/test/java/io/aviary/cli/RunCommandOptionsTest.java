package io.aviary.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunCommandOptionsTest {

  @Test
  void maxRequestBodyAcceptsPlainBytesAndBinarySuffixes() {
    assertThat(RunCommand.bytes("0")).isZero();
    assertThat(RunCommand.bytes("1500")).isEqualTo(1500);
    assertThat(RunCommand.bytes("64k")).isEqualTo(64 * 1024);
    assertThat(RunCommand.bytes("2M")).isEqualTo(2 * 1024 * 1024);
    assertThat(RunCommand.bytes("1g")).isEqualTo(1L << 30);
  }

  @Test
  void maxRequestBodyRejectsWhatIsNotASize() {
    assertThatThrownBy(() -> RunCommand.bytes("lots")).hasMessageContaining("--max-request-body");
  }

  @Test
  void anUnknownTransportIsAUsageErrorNamingTheChoices() {
    CliRun run = CliRun.of("run", "no-such-folder", "--transport", "kqueue");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--transport: unknown transport 'kqueue' (expected one of auto, io_uring, epoll, nio)");
  }
}
