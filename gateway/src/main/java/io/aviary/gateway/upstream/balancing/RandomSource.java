package io.aviary.gateway.upstream.balancing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Where balancers get randomness. Injected so tests and simulations can replay a seeded sequence; production
 * uses {@link #threadLocal()}, which is contention-free across event-loop threads.
 */
@FunctionalInterface
public interface RandomSource {

  /** A generator the calling thread may use now. Need not be shared across threads. */
  RandomGenerator current();

  static RandomSource threadLocal() {
    return ThreadLocalRandom::current;
  }
}
