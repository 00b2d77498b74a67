package io.aviary.model.istio;

import org.jspecify.annotations.Nullable;

/** {@code port: {number: 80}} of a destination. */
public record PortSelector(@Nullable Integer number) {}
