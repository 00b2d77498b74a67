package io.aviary.controller.machine;

import io.aviary.controller.observe.LatencyCounts;
import io.aviary.controller.observe.Observations;
import io.aviary.controller.observe.TrafficSample;
import io.aviary.controller.observe.VersionTraffic;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Seeded per-tick traffic for scenario tests, as a gateway would count it: requests split at random by the weight
 * in force during the tick, 5xx drawn per request, latencies lognormal (median 50 ms, sigma 0.5) times a scale.
 */
final class SimulatedTraffic {

  private final SplittableRandom random;
  private final int requestsPerTick;

  SimulatedTraffic(long seed, int requestsPerTick) {
    this.random = new SplittableRandom(seed);
    this.requestsPerTick = requestsPerTick;
  }

  /** The canary's revision observed with a tick's counts at {@code canaryWeight}. */
  Observations observe(int canaryWeight, double stableErrorRate, double canaryErrorRate, double canaryScale) {
    return Observations.of(Rollout.V2).withTraffic(sample(canaryWeight, canaryWeight, stableErrorRate,
        canaryErrorRate, canaryScale));
  }

  /** Counts whose real split ({@code realWeight}) may differ from the configured one. */
  TrafficSample sample(int configuredWeight, int realWeight, double stableErrorRate, double canaryErrorRate,
      double canaryScale) {
    long canary = 0;
    for (int i = 0; i < requestsPerTick; i++) {
      canary += random.nextInt(100) < realWeight ? 1 : 0;
    }
    return new TrafficSample(version(requestsPerTick - canary, stableErrorRate, 1),
        version(canary, canaryErrorRate, canaryScale), configuredWeight);
  }

  private VersionTraffic version(long requests, double errorRate, double scale) {
    long errors = 0;
    double[] latencies = new double[(int) requests];
    for (int i = 0; i < requests; i++) {
      errors += random.nextDouble() < errorRate ? 1 : 0;
      latencies[i] = scale * 50 * Math.exp(0.5 * gaussian());
    }
    return new VersionTraffic(requests, errors, new Sorted(latencies));
  }

  private double gaussian() {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static final class Sorted implements LatencyCounts {
    private final double[] sorted;

    Sorted(double[] latencies) {
      sorted = latencies.clone();
      Arrays.sort(sorted);
    }

    @Override
    public long count() {
      return sorted.length;
    }

    @Override
    public long countSlowerThan(double thresholdMillis) {
      long slower = 0;
      for (int i = sorted.length - 1; i >= 0 && sorted[i] > thresholdMillis; i--) {
        slower++;
      }
      return slower;
    }

    @Override
    public OptionalDouble percentileMillis(double percentile) {
      if (sorted.length == 0) {
        return OptionalDouble.empty();
      }
      int rank = (int) Math.ceil(percentile / 100 * sorted.length);
      return OptionalDouble.of(sorted[Math.max(0, rank - 1)]);
    }
  }
}
