package io.aviary.gateway.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds the real Prometheus for the scrape test: Debian's package at {@code /usr/bin/prometheus}. Where it is
 * missing and the test runs as root (as CI does), it installs the package with apt-get; otherwise the test is
 * skipped with {@link #MISSING}, since an unprivileged run cannot install it.
 */
final class PrometheusBinary {

  static final Path PATH = Path.of("/usr/bin/prometheus");
  static final String MISSING = "Prometheus is not installed at " + PATH + " and only root can install it: run "
      + "'apt-get install -y prometheus' (.ci/run does) to run the Prometheus scrape test";

  private PrometheusBinary() {}

  /** The binary, installing Debian's package first when it is missing and this process may install it. */
  static Optional<Path> locate(Path logFolder) throws IOException, InterruptedException {
    if (Files.isExecutable(PATH)) {
      return Optional.of(PATH);
    }
    if (!"root".equals(System.getProperty("user.name"))) {
      return Optional.empty();
    }
    Path log = logFolder.resolve("apt-get.log");
    if (apt(log, "install", "-y", "prometheus") != 0) {
      apt(log, "update");
      apt(log, "install", "-y", "prometheus");
    }
    return Files.isExecutable(PATH) ? Optional.of(PATH) : Optional.empty();
  }

  private static int apt(Path log, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("apt-get"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
