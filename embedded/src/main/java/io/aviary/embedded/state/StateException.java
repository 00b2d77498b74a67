package io.aviary.embedded.state;

/** A state file that cannot be read back: named, so the user can move it away instead of losing everything. */
public final class StateException extends RuntimeException {

  public StateException(String message, Throwable cause) {
    super(message, cause);
  }
}
