package io.aviary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code bin/aviary} launcher itself, run as a user would. */
class LauncherIT {

  private static final Path LAUNCHER = Path.of("..", "bin", "aviary").toAbsolutePath().normalize();

  @Test
  void saysInOneLineThatItNeedsJava21WhenNoneIsFound(@TempDir Path emptyJvmDir) throws Exception {
    ProcessBuilder launcher = new ProcessBuilder(LAUNCHER.toString(), "--help").redirectErrorStream(true);
    launcher.environment().put("JAVA_HOME", "/nonexistent");
    launcher.environment().put("AVIARY_JVM_DIR", emptyJvmDir.toString());
    Process process = launcher.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).isEqualTo(1);
    assertThat(output.strip().lines()).singleElement().asString().contains("needs a JDK 21 or newer");
  }

  @Test
  void listsTheCommandsWithHelp() throws Exception {
    assertThat(Files.isExecutable(LAUNCHER)).isTrue();
    Process process = new ProcessBuilder(LAUNCHER.toString(), "--help").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).isZero();
    assertThat(output).contains("demo", "validate", "route", "run");
  }
}
