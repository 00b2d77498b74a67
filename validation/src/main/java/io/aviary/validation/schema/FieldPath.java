package io.aviary.validation.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A location inside a manifest, kept as its segments so it can be printed both ways Aviary needs: as a JSON
 * pointer ({@code /spec/http/0/route/0/weight}) for {@link io.aviary.model.source.Origin#lineOf}, and as the
 * field path users read in messages ({@code spec.http[0].route[0].weight}, as kubectl prints it).
 */
public record FieldPath(List<Object> segments) {

  public FieldPath {
    segments = List.copyOf(segments);
  }

  public static FieldPath root() {
    return new FieldPath(List.of());
  }

  /** Parses a JSON pointer; numeric segments are taken as array indexes. */
  public static FieldPath ofPointer(String pointer) {
    List<Object> segments = new ArrayList<>();
    if (!pointer.isEmpty()) {
      for (String raw : pointer.substring(1).split("/", -1)) {
        String name = raw.replace("~1", "/").replace("~0", "~");
        segments.add(name.chars().allMatch(Character::isDigit) && !name.isEmpty() ? (Object) Integer.valueOf(name)
            : name);
      }
    }
    return new FieldPath(segments);
  }

  public FieldPath field(String name) {
    return append(name);
  }

  public FieldPath index(int index) {
    return append(index);
  }

  private FieldPath append(Object segment) {
    List<Object> longer = new ArrayList<>(segments);
    longer.add(segment);
    return new FieldPath(longer);
  }

  public String pointer() {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : segments) {
      pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  /** {@code spec.http[0].match[0].headers.end-user}; a map key containing a dot is bracketed: {@code labels[a.b]}. */
  public String dotted() {
    StringBuilder path = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        path.append('[').append(index).append(']');
      } else if (segment.toString().contains(".")) {
        path.append('[').append(segment).append(']');
      } else {
        path.append(path.isEmpty() ? "" : ".").append(segment);
      }
    }
    return path.toString();
  }
}
