package io.aviary.controller.port;

import io.aviary.controller.spec.MetricCheck;
import io.aviary.model.ResourceId;

/**
 * One metric check to run for one canary. {@code target} is what Flagger's templates call {@code {{ target }}}: the
 * canary's workload as Istio's telemetry names it ({@code destination_workload}); {@code canarySubset} and
 * {@code stableSubset} name the versions for providers that read per-subset data directly.
 */
public record MetricQuery(ResourceId canary, MetricCheck check, String target, String canarySubset,
    String stableSubset) {}
