package io.aviary.embedded.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code aviary demo} as the README promises it, on the shipped example: each scenario ends as expected. */
class DemoRunnerIT {

  private static final Path EXAMPLE = Path.of("..", "examples", "next-canary").toAbsolutePath().normalize();

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(DemoScenario.class)
  void endsAsTheScenarioExpectsAndSaysSoOnTheLastLine(DemoScenario scenario) throws Exception {
    StringWriter output = new StringWriter();

    boolean expected = new DemoRunner(EXAMPLE, folder, new PrintWriter(output, true), false, Duration.ofSeconds(85))
        .run(scenario);

    List<String> lines = output.toString().lines().filter(line -> !line.isBlank()).toList();
    assertThat(expected).as(output.toString()).isTrue();
    assertThat(lines.getLast()).startsWith("canary default/next: " + scenario.expected().wireName());
    assertThat(lines).as("one line per tick with both versions").anyMatch(line -> line.contains("| v1 ")
        && line.contains("| v2 "));
  }
}
