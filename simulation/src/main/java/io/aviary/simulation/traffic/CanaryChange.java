package io.aviary.simulation.traffic;

/**
 * How the canary differs from the primary in a scenario (doc §7.2). {@link #regression()} says whether a rollback is
 * the right answer: a warm-up blip or clustered errors at the primary's rate are not regressions, and rolling them
 * back counts as a false rollback.
 */
public sealed interface CanaryChange {

  /** The canary's conditions in {@code second}, from the shared ones; {@code phase} is the run's random phase (s). */
  Conditions apply(Conditions base, int second, double phase);

  boolean regression();

  /** The second from which the canary is worse; 0 when it is from the start (or never). */
  default int onsetSecond() {
    return 0;
  }

  /** How long a cold start lasts: the warm-up window a policy should exclude, if it has one; 0 for most changes. */
  default int warmUpSeconds() {
    return 0;
  }

  /** The canary behaves as the primary. */
  record None() implements CanaryChange {
    @Override
    public Conditions apply(Conditions base, int second, double phase) {
      return base;
    }

    @Override
    public boolean regression() {
      return false;
    }
  }

  /** {@code extra} more 5xx (a probability, e.g. 0.01 for +1 pp) from {@code onsetSecond} on. */
  record ExtraErrors(double extra, int onsetSecond) implements CanaryChange {
    @Override
    public Conditions apply(Conditions base, int second, double phase) {
      return second < onsetSecond ? base : base.withErrorRate(base.errorRate() + extra);
    }

    @Override
    public boolean regression() {
      return true;
    }
  }

  /** Every canary latency multiplied by {@code factor}: p99 +20 % is 1.2. */
  record ScaledLatency(double factor) implements CanaryChange {
    @Override
    public Conditions apply(Conditions base, int second, double phase) {
      return base.slowerBy(factor);
    }

    @Override
    public boolean regression() {
      return true;
    }
  }

  /** A {@code fraction} of canary requests slowed by {@code factor}; the median barely moves. */
  record SlowTail(double fraction, double factor) implements CanaryChange {
    @Override
    public Conditions apply(Conditions base, int second, double phase) {
      return base.withTail(fraction, factor);
    }

    @Override
    public boolean regression() {
      return true;
    }
  }

  /** 5xx at {@code rate} during {@code burstSeconds} of every {@code periodSeconds}, starting at the run's phase. */
  record Flapping(double rate, int burstSeconds, int periodSeconds) implements CanaryChange {
    @Override
    public Conditions apply(Conditions base, int second, double phase) {
      double position = (second + phase) % periodSeconds;
      return position < burstSeconds ? base.withErrorRate(rate) : base;
    }

    @Override
    public boolean regression() {
      return true;
    }
  }

  /**
   * A cold start: for the first {@code seconds}, 5xx at up to {@code errorRate} and latency up to {@code factor}
   * times, the excess over the primary decaying as {@code exp(-t / decaySeconds)}; healthy afterwards.
   */
  record WarmUp(int seconds, double decaySeconds, double errorRate, double factor) implements CanaryChange {
    @Override
    public int warmUpSeconds() {
      return seconds;
    }

    @Override
    public Conditions apply(Conditions base, int second, double phase) {
      if (second >= seconds) {
        return base;
      }
      double weight = Math.exp(-second / decaySeconds);
      return base.withErrorRate(base.errorRate() + (errorRate - base.errorRate()) * weight)
          .slowerBy(1 + (factor - 1) * weight);
    }

    @Override
    public boolean regression() {
      return false;
    }
  }

  /**
   * The primary's error rate, but a {@code clientShare} of the canary's errors come from one client in bursts of
   * {@code burstSize}: over-dispersion the statistics must not mistake for a regression.
   */
  record SkewedClient(double clientShare, int burstSize) implements CanaryChange {
    @Override
    public Conditions apply(Conditions base, int second, double phase) {
      double clustered = base.errorRate() * clientShare;
      return base.withErrorRate(base.errorRate() - clustered).withBursts(clustered / burstSize, burstSize);
    }

    @Override
    public boolean regression() {
      return false;
    }
  }
}
