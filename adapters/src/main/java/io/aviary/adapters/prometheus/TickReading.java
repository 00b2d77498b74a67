package io.aviary.adapters.prometheus;

import io.aviary.controller.observe.TrafficSample;

/**
 * One tick's counts from Prometheus, or why there are none. A driver turns {@link Unavailable} into a hold (the tick
 * adds nothing to the judge's evidence), never into a verdict: an unreachable Prometheus says nothing about the canary.
 */
public sealed interface TickReading {

  record Counted(TrafficSample sample) implements TickReading {}

  /** {@code reason} names the query and Prometheus' address (without credentials) and what went wrong. */
  record Unavailable(String reason) implements TickReading {}
}
