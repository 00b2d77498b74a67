package io.aviary.store;

import io.aviary.model.Resource;
import io.aviary.model.ResourceSet;
import io.aviary.model.load.Manifest;
import io.aviary.validation.Finding;
import io.aviary.validation.Validator;
import java.util.List;
import tools.jackson.databind.node.MissingNode;

/**
 * Judges a candidate set of resources before the store publishes it. Implementations must be thread-safe and
 * should be pure: the store may call them from several writer threads at once, and again for the same change
 * when a concurrent writer forced a retry.
 */
@FunctionalInterface
public interface CandidateValidator {

  /** Every finding about {@code candidate}; any Error-level finding blocks the change. */
  List<Finding> validate(ResourceSet candidate);

  /**
   * Runs {@code validator}'s analyzers over the typed resources. A candidate in the store has no YAML tree (the
   * controller builds resources in code), so the manifests handed to the analyzers carry a missing node as
   * their raw tree: give this a validator of semantic analyzers. Schema checks, which need the tree, belong
   * where the tree exists: {@link FileConfigSource} runs its own validator on the files it loads.
   */
  static CandidateValidator of(Validator validator) {
    return candidate -> validator.validate(candidate.all().stream().map(CandidateValidator::typedOnly).toList());
  }

  /** Accepts everything; for stores whose writers have already validated what they write. */
  static CandidateValidator acceptAll() {
    return candidate -> List.of();
  }

  private static Manifest typedOnly(Resource resource) {
    return new Manifest(resource, MissingNode.getInstance(), List.of());
  }
}
