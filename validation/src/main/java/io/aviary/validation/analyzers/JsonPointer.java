package io.aviary.validation.analyzers;

/**
 * Builds the JSON pointer a finding is reported at ({@code /spec/http/0/route/1/destination/host}), escaping
 * keys such as {@code app.kubernetes.io/name} the way the manifest loader recorded their lines.
 */
final class JsonPointer {

  private JsonPointer() {}

  static String of(Object... segments) {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : segments) {
      pointer.append('/').append(String.valueOf(segment).replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
