package io.aviary.simulation;

import io.aviary.controller.spec.CanarySpec;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The Canaries the tests simulate, each from this package's test resources. */
public final class Canaries {

  private Canaries() {}

  public static CanarySpec tutorial() {
    return SimulatedCanary.fromFile(resource("flagger-tutorial-canary.yaml").toString());
  }

  /** The default Canary's schedule with Flagger's thresholds and no judge. */
  public static CanarySpec thresholds() {
    return SimulatedCanary.fromFile(resource("threshold-canary.yaml").toString());
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
