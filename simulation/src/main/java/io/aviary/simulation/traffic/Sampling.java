package io.aviary.simulation.traffic;

import java.util.random.RandomGenerator;

/**
 * Poisson and binomial counts by inversion: exact, and cheap at the counts of one second of traffic (tens to
 * hundreds), where inversion needs about {@code mean} steps. Counting errors by one binomial draw per version and
 * second is what keeps a 2,000-run suite in seconds rather than minutes.
 */
final class Sampling {

  private static final double NORMAL_ABOVE = 500;

  private Sampling() {}

  static int poisson(RandomGenerator random, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > NORMAL_ABOVE) {
      // exp(-mean) underflows further up; the normal approximation is within 1 % there.
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    }
    double u = random.nextDouble();
    double term = Math.exp(-mean);
    double cumulative = term;
    int k = 0;
    while (u > cumulative && term > 0) {
      k++;
      term *= mean / k;
      cumulative += term;
    }
    return k;
  }

  static int binomial(RandomGenerator random, int trials, double p) {
    if (trials <= 0 || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return trials;
    }
    if (p > 0.5) {
      return trials - binomial(random, trials, 1 - p);
    }
    double q = 1 - p;
    double term = Math.pow(q, trials);
    if (term == 0) {
      return bernoulliSum(random, trials, p);
    }
    double ratio = p / q;
    double u = random.nextDouble();
    int k = 0;
    while (u > term && k < trials) {
      u -= term;
      term *= ratio * (trials - k) / (k + 1);
      k++;
    }
    return k;
  }

  /** The slow, always-correct fallback for counts so large that {@code q^n} underflows. */
  private static int bernoulliSum(RandomGenerator random, int trials, double p) {
    int k = 0;
    for (int i = 0; i < trials; i++) {
      if (random.nextDouble() < p) {
        k++;
      }
    }
    return k;
  }
}
