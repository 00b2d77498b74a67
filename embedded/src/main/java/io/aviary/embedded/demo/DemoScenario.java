package io.aviary.embedded.demo;

import io.aviary.controller.status.Phase;
import java.time.Duration;

/**
 * What the canary version does in a demo, and how its rollout must end: a healthy canary is promoted, a failing
 * (5xx) or slow one is rolled back.
 */
public enum DemoScenario {
  HEALTHY(0.0, Duration.ZERO, Phase.SUCCEEDED),
  FAILING(0.2, Duration.ZERO, Phase.FAILED),
  SLOW(0.0, Duration.ofMillis(800), Phase.FAILED);

  private final double errorRate;
  private final Duration latency;
  private final Phase expected;

  DemoScenario(double errorRate, Duration latency, Phase expected) {
    this.errorRate = errorRate;
    this.latency = latency;
    this.expected = expected;
  }

  public double canaryErrorRate() {
    return errorRate;
  }

  public Duration canaryLatency() {
    return latency;
  }

  public Phase expected() {
    return expected;
  }
}
