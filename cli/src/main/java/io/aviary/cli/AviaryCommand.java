package io.aviary.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code aviary} entry point. */
@Command(
    name = "aviary",
    mixinStandardHelpOptions = true,
    version = "aviary 0.1.0",
    description = "Canary deployments and traffic splitting on Istio's and Flagger's own resources.",
    subcommands = {
      DemoCommand.class,
      DemoAppCommand.class,
      ValidateCommand.class,
      RouteCommand.class,
      RunCommand.class,
      StatusCommand.class,
      SetWeightCommand.class,
      CanaryCommand.Promote.class,
      CanaryCommand.Rollback.class,
      CanaryCommand.Pause.class,
      CanaryCommand.Resume.class,
      SimulateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class AviaryCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it with their own writers. */
  public static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new AviaryCommand());
    commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
      String message = exception.getMessage();
      cmd.getErr().println("aviary: " + (message == null ? exception.toString() : message));
      if (System.getenv("AVIARY_DEBUG") != null) {
        exception.printStackTrace(cmd.getErr());
      }
      return ExitCodes.UNREADABLE_INPUT;
    });
    return commandLine;
  }
}
