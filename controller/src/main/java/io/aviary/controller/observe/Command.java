package io.aviary.controller.observe;

/** A person's instruction (CLI, API), applied at the next tick before anything else. */
public enum Command {
  /** End the analysis now and promote the canary. */
  PROMOTE,
  /** End the run now and route all traffic back to the stable subset. */
  ROLLBACK,
  /** Freeze the run: no checks, no weight changes, and the progress deadline stops counting. */
  PAUSE,
  /** Continue a paused run; the progress deadline counts from now. */
  RESUME
}
