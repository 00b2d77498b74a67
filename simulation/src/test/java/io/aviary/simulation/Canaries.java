package io.aviary.simulation;

import io.aviary.controller.spec.CanarySpec;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The Canaries the tests simulate: the default one and Flagger's tutorial settings. */
public final class Canaries {

  private Canaries() {}

  public static CanarySpec tutorial() {
    return SimulatedCanary.fromFile(resource("flagger-tutorial-canary.yaml").toString());
  }

  public static CanarySpec withoutChecks() {
    return SimulatedCanary.fromFile(resource("no-checks-canary.yaml").toString());
  }

  /** One-second check windows: at 1 canary request per second many windows are empty. */
  public static CanarySpec shortWindows() {
    return SimulatedCanary.fromFile(resource("short-window-canary.yaml").toString());
  }

  public static Path resource(String name) {
    try {
      return Path.of(Canaries.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
