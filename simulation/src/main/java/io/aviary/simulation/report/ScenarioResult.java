package io.aviary.simulation.report;

import io.aviary.simulation.stats.ClopperPearson.Interval;
import org.jspecify.annotations.Nullable;

/**
 * One policy on one scenario (doc §7.3). A figure that does not apply is null: detection and bad-request figures on
 * healthy scenarios or without detections, {@code promotedBad} on healthy scenarios, the promotion time without a
 * promotion. Times are seconds from the onset (detection) or from the canary's first traffic (promotion).
 * {@code exampleRollback} is the policy's reason in the first run it rolled back (for the text table only).
 */
public record ScenarioResult(
    String policy,
    String scenario,
    int runs,
    int rollbacks,
    double rollbackRate,
    Interval rollbackRateCI,
    @Nullable Integer promotedBad,
    @Nullable Double medianDetectSeconds,
    @Nullable Double p90DetectSeconds,
    @Nullable Double medianDetectCanaryRequests,
    @Nullable Double p90DetectCanaryRequests,
    @Nullable Double badRequestsServed,
    @Nullable Double medianPromotionSeconds,
    @Nullable String exampleRollback) {}
