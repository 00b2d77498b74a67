package io.aviary.controller.spec;

import io.aviary.model.ResourceId;
import java.time.Duration;

/**
 * A Canary as the state machine reads it: defaults applied, references resolved to names. {@code progressDeadline}
 * bounds how long a run may go without progress (no data, a failing metrics backend) before it is rolled back.
 */
public record CanarySpec(
    ResourceId canary,
    SubsetRouting routing,
    AnalysisPlan analysis,
    Duration progressDeadline,
    boolean skipAnalysis,
    boolean suspend) {}
