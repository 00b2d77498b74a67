package io.aviary.analysis;

import java.util.Locale;

/**
 * One metric at one tick, everything a person needs to check the decision: the totals compared since the run began
 * (canary and primary requests and events, e.g. 5xx or requests slower than a threshold), the rollback e-value and
 * the threshold it is held to, the always-valid p-value, the rate ratio's estimate and confidence sequence at
 * {@code confidence}, and the finding. {@code subject} says what the events are, e.g. {@code 5xx rate} or
 * {@code share slower than 172ms}; {@code reference} what the canary is compared with ({@code primary}, or an SLO's
 * budget).
 */
public record MetricReport(
    String metric,
    String subject,
    String reference,
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
    String interval = this.interval.low() == 0 && Double.isInfinite(this.interval.high()) ? ""
        : ", " + Numbers.level(confidence) + "% CS " + this.interval.describe();
    String primary = stableTotal == 0 ? ""
        : ", primary " + stableEvents + "/" + stableTotal + " = " + Numbers.percent(stableEvents, stableTotal);
    return metric + ": canary " + subject + " " + Numbers.ratio(estimate) + "x " + reference + interval + " (canary "
        + canaryEvents + "/" + canaryTotal + " = " + Numbers.percent(canaryEvents, canaryTotal) + primary
        + "); e-value " + Numbers.evidence(eValue) + (finding == Finding.MISMATCH || metric.equals("split")
            ? " (halt at " : " (rollback at ")
        + Numbers.evidence(threshold) + "), p " + Numbers.evidence(pValue) + ": "
        + finding.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
