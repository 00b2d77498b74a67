package io.aviary.model;

import io.aviary.model.source.Origin;

/**
 * A resource as the user wrote it. Every kind Aviary understands has its own record; anything else is an
 * {@link UnknownResource}, kept so that nothing the user gave is silently dropped.
 *
 * <p>Not sealed: the records live in per-API-group packages, and Java seals across packages only inside a
 * named module, which the single-jar CLI is not. {@link io.aviary.model.load.ResourceDecoder} is the one place
 * that creates them.
 */
public interface Resource {

  String apiVersion();

  String kind();

  ObjectMeta metadata();

  Origin origin();

  default ResourceId id() {
    return new ResourceId(kind(), metadata().namespace(), metadata().name());
  }

  default String name() {
    return metadata().name();
  }

  default String namespace() {
    return metadata().namespace();
  }
}
