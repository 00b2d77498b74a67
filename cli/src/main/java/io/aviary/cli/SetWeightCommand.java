package io.aviary.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code aviary set-weight VIRTUALSERVICE SUBSET=WEIGHT...}: the seed guide's manual steps (90/10, 80/20, 50/50,
 * 100) on a running aviary, without editing the manifest files; kept across restarts until {@code --clear}.
 */
@Command(name = "set-weight", mixinStandardHelpOptions = true,
    description = {"Set the subset weights of a VirtualService's catch-all routes (or --route NAME) on a running",
        "aviary run, e.g. aviary set-weight next-virtual-service v1=90 v2=10. Header and cookie rules stay as",
        "written. --clear hands the weights back to the manifest files."})
final class SetWeightCommand implements Callable<Integer> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Mixin ControlOptions control = new ControlOptions();

  @Parameters(index = "0", paramLabel = "VIRTUALSERVICE", description = "The VirtualService's name.")
  String virtualService;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "SUBSET=WEIGHT", description = "Weights summing to 100.")
  List<String> weights = new ArrayList<>();

  @Option(names = "--route", paramLabel = "NAME", description = "Only the http route with this name (repeatable).")
  List<String> routes = new ArrayList<>();

  @Option(names = "--clear", description = "Remove weights set by hand; the files' weights apply again.")
  boolean clear;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Map<String, Integer> parsed = new LinkedHashMap<>();
    for (String weight : weights) {
      int equals = weight.indexOf('=');
      try {
        parsed.put(weight.substring(0, equals), Integer.parseInt(weight.substring(equals + 1)));
      } catch (RuntimeException e) {
        spec.commandLine().getErr().printf("aviary set-weight: %s (expected: SUBSET=WEIGHT, e.g. v2=10)%n", weight);
        return ExitCodes.UNREADABLE_INPUT;
      }
    }
    if (parsed.isEmpty() != clear) {
      spec.commandLine().getErr().println("aviary set-weight: give SUBSET=WEIGHT pairs, or --clear alone");
      return ExitCodes.UNREADABLE_INPUT;
    }
    try {
      String body = JSON.writeValueAsString(Map.of("weights", parsed, "routes", routes, "clear", clear));
      ControlClient.Answer answer = ControlClient.of(control)
          .post("/virtualservices/%s/%s/weights".formatted(control.namespace, virtualService), body);
      if (answer.status() / 100 != 2) {
        spec.commandLine().getErr().println("aviary set-weight: " + ControlErrors.of(answer));
        return ExitCodes.FINDINGS_WITH_ERRORS;
      }
      spec.commandLine().getOut().printf("%s/%s: %s%n", control.namespace, virtualService,
          clear ? "weights from the files" : parsed);
      return ExitCodes.OK;
    } catch (ControlException e) {
      spec.commandLine().getErr().println("aviary set-weight: " + e.getMessage());
      return ExitCodes.UNREADABLE_INPUT;
    }
  }
}
