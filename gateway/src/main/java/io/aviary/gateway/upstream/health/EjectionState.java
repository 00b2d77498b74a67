package io.aviary.gateway.upstream.health;

/**
 * One endpoint's ejection record, replaced atomically as a whole so readers never see half an update.
 *
 * @param ejected whether the endpoint is out of rotation now
 * @param timesEjected the ejection multiplier: ejections so far, less one per base ejection time spent healthy
 * @param sinceNanos when the current ejection began, or when the endpoint was last re-admitted or its
 *     multiplier last decayed
 */
record EjectionState(boolean ejected, int timesEjected, long sinceNanos) {

  static final EjectionState NEVER_EJECTED = new EjectionState(false, 0, 0);

  EjectionState ejectedAt(long nanos) {
    return new EjectionState(true, timesEjected + 1, nanos);
  }

  EjectionState readmittedAt(long nanos) {
    return new EjectionState(false, timesEjected, nanos);
  }

  EjectionState decayedAt(long nanos) {
    return new EjectionState(false, Math.max(0, timesEjected - 1), nanos);
  }
}
