package io.aviary.analysis;

/**
 * One metric at one tick, everything a person needs to check the decision: the totals compared since the run began
 * (canary and primary requests and events, e.g. 5xx or requests slower than a threshold), the rollback e-value and
 * the threshold it is held to, the always-valid p-value, the rate ratio's estimate and confidence sequence at
 * {@code confidence}, and the finding. {@code subject} says what the events are, e.g. {@code 5xx rate} or
 * {@code share slower than 1.1 x 156ms (p99)}.
 */
public record MetricReport(
    String metric,
    String subject,
    Finding finding,
    long canaryTotal,
    long canaryEvents,
    long stableTotal,
    long stableEvents,
    double eValue,
    double threshold,
    double pValue,
    double estimate,
    RatioInterval interval,
    double confidence) {

  /**
   * {@code errors: canary 5xx rate 3.1x primary, 99.5% CS [1.4x, 7.9x] (canary 12/400 = 3%, primary 8/3600 =
   * 0.22%); e-value 250 (rollback at 200), p 0.004: worse}.
   */
  public String describe() {
    if (finding == Finding.EXCLUDED || finding == Finding.NO_DATA && canaryTotal == 0) {
      return metric + ": " + (finding == Finding.EXCLUDED ? "warm-up tick, excluded" : "no canary data yet");
    }
    return "%s: canary %s %sx primary, %s%% CS %s (canary %d/%d = %s, primary %d/%d = %s); e-value %s (rollback at %s), p %s: %s"
        .formatted(metric, subject, Numbers.ratio(estimate), Numbers.evidence(100 * confidence), interval.describe(),
            canaryEvents, canaryTotal, Numbers.percent(canaryEvents, canaryTotal), stableEvents, stableTotal,
            Numbers.percent(stableEvents, stableTotal), Numbers.evidence(eValue), Numbers.evidence(threshold),
            Numbers.evidence(pValue), finding.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
  }
}
