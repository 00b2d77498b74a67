package io.aviary.simulation.traffic;

/**
 * What both versions share at a time: an error rate and a latency factor that move linearly from their start to
 * their end value over {@code rampSeconds} (H4's drift) and stay there; constant when start and end are equal.
 */
public record BaseLoad(double errorStart, double errorEnd, double latencyStart, double latencyEnd, int rampSeconds) {

  public static BaseLoad steady(double errorRate) {
    return new BaseLoad(errorRate, errorRate, 1, 1, 1);
  }

  public Conditions at(int second) {
    double progress = Math.min(1, Math.max(0, second / (double) rampSeconds));
    return Conditions.of(errorStart + (errorEnd - errorStart) * progress,
        latencyStart + (latencyEnd - latencyStart) * progress);
  }
}
