package io.aviary.cli;

import io.aviary.embedded.demo.DemoRunner;
import io.aviary.embedded.demo.DemoScenario;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aviary demo}: a whole canary rollout on this machine ({@code examples/next-canary/} with two demo app
 * versions and steady load), ending {@code canary default/next: Succeeded} or {@code Failed (...)}; exit 0 when
 * the end is the one the scenario expects. {@code --walkthrough} instead routes seeded requests through each of the
 * seed guide's manual steps.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run a canary rollout end to end: demo app v1 and v2, the gateway and the canary controller on",
      "examples/next-canary/, load through the gateway, and a live view until the canary is promoted or rolled",
      "back. --canary healthy (default) ends Succeeded; failing (5xx) and slow (latency) end Failed with traffic",
      "back on v1. Exit 0 when the outcome is the one the scenario expects.",
      "--walkthrough: validate examples/next/ and route seeded requests through each of the guide's steps."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--canary", defaultValue = "healthy", paramLabel = "healthy|failing|slow",
      description = "How demo app v2 behaves (default: ${DEFAULT-VALUE}).")
  String canary = "healthy";

  @Option(names = "--examples", description = "The examples folder (default: examples/ of the Aviary checkout).")
  Path examples;

  @Option(names = "--time-limit", defaultValue = "85s", description = "Give up after this long (default: ${DEFAULT-VALUE}).")
  String timeLimit = "85s";

  @Option(names = "--walkthrough", description = "Route seeded requests through the seed guide's steps instead.")
  boolean walkthrough;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path root = examples != null ? examples : Path.of(System.getProperty("aviary.home", "."), "examples");
    if (walkthrough) {
      return walkthrough(root);
    }
    DemoScenario scenario;
    try {
      scenario = DemoScenario.valueOf(canary.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("aviary demo: --canary " + canary + " (expected: healthy, failing or slow)");
      return ExitCodes.UNREADABLE_INPUT;
    }
    Path example = root.resolve("next-canary");
    if (!Files.isDirectory(example)) {
      spec.commandLine().getErr().println("aviary demo: no example at " + example + " (use --examples DIR)");
      return ExitCodes.UNREADABLE_INPUT;
    }
    Duration limit = io.aviary.model.GoDuration.parse(timeLimit).orElseThrow(
        () -> new IllegalArgumentException("--time-limit: " + timeLimit + " (expected: a duration such as 85s)"));
    Path folder = Files.createTempDirectory("aviary-demo-");
    boolean terminal = stdoutIsTerminal();
    boolean expected = new DemoRunner(example, folder, spec.commandLine().getOut(), terminal, limit).run(scenario);
    return expected ? ExitCodes.OK : ExitCodes.FINDINGS_WITH_ERRORS;
  }

  /**
   * Whether standard output is a terminal, so the view may redraw in place. Read from the descriptor itself: since
   * JDK 22 {@code System.console()} exists even when output is redirected.
   */
  private static boolean stdoutIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private int walkthrough(Path root) throws java.io.IOException {
    PrintWriter out = spec.commandLine().getOut();
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
