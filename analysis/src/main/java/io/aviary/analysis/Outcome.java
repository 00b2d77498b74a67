package io.aviary.analysis;

/** The judge's decision at one tick, for the controller to carry out. */
public enum Outcome {
  /** A metric's rollback test rejected: roll back now, no failed-check count needed. */
  ROLL_BACK,
  /** The sample-ratio check failed: hold the weight and report; comparisons are not trusted to advance. */
  HALT,
  /** Nothing to judge (no traffic, warm-up): hold the weight; this never counts against the canary. */
  HOLD,
  /** No decision: advance when the step's time is up, as a timer would. */
  CONTINUE,
  /** Every comparison shows the canary not worse than the harm bound after the step's minimum requests: may advance. */
  ADVANCE
}
