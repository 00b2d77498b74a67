package io.aviary.validation.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A node of a manifest's raw tree together with where it is, so that value rules can walk the tree and still
 * report each problem at its field's line. Missing children are {@link JsonNode#isMissingNode() missing nodes},
 * never null, so rules read optional fields without checks.
 */
public record Located(JsonNode node, FieldPath path) {

  public static Located root(JsonNode tree) {
    return new Located(tree, FieldPath.root());
  }

  public Located child(String name) {
    return new Located(node.path(name), path.field(name));
  }

  /** The elements of an array (none if this is not one). */
  public List<Located> items() {
    List<Located> items = new ArrayList<>();
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        items.add(new Located(node.get(i), path.index(i)));
      }
    }
    return items;
  }

  /** The members of an object (none if this is not one), in document order. */
  public List<Located> members() {
    List<Located> members = new ArrayList<>();
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      members.add(new Located(member.getValue(), path.field(member.getKey())));
    }
    return members;
  }

  /** The last segment of the path: the member name or array index this node is found under. */
  public String name() {
    List<Object> segments = path.segments();
    return segments.isEmpty() ? "" : segments.getLast().toString();
  }

  public boolean present() {
    return !node.isMissingNode() && !node.isNull();
  }

  public String pointer() {
    return path.pointer();
  }
}
