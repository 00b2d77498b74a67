package io.aviary.model.flagger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** A reference by name to another object, optionally in another namespace ({@code targetRef}, {@code templateRef}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CrossNamespaceRef(
    @Nullable String apiVersion, @Nullable String kind, @Nullable String name, @Nullable String namespace) {}
