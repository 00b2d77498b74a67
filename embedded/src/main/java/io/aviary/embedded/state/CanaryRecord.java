package io.aviary.embedded.state;

import io.aviary.controller.action.Action.SetWeights;
import io.aviary.controller.spec.SubsetRouting;
import io.aviary.controller.status.CanaryStatus;
import io.aviary.model.ResourceId;

/**
 * What survives a restart of one canary: its status (phase, weights, failed checks, events) and the routing the
 * controller last put in force, expressed as weights on the routes {@code subsets} names, so traffic is routed by
 * it from the first request.
 */
public record CanaryRecord(
    ResourceId canary, SubsetRouting subsets, CanaryStatus status, SetWeights routing, String revision) {}
