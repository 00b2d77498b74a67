package io.aviary.controller.status;

/** One check's outcome at one tick. Only {@link #FAIL} counts towards the threshold; no data and errors hold. */
public enum Verdict {
  PASS,
  FAIL,
  /** No data: the canary has had no traffic in the window. Holds the weight. */
  NO_DATA,
  /** The metrics backend failed. Holds the weight. */
  ERROR
}
