package io.aviary.validation;

import io.aviary.model.ResourceId;

/**
 * One message about one resource, located at a file and line. {@link #toString()} is istioctl analyze's line:
 * {@code Error [IST0101] (VirtualService default/reviews x.yaml:12) Referenced host not found: "reviews-bogus"}.
 */
public record Finding(String code, Level level, ResourceId resource, String file, int line, String message) {

  @Override
  public String toString() {
    String where = file.isEmpty() ? "" : " " + (line > 0 ? file + ":" + line : file);
    return level + " [" + code + "] (" + resource.kind() + " " + resource.qualifiedName() + where + ") " + message;
  }
}
