package io.aviary.simulation.traffic;

/** One simulated second of both versions' traffic; a buffer refilled each second (see {@link VersionSecond}). */
public final class SecondTraffic {

  private final VersionSecond stable = new VersionSecond();
  private final VersionSecond canary = new VersionSecond();

  public VersionSecond stable() {
    return stable;
  }

  public VersionSecond canary() {
    return canary;
  }
}
