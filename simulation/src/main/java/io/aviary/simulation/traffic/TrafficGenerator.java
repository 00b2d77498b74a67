package io.aviary.simulation.traffic;

/**
 * Draws one run's traffic second by second for the weight a policy chose. Every draw comes from a stream keyed by
 * (seed, run, second, what, version), never from a stream shared over time: two policies that route the same second
 * alike get identical requests, and where one routes more requests to the canary the first ones still coincide.
 * The scenario is not in the key, so scenarios share their draws too and their differences are paired as well.
 * Arrivals are Poisson per second, the canary's count binomial by its weight, errors binomial (plus a client's
 * bursts), latency lognormal with median 50 ms and sigma 0.5 (p90 95 ms, p99 160 ms).
 */
public final class TrafficGenerator {

  public static final double LN_MEDIAN = Math.log(50);
  public static final double SIGMA = 0.5;
  /** ln of the baseline's p99 (z = 2.3263): slower requests count as "bad requests served". */
  public static final double LN_BASELINE_P99 = LN_MEDIAN + SIGMA * 2.3263478740408408;

  private static final long ARRIVALS = 1;
  private static final long ERRORS = 2;
  private static final long LATENCIES = 3;
  private static final long PHASE = 4;
  private static final long STABLE = 0;
  private static final long CANARY = 1;
  private static final double PHASE_RANGE = 3600;

  private final long seed;
  private final int run;
  private final Scenario scenario;
  private final double phase;
  private final StreamRandom random = new StreamRandom();

  public TrafficGenerator(long seed, int run, Scenario scenario) {
    this.seed = seed;
    this.run = run;
    this.scenario = scenario;
    this.phase = random.reseed(seed, run, PHASE).nextDouble() * PHASE_RANGE;
  }

  public Scenario scenario() {
    return scenario;
  }

  /** Fills {@code out} with {@code second}'s traffic when the canary takes {@code canaryWeight} percent. */
  public void draw(int second, int canaryWeight, SecondTraffic out) {
    random.reseed(seed, run, second, ARRIVALS);
    int total = Sampling.poisson(random, scenario.requestsPerSecond());
    int canary = Sampling.binomial(random, total, canaryWeight / 100.0);
    fill(out.canary(), canary, scenario.canary(second, phase), second, CANARY);
    fill(out.stable(), total - canary, scenario.primary(second), second, STABLE);
  }

  private void fill(VersionSecond out, int requests, Conditions conditions, int second, long version) {
    out.reset(requests);
    random.reseed(seed, run, second, ERRORS, version);
    int errors = Sampling.binomial(random, requests, conditions.errorRate());
    if (conditions.burstsPerRequest() > 0) {
      int bursts = Sampling.poisson(random, requests * conditions.burstsPerRequest());
      errors = Math.min(requests, errors + bursts * conditions.burstSize());
    }
    random.reseed(seed, run, second, LATENCIES, version);
    double location = LN_MEDIAN + conditions.lnLatencyShift();
    boolean tail = conditions.tailFraction() > 0;
    int slow = 0;
    for (int i = 0; i < requests; i++) {
      double ln = location + SIGMA * random.nextGaussian();
      if (tail && random.nextDouble() < conditions.tailFraction()) {
        ln += conditions.lnTailShift();
      }
      out.set(i, ln);
      if (ln > LN_BASELINE_P99) {
        slow++;
      }
    }
    out.counts(errors, slow);
  }
}
