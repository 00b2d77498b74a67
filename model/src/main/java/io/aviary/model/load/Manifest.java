package io.aviary.model.load;

import io.aviary.model.Resource;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A loaded document: its typed resource and the raw tree schema validation reads. When the tree could not be
 * bound to its kind's record (a string where a number belongs, say), {@code decodeProblems} says why and the
 * resource is kept as an {@link io.aviary.model.UnknownResource} so nothing downstream sees half a resource.
 */
public record Manifest(Resource resource, JsonNode raw, List<String> decodeProblems) {

  public Manifest {
    decodeProblems = List.copyOf(decodeProblems);
  }

  public boolean decoded() {
    return decodeProblems.isEmpty();
  }
}
