package io.aviary.cli;

/** A control command that could not reach or convince the running aviary; the message is for the user. */
final class ControlException extends RuntimeException {

  ControlException(String message) {
    super(message);
  }
}
