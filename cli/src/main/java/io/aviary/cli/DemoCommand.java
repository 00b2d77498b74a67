package io.aviary.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aviary demo}: validates the seed guide's app ({@code examples/next/}) and walks its canary steps
 * ({@code examples/next-steps/}) through the routing engine, printing where requests go at each step.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Validate the seed guide's app (examples/next/) and show, step by step (10 -> 20 -> 50 -> 100 %, rollback,",
      "Chrome and cookie A/B), where requests are routed. Exit 0 when every step validates and routes."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--examples", description = "The examples folder (default: examples/ of the Aviary checkout).")
  Path examples;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path root = examples != null ? examples : Path.of(System.getProperty("aviary.home", "."), "examples");
    Path app = root.resolve("next");
    Path steps = root.resolve("next-steps");
    if (!Files.isDirectory(app) || !Files.isDirectory(steps)) {
      spec.commandLine().getErr().println("aviary demo: no examples at " + root + " (use --examples DIR)");
      return ExitCodes.UNREADABLE_INPUT;
    }
    out.println("$ aviary validate " + app);
    int validation = new CommandLine(new ValidateCommand())
        .setOut(out).setErr(spec.commandLine().getErr())
        .execute(app.toString());
    if (validation != ExitCodes.OK) {
      return validation;
    }
    out.println("\nThe seed guide's steps, each over 10,000 seeded requests through Gateway default/next-gateway:");
    boolean routed = new RoutingWalkthrough(out).run(app, steps);
    out.flush();
    return routed ? ExitCodes.OK : ExitCodes.UNREADABLE_INPUT;
  }
}
