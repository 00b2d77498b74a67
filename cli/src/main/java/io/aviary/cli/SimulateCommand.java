package io.aviary.cli;

import io.aviary.controller.spec.CanarySpec;
import io.aviary.model.load.LoadResult;
import io.aviary.model.load.ManifestLoader;
import io.aviary.simulation.SimulatedCanary;
import io.aviary.simulation.SimulatedCanary.InvalidCanaryException;
import io.aviary.simulation.Simulation;
import io.aviary.simulation.SimulationSettings;
import io.aviary.simulation.report.ScenarioResult;
import io.aviary.simulation.traffic.Scenario;
import io.aviary.simulation.traffic.Scenarios;
import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import io.aviary.validation.Validator;
import io.aviary.validation.schema.CrdSchemaValidator;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aviary simulate}: what a Canary's analysis would do to healthy and regressed canaries, next to Flagger's
 * rule and Kayenta's judge on the same simulated traffic. Exit 1 for a Canary that cannot be simulated, 2 for bad
 * arguments.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulate rollouts of healthy and regressed canaries (scenarios H1-H5, E1-E4, L1-L3, L1t-L3t, F1, W1, S1) under",
      "the Canary's analysis (aviary, run by the real controller), Flagger's rule and Kayenta's judge, over the same",
      "traffic; report false rollbacks, detections, time to detect and to promote. Without CANARY.yaml, a default",
      "Canary (interval 10s, stepWeight 10, maxWeight 50, threshold 5) is simulated."
    })
final class SimulateCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "CANARY.yaml", description = "An Aviary Canary (aviary.io/v1alpha1).")
  @Nullable String canary;

  @Option(names = "--runs", defaultValue = "2000", paramLabel = "N",
      description = "Runs per scenario and policy (default: ${DEFAULT-VALUE}).")
  int runs = 2000;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Seed; the same seed gives the same figures (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--scenario", paramLabel = "ID", description = "Only this scenario (repeatable; default: all).")
  List<String> scenarios = new ArrayList<>();

  @Option(names = "--output", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat output = OutputFormat.text;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--aviary-tick", paramLabel = "SECONDS",
      description = "Step Aviary's state machine every SECONDS (default: the analysis interval).")
  int aviaryTick;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CanarySpec canarySpec;
    try {
      canarySpec = canary == null ? SimulatedCanary.defaultCanary() : load(canary);
    } catch (InvalidCanaryException e) {
      err.println("aviary simulate: cannot simulate " + (canary == null ? "the default Canary" : canary) + ":");
      e.problems().forEach(problem -> err.println("  " + problem));
      err.flush();
      return ExitCodes.FINDINGS_WITH_ERRORS;
    }
    int interval = (int) Math.max(1, canarySpec.analysis().interval().toSeconds());
    List<Scenario> selected = select(interval, err);
    if (selected == null) {
      return ExitCodes.UNREADABLE_INPUT;
    }
    if (runs < 1 || threads < 1 || aviaryTick < 0) {
      err.println("aviary simulate: --runs %d, --threads %d, --aviary-tick %d (expected: 1 or more)"
          .formatted(runs, threads, aviaryTick));
      err.flush();
      return ExitCodes.UNREADABLE_INPUT;
    }
    long started = System.nanoTime();
    List<ScenarioResult> results = Simulation.run(
        new SimulationSettings(canarySpec, runs, seed, selected, threads, aviaryTick));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    out.print(output == OutputFormat.json ? SimulationJson.render(results)
        : SimulationTable.render(results, selected, describe(canarySpec), runs, seed, took));
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The user's Canary, first held to the Aviary CRD's schema: the model's decoder ignores fields it does not know,
   * and a simulation of a misspelt or not yet supported option would silently answer for another configuration.
   */
  static CanarySpec load(String path) {
    LoadResult loaded = new ManifestLoader("default").load(List.of(path));
    List<String> errors = new Validator(List.of(CrdSchemaValidator.shipped()), List.of())
        .validate(loaded.manifests()).stream()
        .filter(finding -> finding.level() == Level.Error).map(Finding::toString).toList();
    if (!errors.isEmpty()) {
      throw new InvalidCanaryException(errors);
    }
    return SimulatedCanary.resolve(loaded, path);
  }

  /** One line on what the policies follow, e.g. {@code Canary default/simulated: interval 10s, weights 10 to 50, ...}. */
  private String describe(CanarySpec spec) {
    var plan = spec.analysis();
    String checks = plan.metrics().isEmpty() ? "none" : String.join(", ", plan.metrics().stream()
        .map(check -> "%s%s%s over %ds".formatted(check.name(), bound(" >= ", check.min()), bound(" <= ", check.max()),
            check.window().toSeconds())).toList());
    return "Canary %s%s: interval %ds, weights %d to %d, threshold %d, checks: %s".formatted(
        spec.canary().qualifiedName(), canary == null ? " (the default)" : "", plan.interval().toSeconds(),
        plan.weights().next(0), plan.weights().max(), plan.threshold(), checks);
  }

  private static String bound(String relation, @Nullable Double value) {
    if (value == null) {
      return "";
    }
    return relation + (value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString());
  }

  private @Nullable List<Scenario> select(int interval, PrintWriter err) {
    if (scenarios.isEmpty()) {
      return Scenarios.all(interval);
    }
    List<Scenario> selected = new ArrayList<>();
    for (String id : scenarios) {
      var scenario = Scenarios.byId(id, interval);
      if (scenario.isEmpty()) {
        err.println("aviary simulate: --scenario %s (expected: one of %s)".formatted(id,
            String.join(", ", Scenarios.all(interval).stream().map(Scenario::id).toList())));
        err.flush();
        return null;
      }
      selected.add(scenario.get());
    }
    return selected;
  }
}
