package io.aviary.model.registry;

import org.jspecify.annotations.Nullable;

/** A port a service exposes: number, optional name and protocol. */
public record ServicePort(int number, @Nullable String name, @Nullable String protocol) {}
