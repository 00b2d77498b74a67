package io.aviary.validation;

import io.aviary.model.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects findings while analyzers run. Analyzers name the field a finding is about by JSON pointer; the
 * resource's origin turns it into a line.
 */
public final class Findings {

  private final List<Finding> collected = new ArrayList<>();

  /** Reports {@code message} about the field at {@code pointer} (e.g. {@code /spec/http/0/route/1}). */
  public void report(Resource resource, String pointer, String code, Level level, String message) {
    collected.add(new Finding(
        code, level, resource.id(), resource.origin().file(), resource.origin().lineOf(pointer), message));
  }

  public void add(Finding finding) {
    collected.add(finding);
  }

  /** Errors first, then by file, line and code, so output is stable whatever order analyzers run in. */
  public List<Finding> sorted() {
    return collected.stream()
        .sorted(Comparator.comparing(Finding::level)
            .thenComparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::code)
            .thenComparing(Finding::message))
        .distinct()
        .toList();
  }
}
