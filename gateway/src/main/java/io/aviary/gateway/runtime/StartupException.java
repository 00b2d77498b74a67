package io.aviary.gateway.runtime;

import java.util.List;

/** The gateway could not start: the configuration is invalid or a port could not be bound. */
public final class StartupException extends Exception {

  private final List<String> problems;

  public StartupException(String message, List<String> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
