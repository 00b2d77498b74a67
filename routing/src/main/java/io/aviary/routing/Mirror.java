package io.aviary.routing;

/** A destination that receives a copy of {@code percent} (0..100) of the requests; its response is dropped. */
public record Mirror(Target target, double percent) {}
