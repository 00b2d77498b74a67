package io.aviary.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code aviary status [NAME] [--events] [--output json]}: where each canary of a running aviary stands. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = {"Show the canaries of a running aviary run: phase, weights, failed checks, iterations; with",
        "--events, every decision with the checks behind it."})
final class StatusCommand implements Callable<Integer> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Mixin ControlOptions control = new ControlOptions();

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "One Canary (default: all).")
  String name;

  @Option(names = "--events", description = "Include the decision history.")
  boolean events;

  @Option(names = {"-o", "--output"}, defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat output = OutputFormat.text;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      String path = name == null ? "/canaries" : "/canaries/%s/%s".formatted(control.namespace, name);
      ControlClient.Answer answer = ControlClient.of(control).get(path + (events ? "?events=true" : ""));
      if (answer.status() != 200) {
        spec.commandLine().getErr().println("aviary status: " + ControlErrors.of(answer));
        return ExitCodes.FINDINGS_WITH_ERRORS;
      }
      JsonNode body = JSON.readTree(answer.body());
      List<JsonNode> canaries = name == null ? List.copyOf(body.path("canaries").valueStream().toList()) : List.of(body);
      if (output == OutputFormat.json) {
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
            name == null ? body : JSON.createObjectNode().set("canaries", JSON.createArrayNode().add(body))));
      } else {
        StatusText.print(out, canaries, events);
      }
      out.flush();
      return ExitCodes.OK;
    } catch (ControlException e) {
      spec.commandLine().getErr().println("aviary status: " + e.getMessage());
      return ExitCodes.UNREADABLE_INPUT;
    }
  }
}
