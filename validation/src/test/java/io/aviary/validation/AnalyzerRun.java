package io.aviary.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.model.load.LoadResult;
import io.aviary.model.load.ManifestLoader;
import java.nio.file.Path;
import java.util.List;

/** Runs analyzers over YAML text or files the way {@code aviary validate} does, for tests. */
public final class AnalyzerRun {

  private AnalyzerRun() {}

  /** Findings of {@code analyzers} over {@code yaml}, read as file {@code test.yaml}. */
  public static List<Finding> onText(String yaml, Analyzer... analyzers) {
    LoadResult loaded = new ManifestLoader("default").loadText(yaml, "test.yaml");
    assertThat(loaded.errors()).isEmpty();
    return new Validator(List.of(analyzers), List.of()).validate(loaded.manifests());
  }

  public static List<Finding> onFiles(List<Path> files, List<Analyzer> analyzers) {
    LoadResult loaded = new ManifestLoader("default").load(files.stream().map(Path::toString).toList());
    assertThat(loaded.errors()).isEmpty();
    return new Validator(analyzers, List.of()).validate(loaded.manifests());
  }
}
