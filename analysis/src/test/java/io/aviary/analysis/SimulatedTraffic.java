package io.aviary.analysis;

import java.util.SplittableRandom;

/**
 * A seeded stand-in for a gateway's per-tick counts (doc §7.1): requests split at random by the weight, 5xx as
 * Bernoulli draws, latencies lognormal with median 50 ms and sigma 0.5 times a per-version scale.
 */
final class SimulatedTraffic {

  private final SplittableRandom random;

  SimulatedTraffic(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Counts only (no latencies), cheap enough for thousands of runs. */
  TickCounts errorsOnly(int requests, int canaryWeight, double stableErrorRate, double canaryErrorRate) {
    long canary = binomial(requests, canaryWeight / 100.0);
    long stable = requests - canary;
    return new TickCounts(
        new VersionCounts(stable, binomial(stable, stableErrorRate), LatencyView.NONE),
        new VersionCounts(canary, binomial(canary, canaryErrorRate), LatencyView.NONE), canaryWeight);
  }

  TickCounts withLatency(int requests, int canaryWeight, double stableErrorRate, double canaryErrorRate,
      double stableScale, double canaryScale) {
    long canary = binomial(requests, canaryWeight / 100.0);
    long stable = requests - canary;
    return new TickCounts(version(stable, stableErrorRate, stableScale), version(canary, canaryErrorRate, canaryScale),
        canaryWeight);
  }

  private VersionCounts version(long requests, double errorRate, double scale) {
    double[] latencies = new double[(int) requests];
    for (int i = 0; i < latencies.length; i++) {
      latencies[i] = scale * 50 * Math.exp(0.5 * gaussian());
    }
    return new VersionCounts(requests, binomial(requests, errorRate), new SampledLatencies(latencies));
  }

  long binomial(long trials, double p) {
    long successes = 0;
    for (long i = 0; i < trials; i++) {
      if (random.nextDouble() < p) {
        successes++;
      }
    }
    return successes;
  }

  private double gaussian() {
    double u = random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }
}
