package io.aviary.model.load;

/** Input that could not be read at all: a missing file or malformed YAML. Line and column are 1-based, 0 if unknown. */
public record ReadError(String file, int line, int column, String message) {

  @Override
  public String toString() {
    StringBuilder where = new StringBuilder(file);
    if (line > 0) {
      where.append(':').append(line);
      if (column > 0) {
        where.append(':').append(column);
      }
    }
    return where + ": " + message;
  }
}
