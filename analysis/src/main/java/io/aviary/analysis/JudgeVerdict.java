package io.aviary.analysis;

import java.util.List;

/**
 * The judge's decision at one tick, why ({@code reason}, one sentence a person can act on), and every metric's
 * report: 5xx first, then latency by quantile, then the split check.
 */
public record JudgeVerdict(Outcome outcome, String reason, List<MetricReport> metrics) {

  public JudgeVerdict {
    metrics = List.copyOf(metrics);
  }
}
