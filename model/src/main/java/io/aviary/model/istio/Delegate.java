package io.aviary.model.istio;

import org.jspecify.annotations.Nullable;

/** A reference from a root VirtualService rule to a delegate VirtualService (one level only). */
public record Delegate(String name, @Nullable String namespace) {}
