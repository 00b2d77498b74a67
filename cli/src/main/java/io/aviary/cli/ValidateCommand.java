package io.aviary.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder wiring; replaced in the next commit. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Validate manifests.")
final class ValidateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
