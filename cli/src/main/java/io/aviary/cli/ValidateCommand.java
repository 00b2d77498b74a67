package io.aviary.cli;

import io.aviary.model.load.LoadResult;
import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aviary validate}: every finding about the given manifests, in istioctl analyze's shape. Exit 0 without
 * errors, 1 with errors, 2 when an input cannot be read.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate manifests against Istio's and Flagger's CRD schemas and istioctl's analyzers.",
      "Exit status: 0 no errors, 1 errors found, 2 input unreadable (missing file, malformed YAML)."
    })
final class ValidateCommand implements Callable<Integer> {

  @Mixin InputOptions inputs = new InputOptions();

  @Mixin ValidationOptions validation = new ValidationOptions();

  @Option(names = {"-o", "--output"}, defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat output = OutputFormat.text;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadResult loaded = inputs.load(err);
    if (!loaded.readable()) {
      return ExitCodes.UNREADABLE_INPUT;
    }
    List<Finding> findings = validation.validator(inputs.namespace).validate(loaded.manifests());
    switch (output) {
      case json -> out.println(FindingsJson.write(findings));
      case text -> printText(findings, loaded, out);
    }
    out.flush();
    boolean errors = findings.stream().anyMatch(f -> f.level() == Level.Error);
    return errors ? ExitCodes.FINDINGS_WITH_ERRORS : ExitCodes.OK;
  }

  private static void printText(List<Finding> findings, LoadResult loaded, PrintWriter out) {
    findings.forEach(out::println);
    if (findings.stream().noneMatch(f -> f.level() != Level.Info)) {
      out.println("\u2714 No validation issues found when analyzing " + loaded.manifests().size() + " resources.");
    }
  }
}
