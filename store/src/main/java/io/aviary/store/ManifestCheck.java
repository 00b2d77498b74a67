package io.aviary.store;

import io.aviary.model.ResourceSet;
import io.aviary.model.load.LoadResult;
import io.aviary.model.load.Manifest;
import io.aviary.model.load.ReadError;
import io.aviary.model.source.Origin;
import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import io.aviary.validation.Validator;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether what was read from the files may go on to the store: everything must be readable, every
 * document must decode into its kind (a resource Aviary would silently treat as unknown is refused, not
 * dropped), and the validator must find no errors. Validation runs only on a fully readable load, because
 * findings about a partial set (a host "not found" because its file failed to parse) would mislead.
 * Thread-safe if the validator is.
 */
final class ManifestCheck {

  /** The outcome: the resources to publish, or everything that is wrong with the files. */
  sealed interface Verdict {

    record Passed(ResourceSet resources, List<Finding> warnings) implements Verdict {}

    record Failed(List<ReadError> readErrors, List<Finding> findings) implements Verdict {}
  }

  private final Validator validator;

  ManifestCheck(Validator validator) {
    this.validator = validator;
  }

  Verdict check(LoadResult loaded) {
    List<ReadError> unreadable = new ArrayList<>(loaded.errors());
    loaded.manifests().forEach(manifest -> unreadable.addAll(decodeErrors(manifest)));
    if (!unreadable.isEmpty()) {
      return new Verdict.Failed(unreadable, List.of());
    }
    List<Finding> findings = validator.validate(loaded.manifests());
    if (findings.stream().anyMatch(finding -> finding.level() == Level.Error)) {
      return new Verdict.Failed(List.of(), findings);
    }
    return new Verdict.Passed(loaded.resources(), findings);
  }

  private static List<ReadError> decodeErrors(Manifest manifest) {
    Origin origin = manifest.resource().origin();
    String resource = manifest.resource().id().toString();
    return manifest.decodeProblems().stream()
        .map(problem -> new ReadError(origin.file(), origin.line(), 0, resource + ": " + problem))
        .toList();
  }
}
