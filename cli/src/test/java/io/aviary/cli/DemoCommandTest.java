package io.aviary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

  private static final String EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize().toString();

  @Test
  void walkthroughValidatesTheAppAndWalksEveryStepOfTheGuide() {
    CliRun run = CliRun.of("demo", "--walkthrough", "--examples", EXAMPLES);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("No validation issues found")
        .contains("1-canary-10.yaml")
        .contains("7-ab-cookie.yaml")
        .containsPattern("Step 1 .*\\n  Firefox user -> v1  9\\d\\.\\d%  v2  1\\d\\.\\d%")
        .containsPattern("Chrome users get v2.*\\n  Firefox user -> v1 100\\.0%\\n  Chrome user  -> v2 100\\.0%")
        .containsPattern("cookie user=test.*\\n(.*\\n){2}  test cookie  -> v2 100\\.0%");
  }

  @Test
  void saysWhereItLookedWhenTheExamplesAreMissing() {
    CliRun run = CliRun.of("demo", "--examples", "/no/such/examples");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("/no/such/examples");
  }

  @Test
  void refusesAnUnknownScenario() {
    CliRun run = CliRun.of("demo", "--canary", "sleepy", "--examples", EXAMPLES);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--canary sleepy (expected: healthy, failing or slow)");
  }
}
