package io.aviary.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aviary promote|rollback|pause|resume NAME}: a person's command to a running canary, applied within
 * milliseconds (resume at the next tick). Exit 0 when accepted, 1 when refused, 2 when aviary is unreachable.
 */
abstract class CanaryCommand implements Callable<Integer> {

  @Mixin ControlOptions control = new ControlOptions();

  @Parameters(index = "0", paramLabel = "NAME", description = "The Canary's name.")
  String name;

  @Spec CommandSpec spec;

  /** The command's name is the control API's verb ({@code POST /canaries/NS/NAME/promote}). */
  private String verb() {
    return spec.name();
  }

  @Override
  public Integer call() {
    try {
      ControlClient.Answer answer = ControlClient.of(control)
          .post("/canaries/%s/%s/%s".formatted(control.namespace, name, verb()), "{}");
      if (answer.status() / 100 == 2) {
        spec.commandLine().getOut().printf("%s: canary %s/%s%n", verb(), control.namespace, name);
        return ExitCodes.OK;
      }
      spec.commandLine().getErr().printf("aviary %s: %s%n", verb(), ControlErrors.of(answer));
      return ExitCodes.FINDINGS_WITH_ERRORS;
    } catch (ControlException e) {
      spec.commandLine().getErr().printf("aviary %s: %s%n", verb(), e.getMessage());
      return ExitCodes.UNREADABLE_INPUT;
    }
  }

  @Command(name = "promote", mixinStandardHelpOptions = true,
      description = "End the analysis now and promote the canary (the seed guide's step 13).")
  static final class Promote extends CanaryCommand {}

  @Command(name = "rollback", mixinStandardHelpOptions = true,
      description = "End the run now and route all traffic back to the stable subset.")
  static final class Rollback extends CanaryCommand {}

  @Command(name = "pause", mixinStandardHelpOptions = true,
      description = "Freeze the run: no checks, no weight changes; the progress deadline stops counting.")
  static final class Pause extends CanaryCommand {}

  @Command(name = "resume", mixinStandardHelpOptions = true,
      description = "Continue a paused run at its next tick.")
  static final class Resume extends CanaryCommand {}
}
