package io.aviary.model.source;

import java.util.Map;

/**
 * Where a resource was read from: the file (as the user named it, or {@code -} for stdin), the line its
 * document starts on, and the line of every field inside it, keyed by JSON pointer ({@code /spec/http/0/route}).
 */
public record Origin(String file, int line, Map<String, Integer> fieldLines) {

  public Origin {
    fieldLines = Map.copyOf(fieldLines);
  }

  /** An origin for resources built in code rather than read from a file. */
  public static Origin synthetic(String description) {
    return new Origin(description, 0, Map.of());
  }

  /**
   * The line of the field at {@code pointer}, or of its nearest ancestor that has one, or of the document.
   * Pointers use JSON Pointer syntax; {@code ~1} escapes a slash inside a key.
   */
  public int lineOf(String pointer) {
    String current = pointer;
    while (!current.isEmpty()) {
      Integer found = fieldLines.get(current);
      if (found != null) {
        return found;
      }
      int slash = current.lastIndexOf('/');
      current = slash <= 0 ? "" : current.substring(0, slash);
    }
    return line;
  }

  /** The same origin with its document line moved to the line of {@code pointer}: "file:line" for a field. */
  public String describe() {
    return line > 0 ? file + ":" + line : file;
  }
}
