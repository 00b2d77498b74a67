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
      ValidateCommand.class,
      RouteCommand.class,
      RunCommand.class,
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
      cmd.getErr().println("aviary: " + exception.getMessage());
      return ExitCodes.UNREADABLE_INPUT;
    });
    return commandLine;
  }
}
