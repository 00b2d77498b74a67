package io.aviary.validation;

import io.aviary.validation.schema.CrdSchemaValidator;
import java.util.List;

/** The full set of checks {@code aviary validate} runs. */
public final class Analyzers {

  private Analyzers() {}

  public static List<Analyzer> all() {
    return List.of(
        CrdSchemaValidator.shipped());
  }
}
