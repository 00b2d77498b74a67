package io.aviary.controller.spec;

import io.aviary.analysis.SequentialJudge;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Flagger's {@code analysis} with its defaults applied. {@code threshold} failed checks roll a run back;
 * {@code iterations} counts passing checks for A/B testing and Blue/Green. {@code judge} is Aviary's sequential judge
 * when {@code analysis.judge.type} is {@code sequential}, null for Flagger's threshold rule alone.
 */
public record AnalysisPlan(
    Duration interval,
    int threshold,
    Strategy strategy,
    WeightSchedule weights,
    int iterations,
    List<Map<String, Object>> match,
    Mirroring mirroring,
    @Nullable SessionAffinity sessionAffinity,
    List<MetricCheck> metrics,
    List<Webhook> webhooks,
    @Nullable SequentialJudge judge) {

  public AnalysisPlan {
    match = List.copyOf(match);
    metrics = List.copyOf(metrics);
    webhooks = List.copyOf(webhooks);
  }

  public List<Webhook> hooks(HookType type) {
    return webhooks.stream().filter(hook -> hook.type() == type).toList();
  }
}
