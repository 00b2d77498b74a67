package io.aviary.model.istio;

/** Istio's {@code Percent}: {@code {value: 12.5}}, a double in [0, 100]. */
public record Percent(double value) {}
