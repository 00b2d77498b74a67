package io.aviary.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder wiring; replaced by the routing slice. */
@Command(name = "route", mixinStandardHelpOptions = true, description = "Explain how a request is routed.")
final class RouteCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
