package io.aviary.validation;

/**
 * One semantic check over the whole set of resources, like an istioctl analyzer. Analyzers are pure: they read
 * the context and report findings; they never throw for bad input, they report it.
 */
public interface Analyzer {

  /** The codes this analyzer may report, for documentation and tests. */
  java.util.Set<String> codes();

  void analyze(AnalysisContext context, Findings findings);
}
