package io.aviary.controller.status;

/** Flagger's phases, in the order a successful run passes through them. */
public enum Phase {
  /** The Canary is new; its routes have not been set yet. */
  INITIALIZING("Initializing"),
  /** Routes send everything to the stable subset; waiting for a canary revision to analyse. */
  INITIALIZED("Initialized"),
  /** A new revision waits for its confirm-rollout gate. */
  WAITING("Waiting"),
  /** The analysis runs and traffic moves to the canary. */
  PROGRESSING("Progressing"),
  /** The analysis is done; the confirm-promotion gate holds the promotion while checks keep running. */
  WAITING_PROMOTION("WaitingPromotion"),
  /** Traffic moves to the canary subset, which becomes the stable one. */
  PROMOTING("Promoting"),
  /** The promotion has been written; the run closes at the next tick. */
  FINALISING("Finalising"),
  SUCCEEDED("Succeeded"),
  FAILED("Failed");

  private final String wireName;

  Phase(String wireName) {
    this.wireName = wireName;
  }

  /** The name written to {@code status.phase}, as Flagger spells it. */
  public String wireName() {
    return wireName;
  }

  /** A run that is still deciding: a rollback (command, webhook, checks) may end it. */
  public boolean isAnalysing() {
    return this == WAITING || this == PROGRESSING || this == WAITING_PROMOTION;
  }
}
