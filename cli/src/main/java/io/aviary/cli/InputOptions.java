package io.aviary.cli;

import io.aviary.model.load.LoadResult;
import io.aviary.model.load.ManifestLoader;
import io.aviary.model.load.ReadError;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs every command that reads manifests takes: paths (files, folders, {@code -}) and a default namespace. */
final class InputOptions {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Manifest files or folders (recursive), or - for stdin.")
  List<String> paths = List.of();

  @Option(names = {"-n", "--namespace"}, defaultValue = "default",
      description = "Namespace for resources that name none (default: ${DEFAULT-VALUE}).")
  String namespace = "default";

  /** Loads every input; prints each unreadable one to {@code err}. */
  LoadResult load(PrintWriter err) {
    LoadResult result = new ManifestLoader(namespace).load(paths);
    for (ReadError error : result.errors()) {
      err.println("Error: " + error);
    }
    err.flush();
    return result;
  }
}
