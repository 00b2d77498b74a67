package io.aviary.controller.spec;

import java.util.List;
import java.util.Map;

/**
 * How a run exposes the canary, chosen from the analysis fields as Flagger chooses it: {@code match} with
 * {@code iterations} is A/B testing, {@code iterations} alone is Blue/Green, anything else a progressive canary.
 */
public enum Strategy {
  /** Weights rise step by step; promotion once the last step's checks pass. */
  CANARY,
  /** Requests matching {@code match} go to the canary for {@code iterations} passing checks; the rest stay stable. */
  AB_TESTING,
  /** The canary gets no user traffic (only mirrored or test traffic) for {@code iterations} checks, then all of it. */
  BLUE_GREEN;

  static Strategy of(List<Map<String, Object>> match, int iterations) {
    if (iterations > 0) {
      return match.isEmpty() ? BLUE_GREEN : AB_TESTING;
    }
    return CANARY;
  }
}
