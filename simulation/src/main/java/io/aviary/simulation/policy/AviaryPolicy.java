package io.aviary.simulation.policy;

import io.aviary.controller.spec.CanarySpec;

/**
 * Aviary as configured: the Canary resolved by the controller's own resolver and run by its state machine, stepped
 * every {@code tickSeconds} as the driver would call it.
 */
public record AviaryPolicy(CanarySpec spec, int tickSeconds) implements Policy {

  public AviaryPolicy {
    if (tickSeconds < 1) {
      throw new IllegalArgumentException("tickSeconds: %d (expected: 1 or more)".formatted(tickSeconds));
    }
  }

  /** Stepped at {@link #defaultTickSeconds}. */
  public AviaryPolicy(CanarySpec spec) {
    this(spec, defaultTickSeconds(spec));
  }

  /**
   * How often the driver steps the machine: once per analysis interval, because with threshold checks alone every
   * passing step advances the weight.
   *
   * <p>MERGE (sequential judge): a judged Canary may be stepped more often, since the judge advances a step only when
   * its interval is up (or on evidence) and rolls back at once; return the driver's judge tick here when
   * {@code spec.analysis().judge() != null}, e.g. {@code 1}.
   */
  public static int defaultTickSeconds(CanarySpec spec) {
    return spec.analysis().judge() != null ? 1 : Schedule.of(spec).intervalSeconds();
  }

  @Override
  public String name() {
    return "aviary";
  }

  @Override
  public Rollout rollout() {
    return new AviaryRollout(spec, tickSeconds);
  }
}
