package io.aviary.validation.analyzers;

import io.aviary.model.load.LoadResult;
import io.aviary.model.load.ManifestLoader;
import io.aviary.model.registry.Workloads;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Finding;
import io.aviary.validation.Validator;
import java.nio.file.Path;
import java.util.List;

/** Runs analyzers the way {@code aviary validate} does: with Aviary's embedded gateway as a workload. */
final class AnalyzerRun {

  private AnalyzerRun() {}

  /** Findings of {@code analyzers} on {@code yaml}, read as a file called {@code x.yaml}. */
  static List<Finding> onText(String yaml, Analyzer... analyzers) {
    LoadResult result = new ManifestLoader("default").loadText(yaml, "x.yaml");
    return validator(analyzers).validate(result.manifests());
  }

  static List<Finding> onFiles(List<Path> files, List<Analyzer> analyzers) {
    LoadResult result = new ManifestLoader("default").load(files.stream().map(Path::toString).toList());
    return validator(analyzers.toArray(Analyzer[]::new)).validate(result.manifests());
  }

  /** The 1-based line of the first line of {@code yaml} containing {@code text}, for asserting finding lines. */
  static int lineOf(String yaml, String text) {
    List<String> lines = yaml.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not in the YAML: " + text);
  }

  private static Validator validator(Analyzer... analyzers) {
    return new Validator(List.of(analyzers),
        List.of(Workloads.embeddedGateway("istio-system", Workloads.EMBEDDED_GATEWAY_LABELS)));
  }
}
