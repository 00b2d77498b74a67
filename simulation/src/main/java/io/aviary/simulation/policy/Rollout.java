package io.aviary.simulation.policy;

import io.aviary.simulation.traffic.SecondTraffic;

/**
 * One policy's state over one run: it may first read some seconds of primary-only traffic (a baseline taken before
 * the canary starts), then it sets the canary's weight and sees the traffic one second at a time.
 */
interface Rollout {

  /** Seconds of traffic before the canary's first request that the policy reads, at canary weight 0. */
  default int leadSeconds() {
    return 0;
  }

  /** Takes one second of the traffic before the canary starts. */
  default void beforeStart(SecondTraffic traffic) {}

  /** Starts the run: after it, {@link #canaryWeight()} is the canary's first weight. */
  default void start() {}

  /** The canary's share (0..100) for the coming second. */
  int canaryWeight();

  /** Takes the traffic of {@code second} and says where the rollout stands at its end. */
  Progress afterSecond(int second, SecondTraffic traffic);

  /** Why the rollout ended as it did, in the policy's own words; empty while it runs or after a promotion. */
  String decision();

  enum Progress {
    RUNNING,
    ROLLED_BACK,
    PROMOTED
  }
}
