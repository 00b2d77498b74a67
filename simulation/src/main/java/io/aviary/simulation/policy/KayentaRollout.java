package io.aviary.simulation.policy;

import io.aviary.simulation.policy.AcaJudge.Classification;
import io.aviary.simulation.telemetry.LatencyHistogram;
import io.aviary.simulation.traffic.SecondTraffic;
import io.aviary.simulation.traffic.VersionSecond;
import java.util.Arrays;

/**
 * Kayenta driving a weighted rollout as Argo Rollouts' analysis steps do: the first weight at time 0, a judgement at
 * each interval over all metric steps since the start (the standalone analysis' growing scope), comparing the canary
 * with the primary (doc §6.2, variant 1) on error rate and p99. An interim score at or below marginal (75) rolls back
 * at once; the judgement at the maximum weight promotes when it reaches pass (90). With two metrics, one High scores
 * 50, so any High rolls back.
 *
 * <p>The metric step is a sixth of the interval (at least 1 s): the doc's recipe of 10-s steps in 60-s intervals. A
 * fixed 10-s step would leave a single value per series at the first judgement of a 10-s interval, where the
 * Mann-Whitney interval degenerates and flags any canary that happened to be higher.
 */
final class KayentaRollout implements Rollout {

  static final int STEPS_PER_INTERVAL = 6;
  static final double PASS = 90;
  static final double MARGINAL = 75;

  private final Schedule schedule;
  private final int stepSeconds;
  private final int warmUpSeconds;
  private final StepSeries canary = new StepSeries();
  private final StepSeries primary = new StepSeries();
  private int weight;
  private String decision = "";

  KayentaRollout(Schedule schedule, int warmUpSeconds) {
    this.schedule = schedule;
    this.warmUpSeconds = warmUpSeconds;
    this.stepSeconds = (int) Math.max(1, Math.round(schedule.intervalSeconds() / (double) STEPS_PER_INTERVAL));
    this.weight = schedule.weights().next(0);
  }

  @Override
  public int canaryWeight() {
    return weight;
  }

  @Override
  public String decision() {
    return decision;
  }

  @Override
  public Progress afterSecond(int second, SecondTraffic traffic) {
    canary.add(traffic.canary());
    primary.add(traffic.stable());
    int now = second + 1;
    if (now % stepSeconds == 0) {
      boolean judged = now - stepSeconds >= warmUpSeconds;
      canary.closeStep(judged);
      primary.closeStep(judged);
    }
    if (!schedule.isTick(now)) {
      return Progress.RUNNING;
    }
    Classification errors = AcaJudge.classify(canary.errorRates(), primary.errorRates());
    Classification latency = AcaJudge.classify(canary.p99s(), primary.p99s());
    double score = AcaJudge.score(errors, latency);
    boolean last = schedule.weights().reachedMax(weight);
    if (score <= MARGINAL || (last && score < PASS)) {
      weight = 0;
      decision = "score %.0f (error rate %s, p99 %s) over %d steps".formatted(score, errors, latency,
          canary.errorRates().length);
      return Progress.ROLLED_BACK;
    }
    if (last) {
      return Progress.PROMOTED;
    }
    weight = schedule.weights().next(weight);
    return Progress.RUNNING;
  }

  /** One version's metric time series at the step's resolution: error rate and p99 per step (NaN without requests). */
  private static final class StepSeries {
    private final LatencyHistogram latencies = new LatencyHistogram();
    private long requests;
    private long errors;
    private double[] errorRates = new double[16];
    private double[] p99s = new double[16];
    private int steps;

    void add(VersionSecond second) {
      requests += second.requests();
      errors += second.errors();
      for (int i = 0; i < second.requests(); i++) {
        latencies.record(second.lnLatency(i));
      }
    }

    /** Ends the current step; its values join the series only when {@code kept} (after the warm-up). */
    void closeStep(boolean kept) {
      if (!kept) {
        clear();
        return;
      }
      if (steps == errorRates.length) {
        errorRates = Arrays.copyOf(errorRates, 2 * steps);
        p99s = Arrays.copyOf(p99s, 2 * steps);
      }
      errorRates[steps] = requests == 0 ? Double.NaN : (double) errors / requests;
      p99s[steps] = latencies.quantile(0.99);
      steps++;
      clear();
    }

    private void clear() {
      requests = 0;
      errors = 0;
      latencies.clear();
    }

    double[] errorRates() {
      return Arrays.copyOf(errorRates, steps);
    }

    double[] p99s() {
      return Arrays.copyOf(p99s, steps);
    }
  }
}
