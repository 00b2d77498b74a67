package io.aviary.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How a control command finds the running {@code aviary run}: through its state directory (which records the
 * admin address and token file), or directly with {@code --admin} and {@code --admin-token-file}.
 */
final class ControlOptions {

  @Option(names = "--state-dir", defaultValue = ".aviary",
      description = "State directory of the running aviary run (default: ${DEFAULT-VALUE}).")
  Path stateDir = Path.of(".aviary");

  @Option(names = "--admin", paramLabel = "HOST:PORT", description = "Admin address of the running aviary run.")
  String admin;

  @Option(names = "--admin-token-file", description = "File holding the admin bearer token (with --admin).")
  Path tokenFile;

  @Option(names = {"-n", "--namespace"}, defaultValue = "default",
      description = "Namespace of the named resource (default: ${DEFAULT-VALUE}).")
  String namespace = "default";
}
