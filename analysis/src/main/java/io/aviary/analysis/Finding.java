package io.aviary.analysis;

/** What one metric says at one tick. */
public enum Finding {
  /** The rollback e-process reached its threshold: the canary is worse than tolerated. */
  WORSE,
  /** The opposite e-process reached its threshold: the canary is not worse than the harm bound. */
  NOT_WORSE,
  /** Neither yet. */
  UNDECIDED,
  /** The tick had nothing to compare (no canary requests, or a version without data). */
  NO_DATA,
  /** The tick fell in the warm-up window, fixed in advance, and was left out of the e-process. */
  EXCLUDED,
  /** Sample-ratio check only: requests are not split as configured, so comparisons rest on a broken assumption. */
  MISMATCH
}
