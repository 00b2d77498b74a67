package io.aviary.analysis;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the judge remembers within one run; plain data (records, lists, numbers, instants) so it can be written
 * to the Canary's status and read back after a restart. A new run starts from {@link SequentialJudge#start}; nothing
 * here is ever reset within a run.
 *
 * @param startedAt when the canary got its first traffic; the warm-up counts from here
 * @param lastSampleAt when the last tick was judged; the next tick's counts cover the time since
 * @param latencyThresholds the primary's latency at each configured quantile (ms), fixed once from data older than
 *     any tick they judge; empty until then
 * @param errors the 5xx e-process
 * @param latency one exceedance e-process per threshold, in the order of {@code latencyThresholds}
 * @param split the sample-ratio check
 * @param successRate the absolute SLO test on the canary's totals (kept, though idle, when no SLO is set)
 * @param margin the absolute-margin test on both versions' totals (kept, though idle, when no margin is set)
 * @param p99 exceedance counts around the primary's starting p99 for the p99 confidence sequences; null until the
 *     latency thresholds are fixed, and without a latency test
 * @param stepWeight the canary weight of the current step, as the counts reported it
 * @param stepCanaryRequests canary requests judged since that weight began
 */
public record JudgeState(
    Instant startedAt,
    Instant lastSampleAt,
    List<Double> latencyThresholds,
    ComparisonState errors,
    List<ComparisonState> latency,
    ComparisonState split,
    ComparisonState successRate,
    ComparisonState margin,
    int stepWeight,
    long stepCanaryRequests,
    @Nullable LatencyLadder p99) {

  public JudgeState {
    latencyThresholds = List.copyOf(latencyThresholds);
    latency = List.copyOf(latency);
  }

  JudgeState sampledAt(Instant now) {
    return new JudgeState(startedAt, now, latencyThresholds, errors, latency, split, successRate, margin, stepWeight,
        stepCanaryRequests, p99);
  }

  JudgeState withThresholds(List<Double> thresholds, List<ComparisonState> fresh, @Nullable LatencyLadder ladder) {
    return new JudgeState(startedAt, lastSampleAt, thresholds, errors, fresh, split, successRate, margin,
        stepWeight, stepCanaryRequests, ladder);
  }

  JudgeState withLadder(@Nullable LatencyLadder ladder) {
    return new JudgeState(startedAt, lastSampleAt, latencyThresholds, errors, latency, split, successRate, margin,
        stepWeight, stepCanaryRequests, ladder);
  }

  JudgeState withTests(ComparisonState nextErrors, List<ComparisonState> nextLatency, ComparisonState nextSplit,
      ComparisonState nextSuccessRate, ComparisonState nextMargin) {
    return new JudgeState(startedAt, lastSampleAt, latencyThresholds, nextErrors, nextLatency, nextSplit,
        nextSuccessRate, nextMargin, stepWeight, stepCanaryRequests, p99);
  }

  /** Counts a tick's canary requests towards the step at {@code weight}; a new weight starts a new step. */
  JudgeState countedInStep(int weight, long canaryRequests) {
    long before = weight == stepWeight ? stepCanaryRequests : 0;
    return new JudgeState(startedAt, lastSampleAt, latencyThresholds, errors, latency, split, successRate, margin,
        weight, before + canaryRequests, p99);
  }
}
