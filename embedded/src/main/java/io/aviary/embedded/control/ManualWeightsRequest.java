package io.aviary.embedded.control;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /virtualservices/NAMESPACE/NAME/weights}: subset weights for the catch-all routes (or the
 * named {@code routes}), or {@code clear} to hand the weights back to the files.
 */
public record ManualWeightsRequest(@Nullable Map<String, Integer> weights, @Nullable List<String> routes,
    boolean clear) {}
