package io.aviary.store;

import io.aviary.model.ResourceSet;
import java.time.Instant;

/**
 * One published state of the store. Snapshots are immutable and never change after publication; a change makes
 * a new snapshot with the next version. Safe to share between threads.
 *
 * @param version increases by one with every swap, so a reader can tell whether it has seen this state
 * @param resources every resource in this state
 * @param appliedAt when the store published it
 * @param source who made the change and why, e.g. {@code files [manifests/]} or {@code controller: podinfo 20%}
 */
public record ConfigSnapshot(long version, ResourceSet resources, Instant appliedAt, String source) {

  /** The state of a store nothing has been applied to yet: version 0, no resources. */
  public static ConfigSnapshot initial(Instant at) {
    return new ConfigSnapshot(0, ResourceSet.empty(), at, "empty store");
  }

  /** The snapshot that follows this one. */
  ConfigSnapshot next(ResourceSet nextResources, Instant at, String nextSource) {
    return new ConfigSnapshot(version + 1, nextResources, at, nextSource);
  }
}
