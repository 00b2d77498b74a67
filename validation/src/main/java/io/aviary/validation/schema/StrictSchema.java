package io.aviary.validation.schema;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a CRD's structural schema reject unknown fields, as {@code kubectl apply} does by default
 * ({@code --validate=strict}): every object schema that lists {@code properties} and neither allows extra ones
 * nor carries {@code x-kubernetes-preserve-unknown-fields} gets {@code additionalProperties: false}. The root also
 * admits {@code apiVersion}, {@code kind} and {@code metadata}, which CRDs leave implicit.
 *
 * <p>Without this a typo such as {@code wieght: 10} would pass silently and the route would use weight 0.
 */
final class StrictSchema {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> SUBSCHEMA_LISTS = List.of("oneOf", "anyOf", "allOf");

  private StrictSchema() {}

  /** A tightened copy of {@code openApiSchema}; the argument is not modified. */
  static JsonNode of(JsonNode openApiSchema) {
    ObjectNode root = (ObjectNode) openApiSchema.deepCopy();
    ObjectNode properties = root.has("properties") ? (ObjectNode) root.get("properties") : root.putObject("properties");
    for (Map.Entry<String, String> implicit : Map.of("apiVersion", "string", "kind", "string", "metadata", "object")
        .entrySet()) {
      if (!properties.has(implicit.getKey())) {
        properties.putObject(implicit.getKey()).put("type", implicit.getValue());
      }
    }
    tighten(root);
    return root;
  }

  private static void tighten(JsonNode schema) {
    if (!(schema instanceof ObjectNode object)) {
      return;
    }
    JsonNode properties = object.path("properties");
    if (properties.isObject()) {
      boolean keepsUnknown = object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
      if (!keepsUnknown && !object.has("additionalProperties")) {
        object.set("additionalProperties", NODES.booleanNode(false));
      }
      properties.forEach(StrictSchema::tighten);
    }
    tighten(object.path("items"));
    tighten(object.path("additionalProperties"));
    tighten(object.path("not"));
    for (String list : SUBSCHEMA_LISTS) {
      object.path(list).forEach(StrictSchema::tighten);
    }
  }
}
