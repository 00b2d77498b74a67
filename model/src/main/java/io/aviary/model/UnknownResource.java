package io.aviary.model;

import io.aviary.model.source.Origin;

/** A resource of a kind Aviary does not analyse. It is kept and reported at Info level, never an error. */
public record UnknownResource(String apiVersion, String kind, ObjectMeta metadata, Origin origin)
    implements Resource {}
