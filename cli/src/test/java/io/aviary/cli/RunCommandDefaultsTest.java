package io.aviary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

/** What {@code aviary run} listens on when the user says nothing: loopback only, so nothing is exposed by accident. */
class RunCommandDefaultsTest {

  private static RunCommand parse(String... args) {
    ParseResult result = AviaryCommand.newCommandLine().parseArgs(args);
    return (RunCommand) result.subcommand().commandSpec().userObject();
  }

  @Test
  void bindsTheAdminServerToLoopbackPort15000ByDefault() {
    assertThat(parse("run", "app.yaml").admin).isEqualTo("127.0.0.1:15000");
  }

  @Test
  void bindsTheGatewayListenersToLoopbackByDefault() {
    assertThat(parse("run", "app.yaml").bind).isEqualTo("127.0.0.1");
  }
}
