package io.aviary.store;

import io.aviary.validation.Finding;
import java.util.List;

/** What became of a change offered to the store: a decision the caller reads, never an exception. */
public sealed interface ApplyResult {

  /**
   * The change is live as {@code snapshot}.
   *
   * @param warnings the findings below Error level, which do not block a change but deserve a log line
   */
  record Applied(ConfigSnapshot snapshot, List<Finding> warnings) implements ApplyResult {
    public Applied {
      warnings = List.copyOf(warnings);
    }
  }

  /** The change could not be read or had Error-level findings; the store kept its snapshot. */
  record Rejected(Rejection rejection) implements ApplyResult {

    /** Every finding about the refused change, errors and warnings. */
    public List<Finding> findings() {
      return rejection.findings();
    }
  }
}
