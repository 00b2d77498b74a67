package io.aviary.model.load;

import io.aviary.model.source.Origin;
import tools.jackson.databind.JsonNode;

/** One YAML or JSON document as a tree, before it is decoded into a typed resource. */
public record RawDocument(JsonNode tree, Origin origin) {}
