package io.aviary.gateway.server;

import java.util.List;

/** The Gateways' TLS settings cannot be served: each problem names the Gateway, server and field concerned. */
public final class TlsSetupException extends Exception {

  private final List<String> problems;

  TlsSetupException(List<String> problems) {
    super("cannot set up TLS: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
