package io.aviary.controller.spec;

import java.util.List;

/** The outcome of resolving a Canary: a spec the machine can run, or every problem that prevents it. */
public sealed interface Resolution {

  record Resolved(CanarySpec spec) implements Resolution {}

  /** Each problem names field, value and expectation: {@code analysis.stepWeight: 0 (expected: 0..100)}. */
  record Invalid(List<String> problems) implements Resolution {
    public Invalid {
      problems = List.copyOf(problems);
    }
  }
}
