package io.aviary.controller.observe;

/**
 * One metric query's answer. The three cases are kept apart because they call for different decisions: a value is
 * judged against the check's range; no data (no canary traffic yet) and a failing backend only hold the run, since
 * neither says anything about the canary.
 */
public sealed interface QueryResult {

  record Value(double value) implements QueryResult {}

  /** The query ran and matched nothing: typically no request has reached the canary in the window. */
  record NoData() implements QueryResult {}

  /** The query could not run: the metrics backend was unreachable, timed out or rejected it. */
  record Failed(String reason) implements QueryResult {}
}
