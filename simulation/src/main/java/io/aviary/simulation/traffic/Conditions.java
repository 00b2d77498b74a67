package io.aviary.simulation.traffic;

/**
 * What one version's requests are like during one second: the probability of a 5xx, the log-latency shift from the
 * baseline lognormal (ln of a factor), a fraction of requests slowed by a further factor (tail regressions), and
 * clustered errors (bursts of {@code burstSize} from one client, at {@code burstsPerRequest}).
 */
public record Conditions(
    double errorRate, double lnLatencyShift, double tailFraction, double lnTailShift, double burstsPerRequest,
    int burstSize) {

  public static Conditions of(double errorRate, double latencyFactor) {
    return new Conditions(errorRate, Math.log(latencyFactor), 0, 0, 0, 0);
  }

  Conditions withErrorRate(double rate) {
    return new Conditions(rate, lnLatencyShift, tailFraction, lnTailShift, burstsPerRequest, burstSize);
  }

  Conditions slowerBy(double factor) {
    return new Conditions(errorRate, lnLatencyShift + Math.log(factor), tailFraction, lnTailShift, burstsPerRequest,
        burstSize);
  }

  Conditions withTail(double fraction, double factor) {
    return new Conditions(errorRate, lnLatencyShift, fraction, Math.log(factor), burstsPerRequest, burstSize);
  }

  Conditions withBursts(double perRequest, int size) {
    return new Conditions(errorRate, lnLatencyShift, tailFraction, lnTailShift, perRequest, size);
  }
}
