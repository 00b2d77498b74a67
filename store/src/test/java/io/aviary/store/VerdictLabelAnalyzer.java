package io.aviary.store;

import io.aviary.model.Resource;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import io.aviary.validation.Level;
import java.util.Set;

/**
 * A stand-in analyzer for store tests: a resource labelled {@code verdict: error} or {@code verdict: warning}
 * gets a finding of that level on its label, so tests choose validation's outcome in the manifest itself.
 */
final class VerdictLabelAnalyzer implements Analyzer {

  static final String CODE = "TST0001";

  @Override
  public Set<String> codes() {
    return Set.of(CODE);
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    for (Resource resource : context.resources().all()) {
      String verdict = resource.metadata().labels().getOrDefault("verdict", "");
      if (verdict.equals("error")) {
        findings.report(resource, "/metadata/labels/verdict", CODE, Level.Error, "verdict: error (expected: ok)");
      } else if (verdict.equals("warning")) {
        findings.report(resource, "/metadata/labels/verdict", CODE, Level.Warning, "verdict: warning");
      }
    }
  }
}
