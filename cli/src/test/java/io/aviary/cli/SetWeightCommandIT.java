package io.aviary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed guide's manual steps (90/10, 50/50, 100 % v2, back to the files) as {@code aviary set-weight}. */
class SetWeightCommandIT {

  @TempDir Path folder;
  private RunningExample example;

  @BeforeEach
  void start() throws Exception {
    example = new RunningExample(folder, false);
  }

  @AfterEach
  void stop() {
    example.close();
  }

  @Test
  void movesTheWeightsStepByStepWithoutTouchingTheFiles() {
    assertThat(setWeight("v1=50", "v2=50").exitCode()).isZero();
    assertThat(tally(400).get("v2")).isBetween(140, 260);

    assertThat(setWeight("v2=100").exitCode()).isZero();
    assertThat(tally(50)).containsOnlyKeys("v2");

    assertThat(CliRun.of("set-weight", "next-virtual-service", "--clear", "--state-dir", example.stateDir)
        .exitCode()).isZero();
    assertThat(tally(400).get("v2")).as("the file's 90/10 again").isBetween(15, 70);
  }

  @Test
  void refusesWeightsThatDoNotSumToOneHundredOrUnknownSubsetsAndChangesNothing() {
    CliRun sum = setWeight("v1=50", "v2=40");
    CliRun unknown = setWeight("v1=50", "v3=50");

    assertThat(sum.exitCode()).isEqualTo(1);
    assertThat(sum.err()).contains("sum to 90 (expected: 100)");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("subset v3 is not defined by DestinationRule default/next-destination-rule");
    assertThat(tally(400).get("v2")).as("still the file's 90/10").isBetween(15, 70);
  }

  @Test
  void keepsWeightsSetByHandAcrossARestart() throws Exception {
    assertThat(setWeight("v2=100").exitCode()).isZero();
    example.close();

    example = new RunningExample(folder, false);
    assertThat(tally(20)).containsOnlyKeys("v2");
  }

  private CliRun setWeight(String... weights) {
    String[] args = new String[weights.length + 4];
    args[0] = "set-weight";
    args[1] = "next-virtual-service";
    System.arraycopy(weights, 0, args, 2, weights.length);
    args[weights.length + 2] = "--state-dir";
    args[weights.length + 3] = example.stateDir;
    return CliRun.of(args);
  }

  private Map<String, Integer> tally(int requests) {
    Map<String, Integer> tally = new HashMap<>();
    for (int i = 0; i < requests; i++) {
      tally.merge(example.get(), 1, Integer::sum);
    }
    return tally;
  }
}
